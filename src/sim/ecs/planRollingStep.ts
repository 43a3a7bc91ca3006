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
  /** PRIMARY tasks ECS judged unhealthy, still alive: to be replaced. */
  primaryUnhealthy: number;
  /** Unhealthy tasks already stopped one by one whose replacement has not started yet. */
  unhealthyOwed: number;
  /** Seconds the service throttle still holds launches back (0: launches may go ahead). */
  throttledForSeconds: number;
}

export type PlanRule =
  | 'desiredCount'
  | 'maximumPercent'
  | 'minimumHealthyPercent'
  | 'deploymentConfiguration'
  | 'healthCheck'
  | 'unhealthy'
  | 'throttle'
  | 'circuitBreaker';

export interface PlanStep {
  action: 'start' | 'stop' | 'wait' | 'steady' | 'fail' | 'rollback';
  count: number;
  rule: PlanRule;
  summary: string;
}

export interface RollingPlan {
  start: number;
  /** Old tasks not yet counted healthy: stopping them never lowers the healthy count. */
  stopOldUnhealthy: number;
  stopOldHealthy: number;
  /** PRIMARY tasks above desiredCount (the service was scaled in); unhealthy ones go first. */
  stopPrimaryExcess: number;
  /** Unhealthy PRIMARY tasks to stop: those whose replacement starts now, or one when none can. */
  stopPrimaryUnhealthy: number;
  /** How many of the started tasks replace unhealthy ones (the event says so). */
  replacedUnhealthy: number;
  /** unhealthyOwed after this pass. */
  unhealthyOwedAfter: number;
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
  // Unhealthy tasks do not serve, so they leave a gap to fill, but they still count toward the
  // maximum until they stop. "The Amazon ECS scheduler uses this parameter to replace unhealthy
  // tasks by starting replacement tasks first and then stopping the unhealthy tasks" (API
  // maximumPercent); "If any tasks are unhealthy and if maximumPercent doesn't allow the Amazon
  // ECS scheduler to start replacement tasks, the scheduler stops the unhealthy tasks one-by-one —
  // using the minimumHealthyPercent as a constraint — to clear up capacity to launch replacement
  // tasks" (API minimumHealthyPercent; reference/ecs.md §1.5). An unhealthy task is never counted
  // healthy, so stopping it cannot break the minimum.
  const unhealthyLeft = Math.max(0, o.primaryUnhealthy - stopPrimaryExcess);
  const missing = Math.max(0, o.desiredCount - (o.primaryAlive - stopPrimaryExcess - unhealthyLeft));
  const room = Math.max(0, maximum - totalAfterStops);
  const wanted = Math.min(missing, room);
  const throttled = wanted > 0 && o.throttledForSeconds > 0;
  const start = throttled ? 0 : wanted;
  // Starts replace the unhealthy tasks already stopped first, then those still running.
  const replacedOwed = Math.min(start, o.unhealthyOwed);
  const replacedNow = Math.min(start - replacedOwed, unhealthyLeft);
  const oneByOne = !throttled && unhealthyLeft > replacedNow && start === room ? 1 : 0;
  const stopPrimaryUnhealthy = replacedNow + oneByOne;
  if (throttled) {
    steps.push({ action: 'wait', count: 0, rule: 'throttle', summary: `holding back ${tasks(wanted)}: launches keep failing before RUNNING, so the service throttle spaces out the attempts` });
  } else if (start > 0) {
    const replacedUnhealthy = replacedNow + replacedOwed;
    const rule: PlanRule = replacedUnhealthy > 0 ? 'unhealthy' : start < missing ? 'maximumPercent' : 'desiredCount';
    const replacing = replacedUnhealthy > 0 ? `, replacing ${replacedUnhealthy} unhealthy` : '';
    steps.push({ action: 'start', count: start, rule, summary: `started ${tasks(start)}${replacing}: ${totalAfterStops} running + ${start} ≤ maximum ${maximum}` });
  }
  if (stopPrimaryUnhealthy > 0) {
    const how = oneByOne > 0 && replacedNow === 0 ? `one by one: maximum ${maximum} leaves no room to start a replacement first` : 'their replacements have started';
    steps.push({ action: 'stop', count: stopPrimaryUnhealthy, rule: 'unhealthy', summary: `stopped ${tasks(stopPrimaryUnhealthy)} that failed health checks, ${how}` });
  }

  const stillOld = o.oldAlive - stopOldUnhealthy - stopOldHealthy;
  const inFlight = total - healthy;
  const stuck = steps.length === 0 && missing > 0 && inFlight === 0 && o.oldAlive > 0;
  const unhealthyOwedAfter = o.unhealthyOwed - replacedOwed + oneByOne;
  if (stuck) {
    steps.push({ action: 'wait', count: 0, rule: 'deploymentConfiguration', summary: `stuck: starting one more would make ${total + 1} > maximum ${maximum}, stopping one more would leave ${healthy - 1} < minimum healthy ${minimumHealthy}` });
  } else if (steps.length === 0 && missing > 0) {
    steps.push({ action: 'wait', count: 0, rule: 'maximumPercent', summary: `waiting: starting one more would make ${total + 1} > maximum ${maximum}; ${inFlight} in flight` });
  } else if (steps.length === 0 && stillOld > 0) {
    steps.push({ action: 'wait', count: 0, rule: 'minimumHealthyPercent', summary: `waiting: stopping one more would leave ${healthy - 1} < minimum healthy ${minimumHealthy}` });
  } else if (steps.length === 0 && inFlight > 0) {
    steps.push({ action: 'wait', count: 0, rule: 'healthCheck', summary: `waiting: ${tasks(inFlight)} not yet counted healthy (health checks passing, or 40 s of RUNNING without any)` });
  } else if (steps.length === 0) {
    steps.push({ action: 'steady', count: 0, rule: 'desiredCount', summary: `nothing to do: ${o.primaryAlive} running = desiredCount ${o.desiredCount}` });
  }

  return {
    start,
    stopOldUnhealthy,
    stopOldHealthy,
    stopPrimaryExcess,
    stopPrimaryUnhealthy,
    replacedUnhealthy: replacedNow + replacedOwed,
    unhealthyOwedAfter,
    stuck,
    steps,
  };
}

/** The deployment is done when PRIMARY runs desiredCount healthy tasks and nothing older is left. */
export function isDeploymentComplete(o: ServiceObservation): boolean {
  return o.primaryAlive === o.desiredCount && o.primaryHealthy === o.desiredCount && o.oldAlive === 0 && o.oldDraining === 0;
}
