import { describe, expect, it } from 'vitest';
import { rolloutStatus } from './rolloutStatus';

describe('kubectl rollout status (reference/k8s.md §3.1)', () => {
  // TestDeploymentStatusViewerStatus (rollout_status_test.go), deployment "foo".
  const table = [
    { generation: 0, spec: 1, observed: 1, replicas: 1, updated: 0, available: 1, msg: 'Waiting for deployment "foo" rollout to finish: 0 out of 1 new replicas have been updated...\n', done: false },
    { generation: 1, spec: 1, observed: 1, replicas: 2, updated: 1, available: 2, msg: 'Waiting for deployment "foo" rollout to finish: 1 old replicas are pending termination...\n', done: false },
    { generation: 1, spec: 2, observed: 1, replicas: 2, updated: 2, available: 1, msg: 'Waiting for deployment "foo" rollout to finish: 1 of 2 updated replicas are available...\n', done: false },
    { generation: 1, spec: 2, observed: 1, replicas: 2, updated: 2, available: 2, msg: 'deployment "foo" successfully rolled out\n', done: true },
    { generation: 2, spec: 2, observed: 1, replicas: 2, updated: 2, available: 2, msg: 'Waiting for deployment spec update to be observed...\n', done: false },
  ];

  it.each(table)('generation $generation, $replicas total, $updated updated, $available available', (row) => {
    const status = rolloutStatus({
      name: 'foo',
      generation: row.generation,
      observedGeneration: row.observed,
      specReplicas: row.spec,
      replicas: row.replicas,
      updatedReplicas: row.updated,
      availableReplicas: row.available,
      progressingReason: 'ReplicaSetUpdated',
    });
    // kubectl ends the line with "\n"; the view keeps the line without it.
    expect(`${status.message}\n`).toBe(row.msg);
    expect(status.done).toBe(row.done);
  });

  it('reports an exceeded progress deadline as kubectl does', () => {
    const status = rolloutStatus({
      name: 'nginx',
      generation: 1,
      observedGeneration: 1,
      specReplicas: 3,
      replicas: 4,
      updatedReplicas: 1,
      availableReplicas: 3,
      progressingReason: 'ProgressDeadlineExceeded',
    });
    expect(status).toEqual({ message: 'error: deployment "nginx" exceeded its progress deadline', done: true });
  });
});
