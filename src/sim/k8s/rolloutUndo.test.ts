// kubectl rollout undo (reference/k8s.md §1.9; kubectl rollback.go): the previous revision (or
// --to-revision's) becomes the template again, its old ReplicaSet is reused with a new revision
// number, and kubectl's own messages. The §1.6 worked example (10 replicas, maxSurge 3,
// maxUnavailable 2, crash-looping new pods, then undo) gives the numbers of the stuck rollout.
import { describe, expect, it } from 'vitest';
import { rolloutUndo, setPodTemplate, viewK8s } from './k8sSide';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

const BROKEN = { image: 'nginx:1.99', revisionLabel: 'web:2', fault: 'image-pull-error' as const };

describe('kubectl rollout undo after a stuck rollout (§1.6 case 1)', () => {
  const run = runK8sAlone(k8sScenario({ replicas: 10, maxSurge: 3, maxUnavailable: 2, seed: 21 }));
  const [good] = run.world.replicaSets;
  setPodTemplate(run.world, BROKEN, run.ctx);
  run.runUntil(100);

  it('is stuck as the docs say: the old ReplicaSet at 8, the new one at 5', () => {
    expect(viewK8s(run.world).replicaSets.map((rs) => [rs.revision, rs.replicas])).toEqual([
      [1, 8],
      [2, 5],
    ]);
  });

  it('rolls back to the previous revision: same ReplicaSet, revision 3, generation bumped', () => {
    const generation = run.world.deployment.generation;
    expect(rolloutUndo(run.world, undefined, run.ctx)).toEqual({ ok: true, message: 'deployment.apps/web rolled back' });
    expect(run.world.deployment.generation).toBe(generation + 1);
    expect(run.world.deployment.template).toEqual(good.template);
    let maxTotal = 0;
    run.runUntil(400, () => (maxTotal = Math.max(maxTotal, run.world.replicaSets.reduce((sum, rs) => sum + rs.replicas, 0))));
    const view = viewK8s(run.world);
    expect(view.replicaSets.map((rs) => [rs.name, rs.revision, rs.replicas])).toEqual([
      [good.name, 3, 10],
      [run.world.replicaSets[1].name, 2, 0],
    ]);
    expect(view.deployment.revision).toBe(3);
    expect(view.deployment.rolloutStatus).toBe('deployment "web" successfully rolled out');
    // replicas + maxSurge bounds the rollback too.
    expect(maxTotal).toBeLessThanOrEqual(13);
  });

  it('scales the broken pods down first: 13 pods − minAvailable 8 − 0 unavailable = 5', () => {
    const down = run.world.events.items.filter((e) => e.reason === 'ScalingReplicaSet' && e.message.includes(run.world.replicaSets[1].name));
    expect(down.map((e) => e.message.replace(run.world.replicaSets[1].name, 'broken'))).toContain('Scaled down replica set broken to 0 from 5');
  });
});

describe('kubectl rollout undo --to-revision', () => {
  it('goes back to any revision still in the history', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2, seed: 3 }));
    const [first] = run.world.replicaSets;
    setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
    run.runUntil(200);
    setPodTemplate(run.world, { image: 'nginx:1.29', revisionLabel: 'web:3' }, run.ctx);
    run.runUntil(400);
    expect(rolloutUndo(run.world, 1, run.ctx)).toEqual({ ok: true, message: 'deployment.apps/web rolled back' });
    run.runUntil(600);
    expect(viewK8s(run.world).replicaSets.map((rs) => [rs.revision, rs.replicas, rs.image])).toEqual([
      [4, 2, 'nginx:1.27'],
      [2, 0, 'nginx:1.28'],
      [3, 0, 'nginx:1.29'],
    ]);
    expect(run.world.replicaSets[0].name).toBe(first.name);
  });

  it('says when the revision is not in the history', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2 }));
    setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
    run.runUntil(200);
    const generation = run.world.deployment.generation;
    expect(rolloutUndo(run.world, 7, run.ctx)).toEqual({ ok: false, error: 'error: unable to find specified revision 7 in history' });
    expect(run.world.deployment.generation).toBe(generation);
  });

  it('skips a revision whose template is already the current one', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2 }));
    setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
    run.runUntil(200);
    expect(rolloutUndo(run.world, 2, run.ctx)).toEqual({ ok: true, message: 'deployment.apps/web skipped rollback (current template already matches revision 2)' });
  });
});

describe('kubectl rollout undo with nothing to go back to', () => {
  it('fails with no rollout history', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2 }));
    expect(rolloutUndo(run.world, undefined, run.ctx)).toEqual({ ok: false, error: 'error: no rollout history found for deployment "web"' });
    expect(run.world.deployment.generation).toBe(1);
  });
});
