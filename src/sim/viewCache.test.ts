import { describe, expect, it } from 'vitest';
import { createSimulation, restoreSimulation } from './simulation';
import { parseScenario } from './scenario/parseScenario';

function rollingOut() {
  const parsed = parseScenario({ seed: 4, service: { desiredCount: 30 } });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const sim = createSimulation(parsed.scenario);
  sim.dispatch({ type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2' }] });
  sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:2' });
  sim.advance(20);
  return sim;
}

describe('snapshot views', () => {
  it('are the same objects for tasks and pods that did not change, and new ones for those that did', () => {
    const sim = rollingOut();
    const before = sim.snapshot();
    sim.advance(0.5);
    const after = sim.snapshot();
    const earlier = new Map([...before.ecs.tasks, ...before.k8s.pods].map((view) => [JSON.stringify(view), view]));
    let shared = 0;
    for (const view of [...after.ecs.tasks, ...after.k8s.pods]) {
      const same = earlier.get(JSON.stringify(view));
      if (same !== undefined) {
        expect(view).toBe(same);
        shared++;
      } else expect([...before.ecs.tasks, ...before.k8s.pods]).not.toContain(view);
    }
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(after.ecs.tasks.length + after.k8s.pods.length);
  });

  it('are not shared with a restored checkpoint, which has its own', () => {
    const sim = rollingOut();
    const snapshot = sim.snapshot();
    const restored = restoreSimulation(sim.checkpoint()).snapshot();
    expect(restored).toEqual(snapshot);
    expect(restored.ecs.tasks[0]).not.toBe(snapshot.ecs.tasks[0]);
  });
});
