// The reconcile loop (the article's figure 3): for the latest passes of each controller, what
// it observed → the rule that bound → what it did.

import { useT } from '../../app/i18n/useT';
import { DecisionList } from './DecisionList';

export function DecisionsPanel() {
  const t = useT();
  return (
    <section data-panel="decisions" className="panel" aria-labelledby="decisions-title">
      <h2 id="decisions-title" className="panel-title">
        {t('decisions.title')}
      </h2>
      <p className="panel-intro">{t('decisions.intro')}</p>
      <div className="pair">
        <DecisionList side="ecs" />
        <DecisionList side="k8s" />
      </div>
    </section>
  );
}
