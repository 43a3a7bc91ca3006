// `kubectl rollout undo deployment/<name> [--to-revision=N]`: kubectl itself finds the ReplicaSet
// of the wanted revision and patches the Deployment's template back to it; the Deployment
// controller then reuses that ReplicaSet and gives it the next revision number (reference/k8s.md
// §1.9; upstream staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go
// DeploymentRollbacker.Rollback and deploymentRevision, kubernetes@04791b49). Kubernetes never
// rolls back by itself.

import type { K8sWorld, ReplicaSetRecord } from './k8sWorld';
import { sameTemplate } from './podTemplateHash';

export type UndoPlan =
  | { kind: 'rollback'; replicaSet: ReplicaSetRecord; message: string }
  | { kind: 'skip'; message: string }
  | { kind: 'error'; error: string };

/**
 * What kubectl decides, and prints. `toRevision` 0 (the default) means the second-highest
 * revision; kubectl prints its errors after `error: ` and a success as `deployment.apps/<name> …`.
 *
 * @example
 * planUndo(world, 0); // → { kind: 'rollback', replicaSet: <revision 1's RS>, message: 'deployment.apps/web rolled back' }
 */
export function planUndo(world: K8sWorld, toRevision: number): UndoPlan {
  const name = world.deployment.name;
  // revisionNotFoundErr: "unable to find specified revision %v in history"
  if (toRevision < 0) return { kind: 'error', error: `error: unable to find specified revision ${toRevision} in history` };
  let target: ReplicaSetRecord | undefined;
  if (toRevision > 0) {
    target = world.replicaSets.find((rs) => rs.revision === toRevision);
    if (target === undefined) return { kind: 'error', error: `error: unable to find specified revision ${toRevision} in history` };
  } else {
    // The newest revision is the current one; the one before it is the rollback target.
    const byRevision = [...world.replicaSets].sort((a, b) => b.revision - a.revision);
    target = byRevision[1];
    if (target === undefined) return { kind: 'error', error: `error: no rollout history found for deployment "${name}"` };
  }
  // equalIgnoreHash: "skipped rollback (current template already matches revision %d)", with the
  // revision as given (0 for the default).
  if (sameTemplate(target.template, world.deployment.template)) {
    return { kind: 'skip', message: `deployment.apps/${name} skipped rollback (current template already matches revision ${toRevision})` };
  }
  return { kind: 'rollback', replicaSet: target, message: `deployment.apps/${name} rolled back` };
}
