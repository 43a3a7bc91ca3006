// progressDeadlineSeconds: a rollout whose new pods never become available stalls at the
// maxSurge / maxUnavailable bounds (reference/k8s.md §1.6), and after progressDeadlineSeconds
// without progress the Deployment reports Progressing=False ProgressDeadlineExceeded, "ReplicaSet
// %q has timed out progressing." — and does nothing else: "Kubernetes takes no action on a
// stalled Deployment other than to report a status condition" (§1.8). No event is emitted
// (progress.go syncRolloutStatus). kubectl rollout status then fails (§3.1).
import { describe, expect, it } from 'vitest';
import { setPodTemplate, setProgressDeadline, viewK8s } from './k8sSide';
import { podTemplateFromTaskDefinition } from './podTemplateFromTaskDefinition';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

function stuckRollout(progressDeadlineSeconds = 600) {
  const scenario = k8sScenario({ replicas: 4, seed: 9 });
  scenario.kubernetes.progressDeadlineSeconds = progressDeadlineSeconds;
  const run = runK8sAlone(scenario);
  setPodTemplate(run.world, { image: 'nginx:1.99', revisionLabel: 'web:2', fault: 'image-pull-error' }, run.ctx);
  return run;
}

const progressing = (run: ReturnType<typeof runK8sAlone>) => viewK8s(run.world).deployment.conditions.find((c) => c.type === 'Progressing');

describe('a rollout whose new pods never start (4 replicas, 25 % / 25 %)', () => {
  it('stalls with the old ReplicaSet at 3 and the new one at 2 (maxUnavailable 1, maxSurge 1)', () => {
    const run = stuckRollout();
    run.runUntil(120);
    const view = viewK8s(run.world);
    expect(view.replicaSets.map((rs) => [rs.revision, rs.replicas, rs.availableReplicas])).toEqual([
      [1, 3, 3],
      [2, 2, 0],
    ]);
    expect(view.deployment).toMatchObject({ replicas: 4, updatedReplicas: 2, availableReplicas: 3, unavailableReplicas: 2 });
    expect(progressing(run)).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
  });

  it('reports ProgressDeadlineExceeded one second after lastUpdateTime + progressDeadlineSeconds', () => {
    const run = stuckRollout();
    run.runUntil(120);
    const lastProgress = progressing(run)?.lastUpdateTime ?? NaN;
    run.runUntil(lastProgress + 600);
    expect(progressing(run)).toMatchObject({ status: 'True' });
    run.runUntil(lastProgress + 601);
    const rsName = run.world.replicaSets[1].name;
    expect(progressing(run)).toEqual({
      type: 'Progressing',
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "${rsName}" has timed out progressing.`,
      lastUpdateTime: lastProgress + 601,
      lastTransitionTime: lastProgress + 601,
    });
    expect(viewK8s(run.world).deployment.rolloutStatus).toBe('error: deployment "web" exceeded its progress deadline');
    expect(run.decisions.at(-1)).toMatchObject({ action: 'fail', rule: 'progressDeadlineSeconds', time: lastProgress + 601 });
  });

  it('does nothing else: no rollback, no scaling, no Deployment event', () => {
    const run = stuckRollout();
    run.runUntil(2000);
    const view = viewK8s(run.world);
    expect(view.replicaSets.map((rs) => rs.replicas)).toEqual([3, 2]);
    expect(run.world.deployment.template.image).toBe('nginx:1.99');
    const deadline = progressing(run)?.lastTransitionTime ?? NaN;
    expect(run.world.events.items.filter((e) => e.involvedObject.kind === 'Deployment' && e.time >= deadline)).toEqual([]);
  });

  it('follows a changed progressDeadlineSeconds', () => {
    const run = stuckRollout();
    run.runUntil(120);
    const lastProgress = progressing(run)?.lastUpdateTime ?? NaN;
    const generation = run.world.deployment.generation;
    setProgressDeadline(run.world, 200, run.ctx);
    expect(run.world.deployment.generation).toBe(generation + 1);
    run.runUntil(lastProgress + 201);
    expect(progressing(run)?.reason).toBe('ProgressDeadlineExceeded');
  });
});

describe('a slow rollout that keeps making progress', () => {
  const slowTemplate = podTemplateFromTaskDefinition(
    {
      family: 'web',
      revision: 2,
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx:1.28',
          healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 10, timeout: 5, retries: 3, startPeriod: 200 },
          simulate: { fault: 'slow-start' },
        },
      ],
    },
    null,
  );

  it('never exceeds a deadline longer than the wait between steps, and completes', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3, maxSurge: 1, maxUnavailable: 0, seed: 2 }));
    setPodTemplate(run.world, slowTemplate, run.ctx);
    const reasons = new Set<string>();
    run.runUntil(1500, () => reasons.add(progressing(run)?.reason ?? ''));
    expect(reasons.has('ProgressDeadlineExceeded')).toBe(false);
    expect(progressing(run)?.reason).toBe('NewReplicaSetAvailable');
    expect(viewK8s(run.world).deployment.rolloutStatus).toBe('deployment "web" successfully rolled out');
  });

  it('times out under a shorter deadline, then counts as progressing again once a pod turns ready', () => {
    const scenario = k8sScenario({ replicas: 3, maxSurge: 1, maxUnavailable: 0, seed: 2 });
    scenario.kubernetes.progressDeadlineSeconds = 60;
    const run = runK8sAlone(scenario);
    setPodTemplate(run.world, slowTemplate, run.ctx);
    const seen: string[] = [];
    run.runUntil(1500, () => {
      const reason = progressing(run)?.reason ?? '';
      if (seen.at(-1) !== reason) seen.push(reason);
    });
    expect(seen.slice(0, 4)).toEqual(['NewReplicaSetCreated', 'ReplicaSetUpdated', 'ProgressDeadlineExceeded', 'ReplicaSetUpdated']);
    expect(seen.at(-1)).toBe('NewReplicaSetAvailable');
  });
});
