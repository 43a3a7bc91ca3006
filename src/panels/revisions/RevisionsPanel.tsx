// Revisions on both sides: ECS task definitions (immutable, one per revision) beside the
// Kubernetes ReplicaSets (one per pod template, named by its pod-template-hash).

import { useT } from '../../app/i18n/useT';
import { ReplicaSetTable } from './ReplicaSetTable';
import { TaskDefinitionChain } from './TaskDefinitionChain';

export function RevisionsPanel() {
  const t = useT();
  return (
    <section data-panel="revisions" className="panel" aria-labelledby="revisions-title">
      <h2 id="revisions-title" className="panel-title">
        {t('revisions.title')}
      </h2>
      <div className="pair">
        <TaskDefinitionChain />
        <ReplicaSetTable />
      </div>
    </section>
  );
}
