// The scheduler's plans when the circuit breaker has failed a deployment: record why, start and
// stop nothing in that pass. Pure.

import type { BreakerVerdict } from './circuitBreaker';
import type { PlanStep, RollingPlan } from './planRollingStep';

const idle = (steps: PlanStep[]): RollingPlan => ({
  start: 0,
  stopOldUnhealthy: 0,
  stopOldHealthy: 0,
  stopPrimaryExcess: 0,
  stopPrimaryUnhealthy: 0,
  replacedUnhealthy: 0,
  unhealthyOwedAfter: 0,
  stuck: false,
  steps,
});

/** The pass that trips the breaker: the deployment fails and, when rollback is on and possible, rolls back. */
export function breakerTripPlan(v: BreakerVerdict): RollingPlan {
  const steps: PlanStep[] = [
    {
      action: 'fail',
      count: v.failedTasks,
      rule: 'circuitBreaker',
      summary: `deployment failed: ${v.failedTasks} failed tasks reached the circuit breaker's threshold of ${v.threshold}; a FAILED deployment launches no new tasks`,
    },
  ];
  if (v.rollback && v.rollbackTo !== null) {
    steps.push({ action: 'rollback', count: 0, rule: 'circuitBreaker', summary: `rolling back to ${v.rollbackTo}, the last deployment that completed` });
  } else if (v.rollback) {
    // ECS documents no case without a deployment to roll back to; keeping what runs is inferred.
    steps.push({ action: 'wait', count: 0, rule: 'circuitBreaker', summary: 'rollback is on, but no earlier deployment ever completed: nothing to roll back to, so the service keeps the tasks it has' });
  }
  return idle(steps);
}

/** Every pass after a failure without rollback: nothing is launched until the next deployment. */
export function failedDeploymentPlan(): RollingPlan {
  return idle([
    { action: 'wait', count: 0, rule: 'circuitBreaker', summary: 'the deployment FAILED: it launches no new tasks until the service is updated again' },
  ]);
}
