// Properties of the whole Kubernetes side, run alone over the event queue (runK8sAlone):
// the RollingUpdate fenceposts hold at every step, a rollout converges, and a seed replays.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IntOrPercent } from '../types';
import { k8sRolloutProgress, setPodTemplate, viewK8s } from './k8sSide';
import { podContribution } from './podLifecycle';
import { maxUnavailableFor, resolveFenceposts } from './resolveFenceposts';
import { k8sScenario, runK8sAlone, type K8sRun } from './runK8sAlone';

const NEW_IMAGE = { image: 'nginx:1.28', revisionLabel: 'web:2' };

const isZero = (value: IntOrPercent) => value === 0 || value === '0%';

const intOrPercent = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`));

const settings = fc
  .record({
    replicas: fc.integer({ min: 1, max: 50 }),
    maxSurge: intOrPercent,
    maxUnavailable: intOrPercent,
    minReadySeconds: fc.integer({ min: 0, max: 30 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    changeAt: fc.integer({ min: 0, max: 20 }),
  })
  // The API server rejects maxSurge 0 with maxUnavailable 0 (reference/k8s.md §1.1).
  .filter((s) => !(isZero(s.maxSurge) && isZero(s.maxUnavailable)));

type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

/** Status counts must always equal a recount of the pods. */
function expectCountsMatchPods(run: K8sRun): void {
  for (const rs of run.world.replicaSets) {
    const recount = { replicas: 0, readyReplicas: 0, availableReplicas: 0 };
    for (const pod of rs.pods) {
      const c = podContribution(pod);
      recount.replicas += c.replicas;
      recount.readyReplicas += c.ready;
      recount.availableReplicas += c.available;
    }
    expect(rs.status).toEqual(recount);
  }
}

function rollOut(s: Settings, onEntry?: (run: K8sRun) => void): K8sRun {
  const run = runK8sAlone(k8sScenario(s));
  run.runUntil(s.changeAt);
  setPodTemplate(run.world, NEW_IMAGE, run.ctx);
  const idle = run.runToIdle(20_000, () => onEntry?.(run));
  expect(idle).toBe(true);
  return run;
}

describe('a rolling update from a steady start, for any valid strategy', () => {
  it('keeps spec.replicas within replicas + maxSurge and availability at or above replicas − maxUnavailable', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const resolved = resolveFenceposts(s.replicas, s.maxSurge, s.maxUnavailable);
        const maxTotal = s.replicas + resolved.maxSurge;
        const minAvailable = s.replicas - maxUnavailableFor(s.replicas, resolved.maxUnavailable);
        rollOut(s, (run) => {
          const progress = k8sRolloutProgress(run.world);
          expect(progress.total).toBeLessThanOrEqual(maxTotal);
          expect(progress.available).toBeGreaterThanOrEqual(minAvailable);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('converges to `replicas` available pods of the new ReplicaSet and nothing else', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const run = rollOut(s, expectCountsMatchPods);
        const [oldRS, newRS] = run.world.replicaSets;
        expect(oldRS).toMatchObject({ replicas: 0, pods: [] });
        expect(newRS.replicas).toBe(s.replicas);
        expect(newRS.pods.filter((p) => p.available)).toHaveLength(s.replicas);
        expect(k8sRolloutProgress(run.world)).toEqual({ total: s.replicas, available: s.replicas, complete: true, podsIncludingTerminating: s.replicas });
        expect(viewK8s(run.world).deployment.rolloutStatus).toBe('deployment "web" successfully rolled out');
        expect(run.world.machine.value).toBe('complete');
      }),
      { numRuns: 60 },
    );
  });

  it('replays event for event from the same seed', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const a = rollOut(s);
        const b = rollOut(s);
        expect(b.world.events).toEqual(a.world.events);
        expect(b.decisions).toEqual(a.decisions);
        expect(viewK8s(b.world)).toEqual(viewK8s(a.world));
      }),
      { numRuns: 30 },
    );
  });
});

describe('a Deployment created from nothing', () => {
  it('converges for any valid strategy', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const run = runK8sAlone(k8sScenario({ ...s, start: 'empty' }));
        expect(run.runToIdle(5_000)).toBe(true);
        expect(k8sRolloutProgress(run.world)).toMatchObject({ total: s.replicas, available: s.replicas, complete: true });
        expectCountsMatchPods(run);
      }),
      { numRuns: 40 },
    );
  });
});
