import { describe, expect, it } from 'vitest';
import { deletePod, scaleDeployment, viewK8s } from './k8sSide';
import { BURST_REPLICAS } from './replicaSetController';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

describe('the ReplicaSet controller (replica_set.go manageReplicas)', () => {
  it('creates at most BURST_REPLICAS pods per pass and asks for another pass', () => {
    const run = runK8sAlone(k8sScenario({ replicas: BURST_REPLICAS + 100, start: 'empty' }));
    run.runUntil(1);
    expect(run.world.replicaSets[0].pods).toHaveLength(BURST_REPLICAS);
    run.runUntil(2);
    expect(run.world.replicaSets[0].pods).toHaveLength(BURST_REPLICAS + 100);
  });

  it('deletes the least healthy pods first when scaling down', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3 }));
    scaleDeployment(run.world, 5, run.ctx);
    run.runUntil(1.3);
    const fresh = viewK8s(run.world).pods.filter((p) => p.createdAt === 1).map((p) => p.name);
    expect(fresh).toHaveLength(2);
    scaleDeployment(run.world, 3, run.ctx);
    run.runUntil(2);
    const deleted = run.world.events.items.filter((e) => e.reason === 'SuccessfulDelete').map((e) => e.message);
    expect(deleted.sort()).toEqual(fresh.map((name) => `Deleted pod: ${name}`).sort());
    expect(viewK8s(run.world).pods.filter((p) => !p.terminating).every((p) => p.createdAt === 0)).toBe(true);
  });

  it('removes a pod that was never scheduled at once, without a Terminating phase', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 1, start: 'empty' }));
    run.runUntil(1);
    const pending = viewK8s(run.world).pods[0];
    expect(pending.status).toBe('Pending');
    expect(deletePod(run.world, pending.name, run.ctx)).toEqual({ ok: true, pod: pending.name });
    expect(viewK8s(run.world).pods).toEqual([]);
    expect(run.world.events.items.some((e) => e.reason === 'Killing')).toBe(false);
    run.runUntil(2);
    expect(viewK8s(run.world).pods.map((p) => p.createdAt)).toEqual([2]);
  });
});
