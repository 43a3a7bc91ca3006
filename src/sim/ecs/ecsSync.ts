// One Service Scheduler pass: observe the tasks, step the scheduler machine with xstate's pure
// transition(), then carry out its plan and turn its milestones into service events.

import { transition } from 'xstate';
import type { SideContext } from '../clock/sideContext';
import { deploymentBounds } from './deploymentBounds';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { addServiceEvent, compactLiveTasks, liveTask, reportNewTargets, startTasks, stopTasks } from './ecsTasks';
import type { RollingPlan, ServiceObservation } from './planRollingStep';
import {
  deploymentCompletedMessage,
  rolloutStateReason,
  scalingActivityReason,
  steadyStateMessage,
  unableToStopOrStartMessage,
} from './serviceEvents';
import { serviceSchedulerMachine, type SchedulerEvent } from './serviceSchedulerMachine';

export function ecsBounds(world: EcsWorld) {
  const { minimumHealthyPercent, maximumPercent } = world.deploymentConfiguration;
  return deploymentBounds(world.desiredCount, minimumHealthyPercent, maximumPercent);
}

/** What the scheduler sees: counts per deployment role, from the per-deployment counters. */
export function observeService(world: EcsWorld): ServiceObservation {
  const o: ServiceObservation = {
    desiredCount: world.desiredCount,
    bounds: ecsBounds(world),
    primaryAlive: 0,
    primaryHealthy: 0,
    oldAlive: 0,
    oldHealthy: 0,
    oldDraining: 0,
  };
  for (const [i, deployment] of world.deployments.entries()) {
    const c = world.counts[deployment.id] ?? { alive: 0, healthy: 0, draining: 0 };
    if (i === 0) {
      o.primaryAlive = c.alive;
      o.primaryHealthy = c.healthy;
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

export function syncEcs(world: EcsWorld, ctx: SideContext): ServiceObservation {
  compactLiveTasks(world);
  reportNewTargets(world, ctx);
  const observation = observeService(world);
  stepScheduler(world, { type: 'service.reconcile', observation });
  const { plan, outcome } = world.machine.context;
  if (plan) {
    carryOut(world, plan, ctx);
    recordPlan(world, plan, observation, ctx);
  }
  const primary = world.deployments[0];
  if (outcome === 'deploymentCompleted' && primary) {
    primary.rolloutState = 'COMPLETED';
    primary.rolloutStateReason = rolloutStateReason(primary.id, 'COMPLETED');
    primary.updatedAt = ctx.now;
    addServiceEvent(world, deploymentCompletedMessage(world.serviceName, primary.id), ctx);
    addServiceEvent(world, steadyStateMessage(world.serviceName), ctx);
  } else if (outcome === 'steadyState') {
    addServiceEvent(world, steadyStateMessage(world.serviceName), ctx);
  } else if (outcome === 'stalled') {
    addServiceEvent(world, unableToStopOrStartMessage(world.serviceName), ctx);
  }
  dropDrainedDeployments(world);
  return observeService(world);
}

function carryOut(world: EcsWorld, plan: RollingPlan, ctx: SideContext): void {
  const primary = world.deployments[0];
  if (!primary) return;
  if (plan.stopOldUnhealthy + plan.stopOldHealthy + plan.stopPrimaryExcess > 0) {
    // The stoppedReason names the deployment whose scaling stopped the task (REAL trace, §1.5).
    stopTasks(world, pickTasksToStop(world, plan, primary.id), scalingActivityReason(primary.id), 'ServiceSchedulerInitiated', ctx);
  }
  if (plan.start > 0) startTasks(world, primary.id, primary.taskDefinitionArn, plan.start, ctx);
}

// Which tasks ECS stops first is not documented (inferred): tasks of older deployments not yet
// healthy first, then their oldest tasks; when scaling in, the newest PRIMARY tasks, unhealthy first.
function pickTasksToStop(world: EcsWorld, plan: RollingPlan, primaryId: string): string[] {
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
  const excess = primary.sort(byNewestUnhealthyFirst).slice(0, plan.stopPrimaryExcess).map((t) => t.taskId);
  return [...oldUnhealthy, ...oldHealthy, ...excess];
}

function recordPlan(world: EcsWorld, plan: RollingPlan, o: ServiceObservation, ctx: SideContext): void {
  const observed = {
    desiredCount: o.desiredCount,
    running: o.primaryAlive + o.oldAlive,
    healthy: o.primaryHealthy + o.oldHealthy,
    minimumHealthy: o.bounds.minimumHealthy,
    maximum: o.bounds.maximum,
    primary: o.primaryAlive,
    old: o.oldAlive,
  };
  for (const step of plan.steps) {
    const quiet = step.action === 'wait' || step.action === 'steady';
    if (quiet && step.summary === world.lastWaitSummary) continue;
    world.lastWaitSummary = quiet ? step.summary : null;
    ctx.record({ side: 'ecs', time: ctx.now, action: step.action, count: step.count, rule: step.rule, observed, summary: step.summary });
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

const byNewestUnhealthyFirst = (a: EcsTask, b: EcsTask) =>
  Number(a.countsAsHealthy) - Number(b.countsAsHealthy) || b.createdAt - a.createdAt;

