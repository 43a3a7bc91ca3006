// One pass of the Service Scheduler's rolling-update arithmetic: given what it observes, how many
// tasks to start for the PRIMARY deployment and how many old tasks to stop, and which bound
// decided. AWS documents the bounds and the order (start new, check health, stop old:
// bestpracticesguide/service-options.html; reference/ecs.md §1.5); the pass structure itself is
// inferred, as ECS's scheduler is not public.

import type { DeploymentBounds } from './deploymentBounds';

export interface ServiceObservation {
  desiredCount: number;
  bounds: DeploymentBounds;
  /** PRIMARY tasks in PROVISIONING…RUNNING with desiredStatus RUNNING. */
  primaryAlive: number;
  /** PRIMARY tasks that count toward minimumHealthyPercent. */
  primaryHealthy: number;
  /** Tasks of older (ACTIVE) deployments still in PROVISIONING…RUNNING with desiredStatus RUNNING. */
  oldAlive: number;
  oldHealthy: number;
  /** Old tasks told to stop that have not reached STOPPED yet. */
  oldDraining: number;
}

export type PlanRule = 'desiredCount' | 'maximumPercent' | 'minimumHealthyPercent' | 'deploymentConfiguration' | 'healthCheck';

export interface PlanStep {
  action: 'start' | 'stop' | 'wait' | 'steady';
  count: number;
  rule: PlanRule;
  summary: string;
}

export interface RollingPlan {
  start: number;
  /** Old tasks not yet counted healthy: stopping them never lowers the healthy count. */
  stopOldUnhealthy: number;
  stopOldHealthy: number;
  /** PRIMARY tasks above desiredCount (the service was scaled in). */
  stopPrimaryExcess: number;
  /** Neither bound lets the scheduler start or stop a task, and nothing is in flight. */
  stuck: boolean;
  steps: PlanStep[];
}

const tasks = (n: number) => `${n} task${n === 1 ? '' : 's'}`;

/** Decides one scheduler pass. Pure: the same observation always gives the same plan. */
export function planRollingStep(o: ServiceObservation): RollingPlan {
  const { minimumHealthy, maximum } = o.bounds;
  const healthy = o.primaryHealthy + o.oldHealthy;
  const total = o.primaryAlive + o.oldAlive;
  const steps: PlanStep[] = [];

  const stopPrimaryExcess = Math.max(0, o.primaryAlive - o.desiredCount);
  if (stopPrimaryExcess > 0) {
    steps.push({ action: 'stop', count: stopPrimaryExcess, rule: 'desiredCount', summary: `stopped ${tasks(stopPrimaryExcess)}: ${o.primaryAlive} running > desiredCount ${o.desiredCount}` });
  }

  const stopOldUnhealthy = o.oldAlive - o.oldHealthy;
  if (stopOldUnhealthy > 0) {
    steps.push({ action: 'stop', count: stopOldUnhealthy, rule: 'minimumHealthyPercent', summary: `stopped ${tasks(stopOldUnhealthy)} of an older deployment not yet counted healthy: the healthy count stays ${healthy}` });
  }

  const stopOldHealthy = Math.min(o.oldHealthy, Math.max(0, healthy - minimumHealthy));
  if (stopOldHealthy > 0) {
    steps.push({ action: 'stop', count: stopOldHealthy, rule: 'minimumHealthyPercent', summary: `stopped ${tasks(stopOldHealthy)}: ${healthy} healthy − ${stopOldHealthy} ≥ minimum healthy ${minimumHealthy}` });
  }

  const totalAfterStops = total - stopPrimaryExcess - stopOldUnhealthy - stopOldHealthy;
  const missing = Math.max(0, o.desiredCount - (o.primaryAlive - stopPrimaryExcess));
  const room = Math.max(0, maximum - totalAfterStops);
  const start = Math.min(missing, room);
  if (start > 0) {
    const rule: PlanRule = start < missing ? 'maximumPercent' : 'desiredCount';
    steps.push({ action: 'start', count: start, rule, summary: `started ${tasks(start)}: ${totalAfterStops} running + ${start} ≤ maximum ${maximum}` });
  }

  const stillOld = o.oldAlive - stopOldUnhealthy - stopOldHealthy;
  const inFlight = total - healthy;
  const stuck = steps.length === 0 && missing > 0 && inFlight === 0 && o.oldAlive > 0;
  if (stuck) {
    steps.push({ action: 'wait', count: 0, rule: 'deploymentConfiguration', summary: `stuck: starting one more would make ${total + 1} > maximum ${maximum}, stopping one more would leave ${healthy - 1} < minimum healthy ${minimumHealthy}` });
  } else if (steps.length === 0 && missing > 0) {
    steps.push({ action: 'wait', count: 0, rule: 'maximumPercent', summary: `waiting: starting one more would make ${total + 1} > maximum ${maximum}; ${inFlight} in flight` });
  } else if (steps.length === 0 && stillOld > 0) {
    steps.push({ action: 'wait', count: 0, rule: 'minimumHealthyPercent', summary: `waiting: stopping one more would leave ${healthy - 1} < minimum healthy ${minimumHealthy}` });
  } else if (steps.length === 0 && inFlight > 0) {
    steps.push({ action: 'wait', count: 0, rule: 'healthCheck', summary: `waiting: ${tasks(inFlight)} not yet counted healthy (RUNNING for 40 s without a health check)` });
  } else if (steps.length === 0) {
    steps.push({ action: 'steady', count: 0, rule: 'desiredCount', summary: `nothing to do: ${o.primaryAlive} running = desiredCount ${o.desiredCount}` });
  }

  return { start, stopOldUnhealthy, stopOldHealthy, stopPrimaryExcess, stuck, steps };
}

/** The deployment is done when PRIMARY runs desiredCount healthy tasks and nothing older is left. */
export function isDeploymentComplete(o: ServiceObservation): boolean {
  return o.primaryAlive === o.desiredCount && o.primaryHealthy === o.desiredCount && o.oldAlive === 0 && o.oldDraining === 0;
}
