// The Kubernetes twin inside a whole simulation: a revision's fault and health check reach the
// pod template, the run statistics record the progress deadline and kubectl rollout undo, and
// snapshots hand out the same pod view while a pod is unchanged.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation';
import { parseScenario } from '../scenario/parseScenario';

function simulation(desiredCount = 2) {
  const parsed = parseScenario({ seed: 12, service: { desiredCount } });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return createSimulation(parsed.scenario);
}

function deployBroken(sim: ReturnType<typeof simulation>) {
  expect(
    sim.dispatch({
      type: 'RegisterTaskDefinition',
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', simulate: { fault: 'image-pull-error' } }],
    }),
  ).toEqual({ ok: true });
  expect(sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:2' })).toEqual({ ok: true });
}

describe('a revision that cannot be pulled, deployed to both sides', () => {
  it('gives the new ReplicaSet a template with the fault', () => {
    const sim = simulation();
    deployBroken(sim);
    sim.advance(60);
    const pods = sim.snapshot().k8s.pods.filter((p) => p.containers[0]?.image === 'public.ecr.aws/isomorph/web:v2');
    expect(pods.length).toBeGreaterThan(0);
    for (const pod of pods) expect(['ErrImagePull', 'ImagePullBackOff']).toContain(pod.status);
  });

  it('records when the Deployment first exceeds its progress deadline (600 s by default)', () => {
    const sim = simulation();
    deployBroken(sim);
    sim.advance(550);
    expect(sim.snapshot().stats.k8sProgressDeadlineExceededAt).toBeNull();
    sim.advance(200);
    const { stats, k8s } = sim.snapshot();
    const condition = k8s.deployment.conditions.find((c) => c.type === 'Progressing');
    expect(condition?.reason).toBe('ProgressDeadlineExceeded');
    expect(stats.k8sProgressDeadlineExceededAt).toBe(condition?.lastTransitionTime);
    expect(stats.k8sProgressDeadlineExceededAt).toBeGreaterThan(600);
    expect(k8s.deployment.rolloutStatus).toBe('error: deployment "web" exceeded its progress deadline');
  });

  it('rolls back on RolloutUndo and records when', () => {
    const sim = simulation();
    deployBroken(sim);
    sim.advance(700);
    expect(sim.dispatch({ type: 'RolloutUndo' })).toMatchObject({ ok: true });
    expect(sim.snapshot().stats.k8sRolledBackAt).toBe(sim.now);
    sim.advance(120);
    const { k8s } = sim.snapshot();
    expect(k8s.deployment.revision).toBe(3);
    expect(k8s.deployment.rolloutStatus).toBe('deployment "web" successfully rolled out');
    expect(k8s.pods.every((p) => p.status === 'Running' || p.status === 'Terminating')).toBe(true);
  });
});

describe('RolloutUndo with no history', () => {
  it('returns kubectl’s error and records nothing', () => {
    const sim = simulation();
    expect(sim.dispatch({ type: 'RolloutUndo' })).toEqual({ ok: false, error: 'error: no rollout history found for deployment "web"' });
    expect(sim.snapshot().stats.k8sRolledBackAt).toBeNull();
  });
});

describe('pod views across snapshots', () => {
  it('are the same objects while a pod is unchanged, and new ones (with the container) when it changes', () => {
    const sim = simulation(3);
    const before = sim.snapshot().k8s.pods;
    sim.advance(5);
    const after = sim.snapshot().k8s.pods;
    after.forEach((pod, i) => expect(pod).toBe(before[i]));
    expect(after[0].containers[0]).toMatchObject({ name: 'web', ready: true, started: true, restartCount: 0, lastState: null, state: { running: { startedAt: 0 } } });
    expect(after[0]).toMatchObject({ node: 'ip-10-0-1-23.ec2.internal', restarts: 0 });
    deployBroken(sim);
    sim.advance(30);
    const later = sim.snapshot().k8s.pods;
    const fresh = later.filter((p) => !after.includes(p));
    expect(fresh.length).toBeGreaterThan(0);
    for (const pod of fresh.filter((p) => p.containers.length > 0)) expect(pod.containers[0].image).toBe('public.ecr.aws/isomorph/web:v2');
  });
});
