// One Service Scheduler pass: observe the tasks, step the scheduler machine with xstate's pure
// transition(), then carry out its plan and turn its milestones into service events.

import { transition } from 'xstate';
import type { RandomState } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import { breakerVerdict, type BreakerVerdict } from './circuitBreaker';
import { deploymentBounds } from './deploymentBounds';
import { completeDeployment, failDeployment, rollBack } from './deploymentOutcomes';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { addServiceEvent, compactLiveTasks, liveTask, reportNewTargets, startTasks, stopTasks } from './ecsTasks';
import { FAILED_CONTAINER_HEALTH_CHECKS, failedElbHealthChecks } from './faultPaths';
import type { RollingPlan, ServiceObservation } from './planRollingStep';
import { throttledFor } from './serviceThrottle';
import {
  failedContainerHealthChecksMessage,
  scalingActivityReason,
  steadyStateMessage,
  unableToStopOrStartMessage,
  unhealthyTargetMessage,
} from './serviceEvents';
import { serviceSchedulerMachine, type SchedulerEvent } from './serviceSchedulerMachine';
import { unhealthyTargetReason } from './unhealthyReasons';
import { queueManagedScaling } from './managedScaling';
import { placeWaitingTasks } from './waitingTasks';
import { pickScaleIn } from './scaleIn';

export function ecsBounds(world: EcsWorld) {
  const { minimumHealthyPercent, maximumPercent } = world.deploymentConfiguration;
  return deploymentBounds(world.desiredCount, minimumHealthyPercent, maximumPercent);
}

/**
 * What the scheduler sees: counts per deployment role, from the per-deployment counters, and at
 * `now` how long the service throttle still holds launches back.
 */
export function observeService(world: EcsWorld, now = 0): ServiceObservation {
  const o: ServiceObservation = {
    desiredCount: world.desiredCount,
    bounds: ecsBounds(world),
    primaryAlive: 0,
    primaryHealthy: 0,
    oldAlive: 0,
    oldHealthy: 0,
    oldDraining: 0,
    primaryUnhealthy: 0,
    unhealthyOwed: world.unhealthyOwed,
    throttledForSeconds: throttledFor(world.throttle, now),
  };
  for (const [i, deployment] of world.deployments.entries()) {
    const c = world.counts[deployment.id];
    if (c === undefined) continue;
    if (i === 0) {
      o.primaryAlive = c.alive;
      o.primaryHealthy = c.healthy;
      o.primaryUnhealthy = c.unhealthy;
    } else {
      o.oldAlive += c.alive;
      o.oldHealthy += c.healthy;
      o.oldDraining += c.draining;
    }
  }
  return o;
}

export function stepScheduler(world: EcsWorld, event: SchedulerEvent): void {
  const snapshot = serviceSchedulerMachine.resolveState(world.machine);
  const [next] = transition(serviceSchedulerMachine, snapshot, event);
  world.machine = { value: next.value as string, context: next.context };
}

/** The circuit breaker as this pass sees it. */
export function observeBreaker(world: EcsWorld): BreakerVerdict {
  return breakerVerdict(world.deploymentConfiguration.deploymentCircuitBreaker, world.breaker, world.deployments[0], world.desiredCount, world.lastCompleted?.id ?? null);
}

export function syncEcs(world: EcsWorld, ctx: SideContext): ServiceObservation {
  compactLiveTasks(world);
  reportNewTargets(world, ctx);
  placeWaitingTasks(world, ctx);
  const observation = observeService(world, ctx.now);
  const breaker = observeBreaker(world);
  stepScheduler(world, { type: 'service.reconcile', observation, breaker });
  const { plan, outcome } = world.machine.context;
  if (plan) {
    carryOut(world, plan, ctx);
    recordPlan(world, plan, observation, breaker, ctx);
  }
  const primary = world.deployments[0];
  if (outcome === 'deploymentCompleted' && primary) {
    completeDeployment(world, primary, ctx);
  } else if (outcome === 'deploymentFailed' || outcome === 'rollingBack') {
    failDeployment(world, ctx);
    if (outcome === 'rollingBack' && breaker.rollbackTo !== null) rollBack(world, breaker.rollbackTo, ctx);
  } else if (outcome === 'steadyState') {
    addServiceEvent(world, steadyStateMessage(world.serviceName), ctx);
  } else if (outcome === 'stalled') {
    addServiceEvent(world, unableToStopOrStartMessage(world.serviceName), ctx);
  }
  dropDrainedDeployments(world);
  queueManagedScaling(world, ctx);
  return observeService(world, ctx.now);
}

/**
 * Scaling stops first, then starts, then the unhealthy tasks: the REAL replacement reads "has
 * started 1 tasks … Amazon ECS replaced 1 tasks due to an unhealthy status.", then "(task …) failed
 * container health checks.", then "has stopped 1 running tasks" (reference/ecs.md §4.1).
 */
function carryOut(world: EcsWorld, plan: RollingPlan, ctx: SideContext): void {
  const primary = world.deployments[0];
  if (!primary) return;
  if (plan.stopOldUnhealthy + plan.stopOldHealthy + plan.stopPrimaryExcess > 0) {
    const scaled: string[] = [];
    const unhealthy: string[] = [];
    for (const id of pickTasksToStop(world, plan, primary.id, ctx.random)) (world.tasks[id].unhealthy === undefined ? scaled : unhealthy).push(id);
    // A task judged unhealthy is stopped for that, even when its deployment is being replaced.
    stopUnhealthy(world, unhealthy, ctx);
    // The stoppedReason names the deployment whose scaling stopped the task (REAL trace, §1.5).
    if (scaled.length > 0) stopTasks(world, scaled, scalingActivityReason(primary.id), 'ServiceSchedulerInitiated', ctx);
  }
  if (plan.start > 0) startTasks(world, primary.id, primary.taskDefinitionArn, plan.start, ctx, plan.replacedUnhealthy);
  world.unhealthyOwed = plan.unhealthyOwedAfter;
  if (plan.stopPrimaryUnhealthy > 0) stopUnhealthy(world, pickUnhealthy(world, primary.id, plan.stopPrimaryUnhealthy), ctx);
}

/** The oldest PRIMARY tasks judged unhealthy. */
function pickUnhealthy(world: EcsWorld, primaryId: string, count: number): string[] {
  const picked: string[] = [];
  for (const id of world.liveTaskIds) {
    if (picked.length === count) break;
    const task = liveTask(world, id);
    if (task && task.deploymentId === primaryId && task.desiredStatus === 'RUNNING' && task.unhealthy !== undefined) picked.push(id);
  }
  return picked;
}

/**
 * Stops tasks that failed their health checks, each with its event and the REAL stoppedReason
 * (reference/ecs.md §4.1–4.2, §5.2). Their stopCode is not shown in the sources; ServiceSchedulerInitiated is inferred.
 */
function stopUnhealthy(world: EcsWorld, taskIds: readonly string[], ctx: SideContext): void {
  const lb = world.loadBalancer;
  for (const id of taskIds) {
    const task = world.tasks[id];
    if (task.unhealthy === 'target' && lb) {
      addServiceEvent(world, unhealthyTargetMessage(world.serviceName, id, lb.containerPort, lb.targetGroupArn, unhealthyTargetReason(world, task)), ctx);
      stopTasks(world, [id], failedElbHealthChecks(lb.targetGroupArn), 'ServiceSchedulerInitiated', ctx, { failure: true });
    } else {
      addServiceEvent(world, failedContainerHealthChecksMessage(world.serviceName, id), ctx);
      stopTasks(world, [id], FAILED_CONTAINER_HEALTH_CHECKS, 'ServiceSchedulerInitiated', ctx, { failure: true });
    }
  }
}

// Which tasks ECS stops first is not documented (inferred): tasks of older deployments not yet
// healthy first, then their oldest tasks; when scaling in, the newest PRIMARY tasks, unhealthy first.
function pickTasksToStop(world: EcsWorld, plan: RollingPlan, primaryId: string, random: RandomState): string[] {
  const oldUnhealthy: string[] = [];
  const oldHealthy: string[] = [];
  const primary: EcsTask[] = [];
  for (const id of world.liveTaskIds) {
    // Old tasks come first in creation order, so a rollout's pass rarely walks far.
    if (plan.stopPrimaryExcess === 0 && oldHealthy.length === plan.stopOldHealthy && oldUnhealthy.length === plan.stopOldUnhealthy) break;
    const task = liveTask(world, id);
    if (task === undefined || task.desiredStatus !== 'RUNNING') continue;
    if (task.deploymentId === primaryId) {
      if (plan.stopPrimaryExcess > 0) primary.push(task);
    } else if (task.countsAsHealthy) {
      if (oldHealthy.length < plan.stopOldHealthy) oldHealthy.push(id);
    } else if (oldUnhealthy.length < plan.stopOldUnhealthy) oldUnhealthy.push(id);
  }
  primary.sort(byNewestUnhealthyFirst);
  // Tasks judged unhealthy or not yet healthy go first (inferred); among the healthy ones on
  // container instances the placement strategy chooses (scaleIn.ts).
  const notHealthy = primary.filter((t) => !t.countsAsHealthy).slice(0, plan.stopPrimaryExcess);
  const healthy = pickScaleIn(world, primary.filter((t) => t.countsAsHealthy), plan.stopPrimaryExcess - notHealthy.length, random);
  return [...oldUnhealthy, ...oldHealthy, ...[...notHealthy, ...healthy].map((t) => t.taskId)];
}

function recordPlan(world: EcsWorld, plan: RollingPlan, o: ServiceObservation, breaker: BreakerVerdict, ctx: SideContext): void {
  const observed: Record<string, number> = {
    desiredCount: o.desiredCount,
    running: o.primaryAlive + o.oldAlive,
    healthy: o.primaryHealthy + o.oldHealthy,
    minimumHealthy: o.bounds.minimumHealthy,
    maximum: o.bounds.maximum,
    primary: o.primaryAlive,
    old: o.oldAlive,
  };
  if (o.primaryUnhealthy > 0) observed.unhealthy = o.primaryUnhealthy;
  if (o.throttledForSeconds > 0) observed.throttledForSeconds = o.throttledForSeconds;
  for (const step of plan.steps) {
    const quiet = step.action === 'wait' || step.action === 'steady';
    if (quiet && step.summary === world.lastWaitSummary) continue;
    world.lastWaitSummary = quiet ? step.summary : null;
    const seen = step.rule === 'circuitBreaker' ? { ...observed, failedTasks: breaker.failedTasks, threshold: breaker.threshold } : observed;
    ctx.record({ side: 'ecs', time: ctx.now, action: step.action, count: step.count, rule: step.rule, observed: seen, summary: step.summary });
  }
}

/** An ACTIVE deployment with no tasks left is INACTIVE, and describe-services stops listing it. */
function dropDrainedDeployments(world: EcsWorld): void {
  if (world.deployments.length < 2) return;
  world.deployments = world.deployments.filter((d, i) => {
    const c = world.counts[d.id];
    const keep = i === 0 || (c !== undefined && c.alive + c.draining > 0);
    if (!keep) delete world.counts[d.id];
    return keep;
  });
}

// Judged unhealthy first, then not yet counted healthy, then the newest.
const byNewestUnhealthyFirst = (a: EcsTask, b: EcsTask) =>
  Number(a.unhealthy === undefined) - Number(b.unhealthy === undefined) || Number(a.countsAsHealthy) - Number(b.countsAsHealthy) || b.createdAt - a.createdAt;

