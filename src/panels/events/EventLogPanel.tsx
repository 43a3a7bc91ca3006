// The two event logs side by side, each in its own system's wording: ECS service events
// (describe-services) and Kubernetes events (kubectl get events).

import { useT } from '../../app/i18n/useT';
import { EcsServiceEvents } from './EcsServiceEvents';
import { KubernetesEvents } from './KubernetesEvents';

export function EventLogPanel() {
  const t = useT();
  return (
    <section data-panel="events" className="panel" aria-labelledby="events-title">
      <h2 id="events-title" className="panel-title">
        {t('events.title')}
      </h2>
      <div className="pair">
        <EcsServiceEvents />
        <KubernetesEvents />
      </div>
    </section>
  );
}
