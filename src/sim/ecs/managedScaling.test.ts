import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../scenario/parseScenario';
import { createSimulation } from '../simulation';
import { capacityProviderReservation, desiredInstances } from './managedScaling';

describe('managed scaling arithmetic', () => {
  it('CapacityProviderReservation is M / N × 100: 100 when every instance runs a task, above to scale out, below to scale in', () => {
    expect(capacityProviderReservation(3, 3)).toBe(100);
    expect(capacityProviderReservation(3, 2)).toBe(150);
    // "if the number of empty container instances is two, the value is 98%" needs 100 instances.
    expect(capacityProviderReservation(98, 100)).toBe(98);
  });

  it('targetCapacity 90 keeps 10% spare: 9 busy instances want 10; the group bounds win', () => {
    expect(desiredInstances(9, 90, 0, 20)).toBe(10);
    expect(desiredInstances(9, 100, 0, 20)).toBe(9);
    expect(desiredInstances(9, 90, 0, 5)).toBe(5);
    expect(desiredInstances(0, 100, 2, 5)).toBe(2);
  });
});

const groupOf = (targetCapacity: number, desiredCapacity: number): ScenarioInput['cluster'] => ({
  awsvpcTrunking: true,
  capacityProviders: [
    { name: 'asg-m5', autoScalingGroupProvider: { autoScalingGroup: { instanceType: 'm5.large', minSize: 1, maxSize: 10, desiredCapacity }, managedScaling: { targetCapacity } } },
  ],
});

function simulate(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createSimulation(parsed.scenario);
}

describe('managed scaling in the simulation', () => {
  it('with targetCapacity 90, waiting tasks get the instances they need plus the spare, not more', () => {
    // m5.large with trunking: CPU binds at 2,048 / 256 = 8 tasks. 20 tasks need 3 instances;
    // at 90 % the group keeps ⌈3 × 100 / 90⌉ = 4.
    const sim = simulate({ start: 'empty', service: { desiredCount: 20, capacityProviderStrategy: [{ capacityProvider: 'asg-m5', weight: 1 }] }, cluster: groupOf(90, 1) });
    sim.advance(900);
    const s = sim.snapshot();
    expect(s.ecs.tasks.filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(20);
    expect(s.ecs.cluster.containerInstances).toHaveLength(4);
  });

  it('scale-in waits until an instance has been empty for 15 minutes, counted from when it last emptied', () => {
    const sim = simulate({ service: { desiredCount: 16, capacityProviderStrategy: [{ capacityProvider: 'asg-m5', weight: 1 }], placementStrategy: [{ type: 'binpack', field: 'cpu' }] }, cluster: groupOf(100, 2) });
    sim.advance(120);
    expect(sim.snapshot().ecs.cluster.containerInstances.map((i) => i.runningTasksCount)).toEqual([8, 8]);
    sim.dispatch({ type: 'UpdateService', desiredCount: 8 });
    sim.advance(300);
    expect(sim.snapshot().ecs.cluster.containerInstances.map((i) => i.runningTasksCount).sort()).toEqual([0, 8]);
    // Still there 10 minutes after emptying; gone once 15 have passed.
    sim.advance(300);
    expect(sim.snapshot().ecs.cluster.containerInstances).toHaveLength(2);
    sim.advance(600);
    expect(sim.snapshot().ecs.cluster.containerInstances).toHaveLength(1);
  });
});
