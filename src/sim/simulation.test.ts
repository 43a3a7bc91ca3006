import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentBounds, resolveFenceposts } from './index';
import { parseScenario } from './scenario/parseScenario';
import { createSimulation, restoreSimulation, type Simulation } from './simulation';
import type { Snapshot } from './types';

function simulate(input: unknown): Simulation {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createSimulation(parsed.scenario);
}

function deployV2(sim: Simulation) {
  expect(sim.dispatch({ type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2' }] })).toEqual({ ok: true });
  expect(sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:2' })).toEqual({ ok: true });
}

/** Counts read straight off a snapshot, the way a learner reads the panels. */
function counts(s: Snapshot) {
  const live = s.ecs.tasks.filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus !== 'STOPPED');
  return {
    ecsTotal: live.length,
    ecsHealthy: live.filter((t) => t.countsAsHealthy).length,
    k8sTotal: s.k8s.replicaSets.reduce((n, rs) => n + rs.replicas, 0),
    k8sAvailable: s.k8s.replicaSets.reduce((n, rs) => n + rs.availableReplicas, 0),
  };
}

const rolloutSettings = fc.record({
  desiredCount: fc.integer({ min: 1, max: 12 }),
  minimumHealthyPercent: fc.integer({ min: 0, max: 100 }),
  maximumPercent: fc.integer({ min: 100, max: 200 }),
  seed: fc.integer({ min: 0, max: 10_000 }),
});

describe('createSimulation', () => {
  it('rolls a new revision out on both sides, ending in ECS’s and kubectl’s own words', () => {
    const sim = simulate({ service: { desiredCount: 4 } });
    deployV2(sim);
    sim.advance(900);
    const s = sim.snapshot();
    expect(s.ecs.service.events[0].message).toBe('(service web) has reached a steady state.');
    expect(s.ecs.service.deployments).toHaveLength(1);
    expect(s.ecs.service.deployments[0]).toMatchObject({ taskDefinition: expect.stringMatching(/task-definition\/web:2$/), rolloutState: 'COMPLETED', runningCount: 4 });
    expect(s.k8s.deployment.rolloutStatus).toBe('deployment "web" successfully rolled out');
    expect(s.stats.deploymentCompletedAt).not.toBeNull();
    expect(s.stats.k8sRolloutCompletedAt).not.toBeNull();
  });

  it('a step finishes the whole instant: both sides’ passes at that second have run', () => {
    const sim = simulate({ service: { desiredCount: 4 } });
    deployV2(sim);
    const at = sim.step();
    const s = sim.snapshot();
    expect(s.ecs.service.events.some((e) => e.createdAt === at && e.message.includes('has started'))).toBe(true);
    expect(s.k8s.events.some((e) => e.time === at && e.reason === 'ScalingReplicaSet')).toBe(true);
  });

  it('rejects bad commands with a message naming the field, and changes nothing', () => {
    const sim = simulate({ service: { desiredCount: 2 } });
    const before = sim.snapshot();
    expect(sim.dispatch({ type: 'UpdateService', desiredCount: -1 })).toEqual({ ok: false, error: 'desiredCount: must be at least 0' });
    expect(sim.dispatch({ type: 'UpdateService', deploymentConfiguration: { minimumHealthyPercent: 150 } })).toMatchObject({ ok: false, error: expect.stringContaining('minimumHealthyPercent') });
    expect(sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:9' })).toMatchObject({ ok: false });
    expect(sim.dispatch({ type: 'StopTask', task: 'nope' })).toMatchObject({ ok: false });
    expect(sim.snapshot()).toEqual(before);
  });

  it('StopTask: ECS replaces the task, Kubernetes replaces the deleted pod', () => {
    const sim = simulate({ service: { desiredCount: 3 } });
    const victim = sim.snapshot().ecs.tasks[0];
    expect(sim.dispatch({ type: 'StopTask', task: victim.taskArn, reason: 'lesson' })).toEqual({ ok: true });
    sim.advance(300);
    const s = sim.snapshot();
    expect(s.ecs.tasks.find((t) => t.taskId === victim.taskId)).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'lesson' });
    expect(counts(s).ecsHealthy).toBe(3);
    expect(s.k8s.pods.filter((p) => p.available)).toHaveLength(3);
  });

  it('StopTask on a task already stopping changes nothing on either side', () => {
    const sim = simulate({ service: { desiredCount: 2 } });
    const victim = sim.snapshot().ecs.tasks[0];
    sim.dispatch({ type: 'StopTask', task: victim.taskArn });
    sim.advance(120);
    const before = sim.snapshot();
    expect(sim.dispatch({ type: 'StopTask', task: victim.taskArn })).toEqual({ ok: true });
    sim.advance(60);
    const after = sim.snapshot();
    expect(after.k8s.events.filter((e) => e.reason === 'Killing')).toHaveLength(before.k8s.events.filter((e) => e.reason === 'Killing').length);
    expect(after.ecs.service.runningCount).toBe(2);
  });

  it('a task stopped while launching walks its stop path once, each status for its full time', () => {
    const sim = simulate({ start: 'empty', service: { desiredCount: 1 } });
    sim.advance(1.5);
    const task = sim.snapshot().ecs.tasks[0];
    expect(task.lastStatus).toBe('PROVISIONING');
    sim.dispatch({ type: 'StopTask', task: task.taskArn });
    const entered: Record<string, number> = {};
    for (let i = 0; i < 400; i++) {
      sim.advance(0.1);
      const status = sim.snapshot().ecs.tasks.find((t) => t.taskId === task.taskId)!.lastStatus;
      entered[status] ??= sim.now;
    }
    // DEPROVISIONING lasts 3–8 s (taskLifecycle.ts); a stale launch timer used to cut it short.
    expect(entered.STOPPED - entered.DEPROVISIONING).toBeGreaterThanOrEqual(2.9);
    expect(Object.keys(entered)).toEqual(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
  });

  it('ECS 100 / 100 stalls with its event; Kubernetes rejects the 0 % / 0 % translation', () => {
    const sim = simulate({ service: { desiredCount: 3, deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } } });
    expect(sim.snapshot().k8s.apiError).toContain('may not be 0 when `maxSurge` is 0');
    deployV2(sim);
    sim.advance(120);
    expect(sim.snapshot().ecs.service.events.some((e) => e.message.includes('was unable to stop or start tasks'))).toBe(true);
  });

  it('stays inside both sides’ bounds at every pass and converges (property)', () => {
    fc.assert(
      fc.property(rolloutSettings, ({ desiredCount, minimumHealthyPercent, maximumPercent, seed }) => {
        const sim = simulate({ seed, service: { desiredCount, deploymentConfiguration: { minimumHealthyPercent, maximumPercent } } });
        const ecs = deploymentBounds(desiredCount, minimumHealthyPercent, maximumPercent);
        const k8s = sim.snapshot().k8s.deployment.strategy;
        const fence = resolveFenceposts(desiredCount, k8s.maxSurge, k8s.maxUnavailable);
        const stuck = ecs.maximum <= desiredCount && ecs.minimumHealthy >= desiredCount;
        deployV2(sim);
        for (let s = sim.snapshot(); sim.now < 1800; s = sim.snapshot()) {
          const settled = s.stats.k8sRolloutCompletedAt !== null && (s.stats.deploymentCompletedAt !== null || (stuck && sim.now > 300));
          if (settled) break;
          sim.step();
          const c = counts(sim.snapshot());
          expect(c.ecsTotal).toBeLessThanOrEqual(ecs.maximum);
          expect(c.ecsHealthy).toBeGreaterThanOrEqual(ecs.minimumHealthy);
          expect(c.k8sTotal).toBeLessThanOrEqual(desiredCount + fence.maxSurge);
          expect(c.k8sAvailable).toBeGreaterThanOrEqual(desiredCount - fence.maxUnavailable);
        }
        const s = sim.snapshot();
        if (!stuck) {
          const live = s.ecs.tasks.filter((t) => t.lastStatus !== 'STOPPED');
          expect(live).toHaveLength(desiredCount);
          expect(live.every((t) => t.taskDefinitionArn.endsWith(':2'))).toBe(true);
        }
        const newest = [...s.k8s.replicaSets].sort((a, b) => b.revision - a.revision)[0];
        expect(newest.availableReplicas).toBe(desiredCount);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('gives the same event logs for the same scenario, and after checkpoint + restore (property)', () => {
    fc.assert(
      fc.property(rolloutSettings, fc.integer({ min: 1, max: 300 }), ({ desiredCount, minimumHealthyPercent, maximumPercent, seed }, cut) => {
        const input = { seed, service: { desiredCount, deploymentConfiguration: { minimumHealthyPercent, maximumPercent } } };
        const run = () => {
          const sim = simulate(input);
          deployV2(sim);
          return sim;
        };
        const a = run();
        a.advance(600);
        const b = run();
        b.advance(cut);
        const restored = restoreSimulation(structuredClone(b.checkpoint()));
        restored.advance(600 - cut);
        expect(restored.snapshot().ecs.service.events).toEqual(a.snapshot().ecs.service.events);
        expect(restored.snapshot().k8s.events).toEqual(a.snapshot().k8s.events);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
