// Task definition history as a chain, web:1 → web:2 → web:3. A revision never changes after it
// is registered; a deployment only points the service at another one.

import { formatClock } from '../../app/formatTime';
import { useT } from '../../app/i18n/useT';
import { selectEcsDeployments, selectTaskDefinitions } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { deploymentStatusOf } from './deploymentStatusOf';

export function TaskDefinitionChain() {
  const t = useT();
  const definitions = useAppStore(selectTaskDefinitions);
  const deployments = useAppStore(selectEcsDeployments);
  return (
    <div className="side side--ecs">
      <h3 className="side-title">{t('revisions.ecs')}</h3>
      {definitions.length === 0 ? (
        <p className="empty">{t('revisions.empty')}</p>
      ) : (
        <ol className="revision-chain">
          {definitions.map((definition) => {
            const status = deploymentStatusOf(definition, deployments ?? []);
            return (
              <li key={definition.taskDefinitionArn} className={status === null ? 'revision' : `revision revision--${status.toLowerCase()}`}>
                <code className="revision-name">
                  {definition.family}:{definition.revision}
                </code>
                {definition.containerDefinitions.map((container) => (
                  <code key={container.name} className="revision-image">
                    {container.image}
                  </code>
                ))}
                <span className="revision-meta">{t('revisions.registered', { time: formatClock(definition.registeredAt) })}</span>
                {status !== null && <span className="badge">{t('revisions.usedBy', { status })}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
