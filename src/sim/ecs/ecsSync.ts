// One Service Scheduler pass: observe the tasks, step the scheduler machine with xstate's pure
// transition(), then carry out its plan and turn its milestones into service events.

import { transition } from 'xstate';
import type { SideContext } from '../clock/sideContext';
import { deploymentBounds } from './deploymentBounds';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { addServiceEvent, compactLiveTasks, startTasks, stopTasks } from './ecsTasks';
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

/** What the scheduler sees: counts per deployment role, one walk over the live tasks. */
export function observeService(world: EcsWorld): ServiceObservation {
  const primaryId = world.deployments[0]?.id;
  const o: ServiceObservation = {
    desiredCount: world.desiredCount,
    bounds: ecsBounds(world),
    primaryAlive: 0,
    primaryHealthy: 0,
    oldAlive: 0,
    oldHealthy: 0,
    oldDraining: 0,
  };
  for (const id of world.liveTaskIds) {
    const task = world.tasks[id];
    const primary = task.deploymentId === primaryId;
    if (task.desiredStatus === 'STOPPED') {
      if (!primary) o.oldDraining++;
    } else if (primary) {
      o.primaryAlive++;
      if (task.countsAsHealthy) o.primaryHealthy++;
    } else {
      o.oldAlive++;
      if (task.countsAsHealthy) o.oldHealthy++;
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
    world.deployments = [primary];
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
  const live = world.liveTaskIds.map((id) => world.tasks[id]).filter((t) => t.desiredStatus === 'RUNNING');
  const old = live.filter((t) => t.deploymentId !== primary.id);
  // Which tasks ECS stops first is not documented (inferred): tasks not yet healthy first, then
  // the oldest deployment's oldest tasks; when scaling in, the newest tasks first.
  const victims = [
    ...old.filter((t) => !t.countsAsHealthy).slice(0, plan.stopOldUnhealthy),
    ...old.filter((t) => t.countsAsHealthy).slice(0, plan.stopOldHealthy),
    ...(plan.stopPrimaryExcess > 0
      ? live.filter((t) => t.deploymentId === primary.id).sort(byNewestUnhealthyFirst).slice(0, plan.stopPrimaryExcess)
      : []),
  ];
  // The stoppedReason names the deployment whose scaling stopped the task (REAL trace, §1.5).
  if (victims.length > 0) {
    stopTasks(world, victims.map((t) => t.taskId), scalingActivityReason(primary.id), 'ServiceSchedulerInitiated', ctx);
  }
  if (plan.start > 0) startTasks(world, primary.id, primary.taskDefinitionArn, plan.start, ctx);
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
  const withTasks = new Set(world.liveTaskIds.map((id) => world.tasks[id].deploymentId));
  world.deployments = world.deployments.filter((d, i) => i === 0 || withTasks.has(d.id));
}

const byNewestUnhealthyFirst = (a: EcsTask, b: EcsTask) =>
  Number(a.countsAsHealthy) - Number(b.countsAsHealthy) || b.createdAt - a.createdAt;

