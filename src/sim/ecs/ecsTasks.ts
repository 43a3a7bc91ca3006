// Starting and stopping ECS tasks, and the per-deployment counts the scheduler reads. Each status
// change is a timer on the simulation's queue (taskRun.ts steps them); the scheduler hears about it
// at its next pass (ctx.requestSync).

import type { SideContext } from '../clock/sideContext';
import type { StopCode, TaskDefinitionView } from '../types';
import { afterTaskFailed } from './circuitBreaker';
import type { DeploymentTaskCounts, EcsTask, EcsWorld } from './ecsWorld';
import { newEventId, newTaskId } from './ids';
import {
  chunkTaskIds,
  deregisteredTargetsMessage,
  drainingConnectionsMessage,
  registeredTargetsMessage,
  startedTasksMessage,
  stoppedTasksMessage,
} from './serviceEvents';
import { holdResources, planLaunch } from './taskCapacity';
import { pendingContainers } from './taskContainers';
import { taskStatusDuration } from './taskLifecycle';

/** How many STOPPED tasks the snapshot keeps for describe-tasks (a display limit). */
const STOPPED_TASKS_KEPT = 100;
/** How many service events the world keeps; the console shows "the 100 most recent" (reference/ecs.md §4). */
const EVENTS_KEPT = 300;

export function addServiceEvent(world: EcsWorld, message: string, ctx: SideContext): void {
  world.events.push({ id: newEventId(ctx.random), createdAt: ctx.now, message });
  if (world.events.length > EVENTS_KEPT) world.events.splice(0, world.events.length - EVENTS_KEPT);
}

export function countsFor(world: EcsWorld, deploymentId: string): DeploymentTaskCounts {
  return (world.counts[deploymentId] ??= { alive: 0, healthy: 0, draining: 0, unhealthy: 0 });
}

/** The registered revision `arn` (revisions are few: a scan is cheaper than an index to keep). */
export function revisionOf(world: EcsWorld, arn: string): TaskDefinitionView {
  const found = world.taskDefinitions.find((td) => td.taskDefinitionArn === arn);
  if (!found) throw new Error(`unknown task definition ${arn}`);
  return found;
}

/**
 * A task record with the fields every task's timers touch present from the start, in one order, so
 * tasks share few shapes (V8 hidden classes) and the handlers that touch thousands of them stay
 * fast. Fields only some tasks get (stop details, faults) are added when needed: declaring them
 * all up front made every task bigger and the big rollouts slower (measured with bench/).
 */
export function newTask(
  init: Pick<EcsTask, 'taskId' | 'deploymentId' | 'taskDefinitionArn' | 'lastStatus' | 'countsAsHealthy' | 'createdAt' | 'containers'> & { startedAt?: number },
): EcsTask {
  return {
    taskId: init.taskId,
    deploymentId: init.deploymentId,
    taskDefinitionArn: init.taskDefinitionArn,
    lastStatus: init.lastStatus,
    desiredStatus: 'RUNNING',
    // Until a container health check reports, ECS shows UNKNOWN (API HealthCheck).
    healthStatus: 'UNKNOWN',
    countsAsHealthy: init.countsAsHealthy,
    createdAt: init.createdAt,
    startedAt: init.startedAt,
    nextAdvanceAt: undefined,
    containers: init.containers,
    run: undefined,
    nextRunAt: undefined,
    launchType: 'FARGATE',
    capacityProvider: undefined,
    availabilityZone: '',
    containerInstanceId: undefined,
    eni: undefined,
    eniSubnetId: undefined,
    placement: undefined,
  };
}

/**
 * Launches up to `count` tasks; `replacedUnhealthy` of them replace unhealthy ones, which the event
 * says. Tasks that cannot be placed are not launched: the service logs why and waits, and the next
 * pass tries again (reference/ecs.md §6, §4.2).
 */
export function startTasks(world: EcsWorld, deploymentId: string, taskDefinitionArn: string, count: number, ctx: SideContext, replacedUnhealthy = 0): void {
  const ids: string[] = [];
  const revision = revisionOf(world, taskDefinitionArn);
  const containers = pendingContainers(revision);
  const group = serviceGroup(world);
  for (let i = 0; i < count; i++) {
    const plan = planLaunch(world.cluster, world.serviceName, revision, ctx);
    if (plan.kind === 'unplaceable') {
      reportUnplaceable(world, plan.message, ctx);
      break;
    }
    const taskId = newTaskId(ctx.random);
    // The containers array is copy-on-write, so the tasks of one launch can share it.
    const task = newTask({ taskId, deploymentId, taskDefinitionArn, lastStatus: 'PROVISIONING', countsAsHealthy: false, createdAt: ctx.now, containers });
    world.tasks[taskId] = task;
    world.liveTaskIds.push(taskId);
    countsFor(world, deploymentId).alive++;
    ids.push(taskId);
    if (plan.kind === 'wait') {
      task.launchType = 'EC2';
      task.capacityProvider = plan.capacityProvider;
      world.cluster.providers[plan.capacityProvider].tasks++;
      world.cluster.waitingTaskIds.push(taskId);
      continue;
    }
    beginProvisioning(world, task, holdResources(world.cluster, task, plan, revision, group), ctx);
  }
  let replacing = replacedUnhealthy;
  for (const chunk of chunkTaskIds(ids)) {
    const replaced = Math.min(replacing, chunk.length);
    replacing -= replaced;
    addServiceEvent(world, startedTasksMessage(world.serviceName, chunk, replaced), ctx);
  }
}

export const serviceGroup = (world: EcsWorld) => `service:${world.serviceName}`;

/**
 * PROVISIONING: the task's ENI is being created and attached. A task whose subnet had no address
 * left stops from here: it reaches "PROVISIONING and then stop[s] with InsufficientFreeAddressesInSubnet"
 * (paradisec-archive/nabu#1259); the stoppedReason joins EC2's error code and message (inferred form).
 */
export function beginProvisioning(world: EcsWorld, task: EcsTask, failure: string | null, ctx: SideContext): void {
  const provisioning = taskStatusDuration('PROVISIONING', ctx.random);
  if (failure === null) {
    scheduleAdvance(task, provisioning, ctx);
    return;
  }
  task.launchFailure = { after: provisioning, stoppedReason: failure, containerReasons: task.containers.map(() => undefined) };
  if (world.subnetExhausted === null) {
    world.subnetExhausted = { subnetId: task.eniSubnetId ?? '', at: ctx.now, runningTasks: runningTaskCount(world) };
  }
  scheduleAdvance(task, provisioning, ctx, 'task.launchFailed');
}

function runningTaskCount(world: EcsWorld): number {
  let running = 0;
  for (const id of world.liveTaskIds) if (liveTask(world, id)?.lastStatus === 'RUNNING') running++;
  return running;
}

/** Logs the "unable to place a task" event, once a minute at most while it stays the same (inferred). */
function reportUnplaceable(world: EcsWorld, message: string, ctx: SideContext): void {
  const last = world.cluster.lastUnable;
  if (last !== null && last.message === message && ctx.now - last.at < 60) return;
  world.cluster.lastUnable = { message, at: ctx.now };
  world.unablePlaceEvents++;
  addServiceEvent(world, message, ctx);
}

export interface StopOptions {
  /** The stop counts as a failed task for the circuit breaker if the task was never counted healthy. */
  failure?: boolean;
  /** The task failed before RUNNING: nothing to deactivate, it goes from PENDING to STOPPING. */
  failedToStart?: boolean;
  /** The longest a target may drain (Fargate Spot reclaims the task two minutes after the notice). */
  drainCapSeconds?: number;
}

export function stopTasks(world: EcsWorld, taskIds: readonly string[], stoppedReason: string, stopCode: StopCode, ctx: SideContext, options: StopOptions = {}): void {
  const stopped: string[] = [];
  const drained: Record<string, string[]> = {};
  for (const taskId of taskIds) {
    const task = world.tasks[taskId];
    if (!task || task.desiredStatus === 'STOPPED') continue;
    const counts = countsFor(world, task.deploymentId);
    counts.alive--;
    if (task.countsAsHealthy) counts.healthy--;
    if (task.unhealthy) counts.unhealthy--;
    counts.draining++;
    if (options.failure && task.healthyAt === undefined) noteFailedTask(world, task.deploymentId);
    task.desiredStatus = 'STOPPED';
    task.countsAsHealthy = false;
    task.stoppedReason = stoppedReason;
    task.stopCode = stopCode;
    task.stoppingAt = ctx.now;
    stopped.push(taskId);
    if (options.failedToStart) {
      task.lastStatus = 'STOPPING';
      scheduleAdvance(task, taskStatusDuration('STOPPING', ctx.random), ctx);
      continue;
    }
    // A target drains for the deregistration delay while the task is DEACTIVATING (inferred from
    // real traces, reference/ecs.md §1.5); a task that never ran was never registered.
    const lb = world.loadBalancer;
    const draining = lb !== null && task.lastStatus === 'RUNNING';
    if (draining) (drained[task.deploymentId] ??= []).push(taskId);
    // A task still launching is taken down from where it is; the stop path starts at DEACTIVATING.
    task.lastStatus = 'DEACTIVATING';
    const delay = draining ? Math.min(lb.deregistrationDelaySeconds, options.drainCapSeconds ?? Infinity) : taskStatusDuration('DEACTIVATING', ctx.random);
    scheduleAdvance(task, delay, ctx);
  }
  // The event marks the scheduler's decision to stop, before the containers exit (reference/ecs.md
  // §1.5). Tasks that stop by themselves (an exit, a failed launch, Spot) or by StopTask get none
  // from the service (inferred: ECS logs "has stopped" for its own stops).
  if (stopCode === 'ServiceSchedulerInitiated') {
    for (const chunk of chunkTaskIds(stopped)) addServiceEvent(world, stoppedTasksMessage(world.serviceName, chunk), ctx);
  }
  reportDraining(world, drained, ctx);
  ctx.requestSync();
}

/** A task of `deploymentId` failed: the circuit breaker's count and the deployment's failedTasks. */
function noteFailedTask(world: EcsWorld, deploymentId: string): void {
  world.breaker = afterTaskFailed(world.breaker, deploymentId);
  const deployment = world.deployments.find((d) => d.id === deploymentId);
  if (deployment && world.breaker.deploymentId === deploymentId) deployment.failedTasks = world.breaker.failureCount;
}

/** Queues the task's next status change; an earlier timer still on the queue becomes stale. */
export function scheduleAdvance(task: EcsTask, delaySeconds: number, ctx: SideContext, kind = 'task.advance'): void {
  task.nextAdvanceAt = Math.round((ctx.now + delaySeconds) * 1000) / 1000;
  ctx.after(delaySeconds, kind, task.taskId);
}

/** "deregistered N targets" and, per deployment, "has begun draining connections on N tasks". */
function reportDraining(world: EcsWorld, drained: Record<string, string[]>, ctx: SideContext): void {
  const lb = world.loadBalancer;
  const total = Object.values(drained).reduce((n, ids) => n + ids.length, 0);
  if (!lb || total === 0) return;
  addServiceEvent(world, deregisteredTargetsMessage(world.serviceName, total, lb.targetGroupArn), ctx);
  for (const [deploymentId, ids] of Object.entries(drained)) {
    addServiceEvent(world, drainingConnectionsMessage(world.serviceName, deploymentId, ids.length), ctx);
  }
}

/** One "registered N targets" event for the tasks that reached RUNNING since the last pass. */
export function reportNewTargets(world: EcsWorld, ctx: SideContext): void {
  if (!world.loadBalancer || world.newTargets === 0) return;
  addServiceEvent(world, registeredTargetsMessage(world.serviceName, world.newTargets, world.loadBalancer.targetGroupArn), ctx);
  world.newTargets = 0;
}

// A retired id stays in liveTaskIds until the stale ids make up half of it: filtering 10,000 ids
// on every pass, or splicing one out per stopped task, would cost more than stepping over them.
export function retireTask(world: EcsWorld, taskId: string): void {
  world.staleLiveTaskIds++;
  world.stoppedTaskIds.push(taskId);
  if (world.stoppedTaskIds.length > STOPPED_TASKS_KEPT) {
    for (const old of world.stoppedTaskIds.splice(0, world.stoppedTaskIds.length - STOPPED_TASKS_KEPT)) delete world.tasks[old];
  }
}

export function compactLiveTasks(world: EcsWorld): void {
  if (2 * world.staleLiveTaskIds <= world.liveTaskIds.length) return;
  world.staleLiveTaskIds = 0;
  world.liveTaskIds = world.liveTaskIds.filter((id) => {
    const task = world.tasks[id];
    return task !== undefined && task.lastStatus !== 'STOPPED';
  });
}

/** A task in liveTaskIds that has not yet STOPPED (a stale id's task may be STOPPED or forgotten). */
export function liveTask(world: EcsWorld, id: string): EcsTask | undefined {
  const task = world.tasks[id];
  return task !== undefined && task.lastStatus !== 'STOPPED' ? task : undefined;
}

