// Starting, stepping and stopping ECS tasks. Each status change is a timer on the simulation's
// queue; the scheduler hears about it at its next pass (ctx.requestSync).

import type { SideContext } from '../clock/sideContext';
import type { StopCode } from '../types';
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
import { NO_HEALTH_CHECK_GRACE_SECONDS, nextTaskStatus, taskStatusDuration } from './taskLifecycle';

/** How many STOPPED tasks the snapshot keeps for describe-tasks (a display limit). */
const STOPPED_TASKS_KEPT = 100;
/** How many service events the world keeps; the console shows "the 100 most recent" (reference/ecs.md §4). */
const EVENTS_KEPT = 300;

export function addServiceEvent(world: EcsWorld, message: string, ctx: SideContext): void {
  world.events.push({ id: newEventId(ctx.random), createdAt: ctx.now, message });
  if (world.events.length > EVENTS_KEPT) world.events.splice(0, world.events.length - EVENTS_KEPT);
}

export function countsFor(world: EcsWorld, deploymentId: string): DeploymentTaskCounts {
  return (world.counts[deploymentId] ??= { alive: 0, healthy: 0, draining: 0 });
}

export function startTasks(world: EcsWorld, deploymentId: string, taskDefinitionArn: string, count: number, ctx: SideContext): void {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const taskId = newTaskId(ctx.random);
    world.tasks[taskId] = {
      taskId,
      deploymentId,
      taskDefinitionArn,
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      // No container health check is defined, so ECS reports UNKNOWN (API HealthCheck).
      healthStatus: 'UNKNOWN',
      countsAsHealthy: false,
      createdAt: ctx.now,
    };
    world.liveTaskIds.push(taskId);
    countsFor(world, deploymentId).alive++;
    scheduleAdvance(world.tasks[taskId], taskStatusDuration('PROVISIONING', ctx.random), ctx);
    ids.push(taskId);
  }
  for (const chunk of chunkTaskIds(ids)) addServiceEvent(world, startedTasksMessage(world.serviceName, chunk), ctx);
}

export function stopTasks(world: EcsWorld, taskIds: readonly string[], stoppedReason: string, stopCode: StopCode, ctx: SideContext): void {
  const stopped: string[] = [];
  const drained: Record<string, string[]> = {};
  for (const taskId of taskIds) {
    const task = world.tasks[taskId];
    if (!task || task.desiredStatus === 'STOPPED') continue;
    const counts = countsFor(world, task.deploymentId);
    counts.alive--;
    if (task.countsAsHealthy) counts.healthy--;
    counts.draining++;
    task.desiredStatus = 'STOPPED';
    task.countsAsHealthy = false;
    task.stoppedReason = stoppedReason;
    task.stopCode = stopCode;
    task.stoppingAt = ctx.now;
    stopped.push(taskId);
    // A target drains for the deregistration delay while the task is DEACTIVATING (inferred from
    // real traces, reference/ecs.md §1.5); a task that never ran was never registered.
    const lb = world.loadBalancer;
    const draining = lb !== null && task.lastStatus === 'RUNNING';
    if (draining) (drained[task.deploymentId] ??= []).push(taskId);
    // A task still launching is taken down from where it is; the stop path starts at DEACTIVATING.
    task.lastStatus = 'DEACTIVATING';
    const delay = draining ? lb.deregistrationDelaySeconds : taskStatusDuration('DEACTIVATING', ctx.random);
    scheduleAdvance(task, delay, ctx);
  }
  // The event marks the decision to stop, before the containers exit (reference/ecs.md §1.5).
  if (stopCode !== 'UserInitiated') {
    for (const chunk of chunkTaskIds(stopped)) addServiceEvent(world, stoppedTasksMessage(world.serviceName, chunk), ctx);
  }
  reportDraining(world, drained, ctx);
  ctx.requestSync();
}

/** Queues the task's next status change; an earlier timer still on the queue becomes stale. */
function scheduleAdvance(task: EcsTask, delaySeconds: number, ctx: SideContext): void {
  task.nextAdvanceAt = Math.round((ctx.now + delaySeconds) * 1000) / 1000;
  ctx.after(delaySeconds, 'task.advance', task.taskId);
}

/** A task's timer fired: move it one status along its path. */
export function advanceTask(world: EcsWorld, taskId: string, ctx: SideContext): void {
  const task = world.tasks[taskId];
  // A task stopped while launching still has its launch timer queued; only the latest one counts.
  if (!task || task.nextAdvanceAt === undefined || Math.abs(task.nextAdvanceAt - ctx.now) > 1e-6) return;
  const next = nextTaskStatus(task.lastStatus);
  if (!next) return;
  task.lastStatus = next;
  if (next === 'RUNNING') {
    task.startedAt = ctx.now;
    if (world.loadBalancer) world.newTargets++;
    ctx.after(secondsUntilCountedHealthy(world), 'task.countedHealthy', taskId);
  } else if (next === 'STOPPED') {
    task.stoppedAt = ctx.now;
    countsFor(world, task.deploymentId).draining--;
    retireTask(world, taskId);
  } else {
    scheduleAdvance(task, taskStatusDuration(next, ctx.random), ctx);
  }
  ctx.requestSync();
}

/**
 * Without a load balancer a task with no health check counts 40 s after RUNNING; behind one, when
 * its target turns healthy: healthyThresholdCount passing checks, one every interval (reference/
 * ecs.md §1.6–1.7; that the first check comes one interval after registration is inferred).
 */
function secondsUntilCountedHealthy(world: EcsWorld): number {
  const lb = world.loadBalancer;
  return lb ? lb.healthCheckIntervalSeconds * lb.healthyThresholdCount : NO_HEALTH_CHECK_GRACE_SECONDS;
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

export function markCountedHealthy(world: EcsWorld, taskId: string, ctx: SideContext): void {
  const task = world.tasks[taskId];
  if (!task || task.desiredStatus !== 'RUNNING' || task.lastStatus !== 'RUNNING') return;
  task.countsAsHealthy = true;
  countsFor(world, task.deploymentId).healthy++;
  ctx.requestSync();
}

// A retired id stays in liveTaskIds until the stale ids make up half of it: filtering 10,000 ids
// on every pass, or splicing one out per stopped task, would cost more than stepping over them.
function retireTask(world: EcsWorld, taskId: string): void {
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

