import { describe, expect, it } from 'vitest';
import { deploymentBounds } from './deploymentBounds';
import { isDeploymentComplete, planRollingStep, type ServiceObservation } from './planRollingStep';

function observe(desiredCount: number, min: number, max: number, o: Partial<ServiceObservation>): ServiceObservation {
  return {
    desiredCount,
    bounds: deploymentBounds(desiredCount, min, max),
    primaryAlive: 0,
    primaryHealthy: 0,
    oldAlive: 0,
    oldHealthy: 0,
    oldDraining: 0,
    primaryUnhealthy: 0,
    unhealthyOwed: 0,
    throttledForSeconds: 0,
    ...o,
  };
}

describe('planRollingStep', () => {
  it('100/200 with 4 tasks: starts 4 new tasks and stops none until they are healthy', () => {
    const plan = planRollingStep(observe(4, 100, 200, { oldAlive: 4, oldHealthy: 4 }));
    expect(plan.start).toBe(4);
    expect(plan.stopOldHealthy).toBe(0);
  });

  it('50/200 with 4 tasks (the article’s example): starts 4 and stops 2 old ones at once', () => {
    const plan = planRollingStep(observe(4, 50, 200, { oldAlive: 4, oldHealthy: 4 }));
    expect(plan.start).toBe(4);
    expect(plan.stopOldHealthy).toBe(2);
  });

  it('50/100 with 4 tasks: "can stop two existing tasks before starting two new tasks"', () => {
    const plan = planRollingStep(observe(4, 50, 100, { oldAlive: 4, oldHealthy: 4 }));
    expect(plan.stopOldHealthy).toBe(2);
    expect(plan.start).toBe(2);
  });

  it('stops old tasks as new ones become healthy, never below the minimum', () => {
    const plan = planRollingStep(observe(4, 100, 200, { primaryAlive: 4, primaryHealthy: 1, oldAlive: 4, oldHealthy: 4 }));
    expect(plan.stopOldHealthy).toBe(1);
    expect(plan.start).toBe(0);
  });

  it('100/100 can neither start nor stop: the deployment is stuck', () => {
    const plan = planRollingStep(observe(3, 100, 100, { oldAlive: 3, oldHealthy: 3 }));
    expect(plan.stuck).toBe(true);
    expect(plan.steps[0].rule).toBe('deploymentConfiguration');
  });

  it('3 tasks at 100/125 cannot start any (AWS’s example) and is stuck', () => {
    expect(planRollingStep(observe(3, 100, 125, { oldAlive: 3, oldHealthy: 3 })).stuck).toBe(true);
  });

  it('is not stuck while a task is still on its way to healthy', () => {
    const plan = planRollingStep(observe(3, 100, 100, { oldAlive: 3, oldHealthy: 2 }));
    expect(plan.stuck).toBe(false);
  });

  it('waits on maximumPercent when new tasks fill the room', () => {
    const plan = planRollingStep(observe(4, 100, 150, { primaryAlive: 2, oldAlive: 4, oldHealthy: 4 }));
    expect(plan.steps).toEqual([expect.objectContaining({ action: 'wait', rule: 'maximumPercent' })]);
  });

  it('scales in a PRIMARY deployment above desiredCount', () => {
    expect(planRollingStep(observe(2, 100, 200, { primaryAlive: 5, primaryHealthy: 5 })).stopPrimaryExcess).toBe(3);
  });

  it('replaces a stopped task of a steady service', () => {
    expect(planRollingStep(observe(3, 100, 200, { primaryAlive: 2, primaryHealthy: 2 })).start).toBe(1);
  });

  it('a deployment completes only when old tasks have fully stopped', () => {
    expect(isDeploymentComplete(observe(2, 100, 200, { primaryAlive: 2, primaryHealthy: 2, oldDraining: 1 }))).toBe(false);
    expect(isDeploymentComplete(observe(2, 100, 200, { primaryAlive: 2, primaryHealthy: 2 }))).toBe(true);
  });
});

// "The Amazon ECS scheduler uses this parameter to replace unhealthy tasks by starting replacement
// tasks first and then stopping the unhealthy tasks" (API maximumPercent); "If any tasks are
// unhealthy and if maximumPercent doesn't allow the Amazon ECS scheduler to start replacement
// tasks, the scheduler stops the unhealthy tasks one-by-one" (API minimumHealthyPercent).
describe('replacing unhealthy tasks', () => {
  it('starts the replacement first when maximumPercent leaves room, then stops the unhealthy task', () => {
    // 3 tasks at 100 / 200, one unhealthy: room for 3 more, so 1 replacement starts and 1 stops.
    const plan = planRollingStep(observe(3, 100, 200, { primaryAlive: 3, primaryHealthy: 2, primaryUnhealthy: 1 }));
    expect(plan).toMatchObject({ start: 1, replacedUnhealthy: 1, stopPrimaryUnhealthy: 1 });
    expect(plan.steps.map((s) => [s.action, s.rule])).toEqual([
      ['start', 'unhealthy'],
      ['stop', 'unhealthy'],
    ]);
  });

  it('stops unhealthy tasks one by one when maximumPercent allows no replacement first', () => {
    // 2 tasks at 50 / 100, both unhealthy: maximum 2 is full, so one stops and none starts.
    const plan = planRollingStep(observe(2, 50, 100, { primaryAlive: 2, primaryHealthy: 0, primaryUnhealthy: 2 }));
    expect(plan).toMatchObject({ start: 0, stopPrimaryUnhealthy: 1, unhealthyOwedAfter: 1 });
    // Next pass: the stopped one's replacement starts, and says it replaces an unhealthy task;
    // that fills the maximum again, so the other unhealthy task is the next to stop alone.
    const next = planRollingStep(observe(2, 50, 100, { primaryAlive: 1, primaryHealthy: 0, primaryUnhealthy: 1, unhealthyOwed: 1 }));
    expect(next).toMatchObject({ start: 1, replacedUnhealthy: 1, stopPrimaryUnhealthy: 1, unhealthyOwedAfter: 1 });
  });

  it('replaces them outside a deployment too, and never counts them toward the minimum', () => {
    // Steady 4 at 100 / 150: maximum 6, so 2 replacements start and both unhealthy tasks stop.
    const plan = planRollingStep(observe(4, 100, 150, { primaryAlive: 4, primaryHealthy: 2, primaryUnhealthy: 2 }));
    expect(plan).toMatchObject({ start: 2, stopPrimaryUnhealthy: 2, stopOldHealthy: 0 });
  });

  it('holds launches back while the service throttle waits', () => {
    const plan = planRollingStep(observe(2, 100, 200, { primaryAlive: 0, oldAlive: 2, oldHealthy: 2, throttledForSeconds: 25 }));
    expect(plan.start).toBe(0);
    expect(plan.steps).toEqual([expect.objectContaining({ action: 'wait', rule: 'throttle' })]);
  });
});

