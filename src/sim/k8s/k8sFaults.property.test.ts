// Properties of the Kubernetes side with faulty revisions: a seed replays event for event, a
// checkpoint taken mid-run resumes identically, the ReplicaSet counters always equal a recount,
// and restart counts only grow.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAULT_NAMES } from '../faults/faultNames';
import { createSimulation, restoreSimulation } from '../simulation';
import type { Fault } from '../types';
import { setPodTemplate, viewK8s } from './k8sSide';
import { podTemplateFromTaskDefinition } from './podTemplateFromTaskDefinition';
import { podContribution } from './podLifecycle';
import { k8sScenario, runK8sAlone, type K8sRun } from './runK8sAlone';

const case_ = fc.record({
  fault: fc.constantFrom(...(FAULT_NAMES as readonly Fault[])),
  withHealthCheck: fc.boolean(),
  replicas: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  until: fc.integer({ min: 60, max: 1200 }),
});

type Case = typeof case_ extends fc.Arbitrary<infer T> ? T : never;

function faultyRollout(c: Case, onEntry?: (run: K8sRun) => void): K8sRun {
  const run = runK8sAlone(k8sScenario({ replicas: c.replicas, seed: c.seed }));
  const healthCheck = c.withHealthCheck ? { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 10, timeout: 5, retries: 3, startPeriod: 0 } : undefined;
  const template = podTemplateFromTaskDefinition(
    { family: 'web', revision: 2, containerDefinitions: [{ name: 'web', image: 'nginx:1.28', healthCheck, simulate: { fault: c.fault } }], cpu: '256', memory: '512' },
    null,
  );
  setPodTemplate(run.world, template, run.ctx);
  run.runUntil(c.until, () => onEntry?.(run));
  return run;
}

describe('a rollout of a faulty revision', () => {
  it('replays event for event from the same seed', () => {
    fc.assert(
      fc.property(case_, (c) => {
        const a = faultyRollout(c);
        const b = faultyRollout(c);
        expect(b.world.events).toEqual(a.world.events);
        expect(viewK8s(b.world)).toEqual(viewK8s(a.world));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps the ReplicaSet counters equal to a recount, and restart counts never fall', () => {
    fc.assert(
      fc.property(case_, (c) => {
        const restarts = new Map<string, number>();
        faultyRollout(c, (run) => {
          for (const rs of run.world.replicaSets) {
            const recount = { replicas: 0, readyReplicas: 0, availableReplicas: 0 };
            for (const pod of rs.pods) {
              const p = podContribution(pod);
              recount.replicas += p.replicas;
              recount.readyReplicas += p.ready;
              recount.availableReplicas += p.available;
              expect(pod.restarts).toBeGreaterThanOrEqual(restarts.get(pod.name) ?? 0);
              restarts.set(pod.name, pod.restarts);
              if (pod.ready) expect(pod.container !== null && 'running' in pod.container.state).toBe(true);
            }
            expect(rs.status).toEqual(recount);
          }
        });
      }),
      { numRuns: 20 },
    );
  });
});

describe('a whole simulation with a faulty revision', () => {
  it('resumes from a checkpoint exactly as it would have run on', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(FAULT_NAMES as readonly Fault[])), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 30, max: 600 }), (fault, seed, cut) => {
        const scenario = { ...k8sScenario({ replicas: 3, seed }), start: 'steady' as const };
        const sim = createSimulation(scenario);
        const registered = sim.dispatch({
          type: 'RegisterTaskDefinition',
          family: 'web',
          containerDefinitions: [{ name: 'web', image: 'nginx:1.28', healthCheck: { command: ['CMD-SHELL', 'exit 0'] }, simulate: { fault } }],
        });
        expect(registered).toEqual({ ok: true });
        expect(sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:2' })).toEqual({ ok: true });
        sim.advanceTo(cut);
        const resumed = restoreSimulation(sim.checkpoint());
        sim.advanceTo(cut + 600);
        resumed.advanceTo(cut + 600);
        expect(resumed.snapshot().k8s).toEqual(sim.snapshot().k8s);
        expect(resumed.snapshot().stats).toEqual(sim.snapshot().stats);
      }),
      { numRuns: 12 },
    );
  });
});
