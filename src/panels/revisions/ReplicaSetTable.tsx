// The Deployment's ReplicaSets, oldest revision first, as `kubectl get rs` would list them, with
// the pod-template-hash in each name marked and the revision annotation beside it.

import { useT } from '../../app/i18n/useT';
import { selectReplicaSets } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** `public.ecr.aws/isomorph/web:v2` → `web:v2`; the task definitions beside show the full image. */
function imageName(image: string): string {
  return image.slice(image.lastIndexOf('/') + 1);
}

/** `web-cb98b7b99` with its pod-template-hash suffix marked: the name is derived from the template. */
function NameWithHash({ name, hash }: { name: string; hash: string }) {
  if (!name.endsWith(hash)) return <code>{name}</code>;
  return (
    <code>
      {name.slice(0, name.length - hash.length)}
      <mark className="hash">{hash}</mark>
    </code>
  );
}

export function ReplicaSetTable() {
  const t = useT();
  const replicaSets = useAppStore(selectReplicaSets);
  const ordered = [...replicaSets].sort((a, b) => a.revision - b.revision);
  return (
    <div className="side side--k8s">
      <h3 className="side-title">{t('revisions.k8s')}</h3>
      {ordered.length === 0 ? (
        <p className="empty">{t('revisions.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="replica-sets">
            <thead>
              <tr>
                <th scope="col">
                  {t('revisions.name')}
                  <code className="th-sub">{t('revisions.hash')}</code>
                </th>
                <th scope="col">
                  <code>{t('revisions.revision')}</code>
                </th>
                <th scope="col">{t('revisions.replicas')}</th>
                <th scope="col">{t('revisions.image')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((replicaSet) => (
                <tr key={replicaSet.name} className={replicaSet.replicas > 0 ? 'active' : undefined}>
                  <td>
                    <NameWithHash name={replicaSet.name} hash={replicaSet.podTemplateHash} />
                  </td>
                  <td className="number">{replicaSet.revision}</td>
                  <td className="number">
                    {replicaSet.replicas} / {replicaSet.currentReplicas} / {replicaSet.readyReplicas}
                  </td>
                  <td>
                    <code title={replicaSet.image}>{imageName(replicaSet.image)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
