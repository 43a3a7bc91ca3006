// Properties of the ECS side when deployments go wrong, over random services, faults and circuit
// breaker settings: a FAILED deployment launches nothing more, a rollback converges on the last
// completed revision, a deployment with a healthy task is never failed (resetOnHealthyTask), and
// a seed replays snapshot for snapshot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreSimulation, type Simulation } from '../simulation';
import type { Fault } from '../types';
import { DEFAULT_CHECK, deploy, simulate, WEB_V2 } from './faultRun.testkit';

const failingFaults: Fault[] = ['exit-on-start', 'oom', 'image-pull-error', 'missing-execution-role-permission', 'missing-task-role-permission', 'failing-health-check'];
const allFaults: Fault[] = [...failingFaults, 'healthy', 'slow-start', 'exit-later', 'spot-interruption'];

const threshold = fc.oneof(
  fc.record({ type: fc.constant('COUNT' as const), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ type: fc.constant('BOUNDED_PERCENT' as const), value: fc.integer({ min: 10, max: 100 }) }),
  fc.record({ type: fc.constant('UNBOUNDED_PERCENT' as const), value: fc.integer({ min: 10, max: 100 }) }),
);

const service = (faults: Fault[], rollback: boolean) =>
  fc.record({
    seed: fc.integer({ min: 0, max: 100_000 }),
    desiredCount: fc.integer({ min: 1, max: 6 }),
    minimumHealthyPercent: fc.constantFrom(0, 50, 100),
    maximumPercent: fc.constantFrom(100, 150, 200),
    fault: fc.constantFrom(...faults),
    withCheck: fc.boolean(),
    behindLoadBalancer: fc.boolean(),
    thresholdConfiguration: threshold,
    resetOnHealthyTask: fc.constant(true),
    rollback: fc.constant(rollback),
  });

type Settings = ReturnType<typeof service> extends fc.Arbitrary<infer T> ? T : never;

function start(s: Settings): Simulation {
  const sim = simulate({
    seed: s.seed,
    service: {
      desiredCount: s.desiredCount,
      deploymentConfiguration: {
        // 100 / 100 can neither start nor stop a task; keep the maximum above it.
        minimumHealthyPercent: s.minimumHealthyPercent,
        maximumPercent: s.minimumHealthyPercent === 100 && s.maximumPercent === 100 ? 200 : s.maximumPercent,
        deploymentCircuitBreaker: { enable: true, rollback: s.rollback, thresholdConfiguration: s.thresholdConfiguration, resetOnHealthyTask: s.resetOnHealthyTask },
      },
      ...(s.behindLoadBalancer && { loadBalancer: { healthCheckIntervalSeconds: 10, healthyThresholdCount: 2, deregistrationDelaySeconds: 15 } }),
    },
  });
  // A check-only fault needs something to check it: give it a container check when no target group does.
  const check = s.withCheck || (s.fault === 'failing-health-check' && !s.behindLoadBalancer);
  deploy(sim, [{ name: 'web', image: WEB_V2, simulate: { fault: s.fault }, ...(check && { healthCheck: { ...DEFAULT_CHECK, interval: 10 } }) }]);
  return sim;
}

/** Runs until `until`, calling `each` every second. */
function run(sim: Simulation, until: number, each: () => void): void {
  while (sim.now < until) {
    sim.advance(1);
    each();
  }
}

describe('the circuit breaker over random services and faults', () => {
  it('a FAILED deployment launches no new tasks afterwards (property)', () => {
    let failures = 0;
    fc.assert(
      fc.property(service(failingFaults, false), (s) => {
        const sim = start(s);
        const newDeployment = sim.snapshot().ecs.service.deployments[0].id;
        const createdAfterFailure = new Set<string>();
        run(sim, 900, () => {
          const snap = sim.snapshot();
          const failedAt = snap.stats.deployments.find((d) => d.id === newDeployment)?.failedAt ?? null;
          if (failedAt === null) return;
          for (const t of snap.ecs.tasks) if (t.startedBy === newDeployment && t.createdAt > failedAt) createdAfterFailure.add(t.taskId);
        });
        const record = sim.snapshot().stats.deployments.find((d) => d.id === newDeployment)!;
        if (record.failedAt !== null) failures++;
        expect([...createdAfterFailure]).toEqual([]);
      }),
      { numRuns: 25 },
    );
    // Most of these runs must actually have failed, or the property says little.
    expect(failures).toBeGreaterThan(15);
  }, 120_000);

  it('a rollback ends with desiredCount healthy tasks of the last completed revision and none of the failed one (property)', () => {
    let rollbacks = 0;
    fc.assert(
      fc.property(service(failingFaults, true), (s) => {
        const sim = start(s);
        const [failedId, completedId] = sim.snapshot().ecs.service.deployments.map((d) => d.id);
        run(sim, 2400, () => undefined);
        const snap = sim.snapshot();
        const record = snap.stats.deployments.find((d) => d.id === failedId)!;
        if (record.failedAt === null) return;
        rollbacks++;
        expect(record.rolledBackTo).toBe(completedId);
        expect(snap.ecs.service.deployments).toEqual([expect.objectContaining({ id: completedId, status: 'PRIMARY', rolloutState: 'COMPLETED' })]);
        const live = snap.ecs.tasks.filter((t) => t.lastStatus !== 'STOPPED');
        expect(live).toHaveLength(s.desiredCount);
        expect(live.every((t) => t.taskDefinitionArn.endsWith(':1') && t.countsAsHealthy)).toBe(true);
      }),
      { numRuns: 25 },
    );
    expect(rollbacks).toBeGreaterThan(15);
  }, 120_000);

  it('never trips after a task of the deployment was counted healthy, with resetOnHealthyTask (property)', () => {
    const seen = { failed: 0, healthy: 0 };
    fc.assert(
      fc.property(service(allFaults, false), (s) => {
        const sim = start(s);
        const newDeployment = sim.snapshot().ecs.service.deployments[0].id;
        let firstHealthy: number | null = null;
        run(sim, 900, () => {
          const snap = sim.snapshot();
          if (firstHealthy === null && snap.ecs.tasks.some((t) => t.startedBy === newDeployment && t.countsAsHealthy)) firstHealthy = snap.time;
        });
        const failedAt = sim.snapshot().stats.deployments.find((d) => d.id === newDeployment)!.failedAt;
        if (failedAt !== null) seen.failed++;
        if (firstHealthy !== null) seen.healthy++;
        if (failedAt !== null && firstHealthy !== null) expect(failedAt).toBeLessThan(firstHealthy);
      }),
      { numRuns: 25 },
    );
    // Both outcomes must occur for the property to mean something.
    expect(seen.failed).toBeGreaterThan(3);
    expect(seen.healthy).toBeGreaterThan(3);
  }, 120_000);
});

describe('determinism with faults', () => {
  it('the same scenario and commands give identical snapshots, also after checkpoint and restore (property)', () => {
    fc.assert(
      fc.property(service(allFaults, true), fc.boolean(), fc.integer({ min: 1, max: 600 }), (s, rollback, cut) => {
        const settings = { ...s, rollback };
        const a = start(settings);
        const b = start(settings);
        a.advance(cut);
        b.advance(cut);
        expect(b.snapshot()).toEqual(a.snapshot());
        const restored = restoreSimulation(structuredClone(b.checkpoint()));
        a.advance(900 - cut);
        restored.advance(900 - cut);
        expect(restored.snapshot()).toEqual(a.snapshot());
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
