// The line `kubectl rollout status deployment/<name>` prints, checks in kubectl's order
// (reference/k8s.md §3.1; upstream staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go
// DeploymentStatusViewer.Status, current wording with the deployment name).

export interface RolloutStatusInput {
  name: string;
  generation: number;
  observedGeneration: number;
  /** spec.replicas */
  specReplicas: number;
  /** status.replicas, status.updatedReplicas, status.availableReplicas */
  replicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  /** The Progressing condition's reason, if there is one. */
  progressingReason: string | null;
}

/**
 * What kubectl prints (without its trailing newline) and whether it would exit.
 *
 * @example
 * rolloutStatus({ name: 'foo', generation: 1, observedGeneration: 1, specReplicas: 2,
 *   replicas: 2, updatedReplicas: 2, availableReplicas: 1, progressingReason: null });
 * // { message: 'Waiting for deployment "foo" rollout to finish: 1 of 2 updated replicas are available...', done: false }
 */
export function rolloutStatus(input: RolloutStatusInput): { message: string; done: boolean } {
  const { name } = input;
  if (input.generation > input.observedGeneration) {
    return { message: 'Waiting for deployment spec update to be observed...', done: false };
  }
  if (input.progressingReason === 'ProgressDeadlineExceeded') {
    return { message: `error: deployment "${name}" exceeded its progress deadline`, done: true };
  }
  const waiting = (detail: string) => ({ message: `Waiting for deployment "${name}" rollout to finish: ${detail}...`, done: false });
  if (input.updatedReplicas < input.specReplicas) {
    return waiting(`${input.updatedReplicas} out of ${input.specReplicas} new replicas have been updated`);
  }
  if (input.replicas > input.updatedReplicas) {
    return waiting(`${input.replicas - input.updatedReplicas} old replicas are pending termination`);
  }
  if (input.availableReplicas < input.updatedReplicas) {
    return waiting(`${input.availableReplicas} of ${input.updatedReplicas} updated replicas are available`);
  }
  return { message: `deployment "${name}" successfully rolled out`, done: true };
}
