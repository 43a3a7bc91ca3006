// A task's own life on the event queue: its lastStatus steps, a launch that fails in PENDING, and
// while RUNNING the moments of its plan (taskRunPlan.ts): containers exiting, health checks
// flipping, being counted healthy or judged unhealthy, a Spot interruption. A healthy task needs
// one timer after RUNNING (when it is counted healthy), then none.

import { jitter } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import { afterTaskHealthy } from './circuitBreaker';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { addServiceEvent, countsFor, retireTask, revisionOf, scheduleAdvance, serviceGroup, stopTasks } from './ecsTasks';
import { releaseResources } from './taskCapacity';
import { cannotPullContainerReason, ESSENTIAL_CONTAINER_EXITED, launchFailureOf, runsOnSpot, SPOT_INTERRUPTED, SPOT_INTERRUPTION_AFTER, SPOT_WARNING_SECONDS } from './faultPaths';
import { statusAt, taskHealthStatus } from './healthChecks';
import { afterFailedLaunch, calmThrottle } from './serviceThrottle';
import { unableToConsistentlyStartMessage } from './serviceEvents';
import { setContainerHealth, startContainers, stopContainers, withContainer } from './taskContainers';
import { nextTaskStatus, taskStatusDuration } from './taskLifecycle';
import { nextMoment, planTaskRun } from './taskRunPlan';

const isDue = (at: number | undefined, ctx: SideContext) => at !== undefined && Math.abs(at - ctx.now) <= 1e-6;

/** A task's timer fired: move it one status along its path. */
export function advanceTask(world: EcsWorld, taskId: string, ctx: SideContext): void {
  const task = world.tasks[taskId];
  // A task stopped while launching still has its launch timer queued; only the latest one counts.
  if (!task || !isDue(task.nextAdvanceAt, ctx)) return;
  const next = nextTaskStatus(task.lastStatus);
  if (!next) return;
  task.lastStatus = next;
  if (next === 'RUNNING') {
    task.startedAt = ctx.now;
    if (world.loadBalancer) world.newTargets++;
    // "Tasks that are stopped after they reach the RUNNING state don't start the throttle logic";
    // Isomorph also lets a task that starts end a throttle episode (inferred).
    if (world.throttle.level > 0) world.throttle = calmThrottle();
    beginRun(world, task, ctx);
  } else if (next === 'PENDING') {
    const failure = task.desiredStatus === 'RUNNING' ? launchFailureOf(revisionOf(world, task.taskDefinitionArn), taskId, ctx.random) : null;
    if (failure) {
      task.launchFailure = failure;
      scheduleAdvance(task, failure.after, ctx, 'task.launchFailed');
    } else scheduleAdvance(task, taskStatusDuration(next, ctx.random), ctx);
  } else if (next === 'DEPROVISIONING') {
    task.containers = stopContainers(task.containers, task.startedAt !== undefined);
    scheduleAdvance(task, taskStatusDuration(next, ctx.random), ctx);
  } else if (next === 'STOPPED') {
    task.stoppedAt = ctx.now;
    // "When the task stops … the task ENI is detached and deleted" (DG task-networking-awsvpc.html),
    // and the instance's CPU and memory are free for the next task.
    releaseResources(world.cluster, task, revisionOf(world, task.taskDefinitionArn), serviceGroup(world));
    countsFor(world, task.deploymentId).draining--;
    if (task.stopCode) world.stoppedByStopCode[task.stopCode] = (world.stoppedByStopCode[task.stopCode] ?? 0) + 1;
    task.run = undefined;
    retireTask(world, taskId);
  } else {
    scheduleAdvance(task, taskStatusDuration(next, ctx.random), ctx);
  }
  ctx.requestSync();
}

/**
 * The launch fails in PENDING: the task goes PENDING → STOPPING → DEPROVISIONING → STOPPED with
 * stopCode TaskFailedToStart, its containers STOPPED with no exit code (REAL, reference/ecs.md
 * §5.3), and the service throttle takes note.
 */
export function failLaunch(world: EcsWorld, taskId: string, ctx: SideContext): void {
  const task = world.tasks[taskId];
  const failure = task?.launchFailure;
  if (!task || !failure || !isDue(task.nextAdvanceAt, ctx) || task.desiredStatus !== 'RUNNING') return;
  task.containers = task.containers.map((c, i) => {
    const reason = failure.containerReasons[i];
    return { ...c, lastStatus: 'STOPPED', exitCode: null, ...(reason !== undefined && { reason }) };
  });
  stopTasks(world, [taskId], failure.stoppedReason, 'TaskFailedToStart', ctx, { failure: true, failedToStart: true });
  const { throttle, wait, announce } = afterFailedLaunch(world.throttle, task.createdAt, ctx.now);
  world.throttle = throttle;
  if (announce) addServiceEvent(world, unableToConsistentlyStartMessage(world.serviceName), ctx);
  if (wait > 0) ctx.after(wait, 'service.throttleElapsed', '');
}

/** The task reached RUNNING: its containers start and its plan is worked out. */
function beginRun(world: EcsWorld, task: EcsTask, ctx: SideContext, settled = false): void {
  const definition = revisionOf(world, task.taskDefinitionArn);
  task.containers = startContainers(task.containers);
  // A non-essential container whose image cannot be pulled stays behind on its own (inferred).
  const containers = definition.containerDefinitions;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (c.essential === false && c.simulate?.fault === 'image-pull-error') {
      task.containers = withContainer(task.containers, i, { lastStatus: 'STOPPED', exitCode: null, reason: cannotPullContainerReason(c.image) });
    }
  }
  const interruptAfter = runsOnSpot(definition) ? jitter(ctx.random, SPOT_INTERRUPTION_AFTER[0], SPOT_INTERRUPTION_AFTER[1]) : null;
  task.run = planTaskRun({
    taskId: task.taskId,
    startedAt: ctx.now,
    containers: definition.containerDefinitions,
    loadBalancer: world.loadBalancer,
    healthCheckGracePeriodSeconds: world.healthCheckGracePeriodSeconds,
    interruptAfter,
    settled,
  });
  refreshHealth(task, ctx.now);
  scheduleNextMoment(task, ctx);
}

/**
 * A task of a service that is already steady at t = 0: RUNNING and counted healthy, its checks
 * passed if its app answers; its plan runs from now, so exits and Spot interruptions still come.
 */
export function beginSteadyRun(world: EcsWorld, task: EcsTask, ctx: SideContext): void {
  task.healthyAt = ctx.now;
  beginRun(world, task, ctx, true);
}

function scheduleNextMoment(task: EcsTask, ctx: SideContext): void {
  const at = task.run ? nextMoment(task.run, ctx.now) : Infinity;
  if (at === Infinity) {
    // Nothing more will happen to it: drop the plan, so a healthy task costs nothing from here on.
    // (Assigned, not deleted: deleting properties slows every later access to the object.)
    task.run = undefined;
    task.nextRunAt = undefined;
    return;
  }
  task.nextRunAt = at;
  ctx.after(Math.round((at - ctx.now) * 1000) / 1000, 'task.run', task.taskId);
}

/** Container health and task healthStatus as the plan says they are at `now`. */
function refreshHealth(task: EcsTask, now: number): void {
  const run = task.run;
  if (!run) return;
  let containers = task.containers;
  let checked = false;
  for (let i = 0; i < run.containers.length; i++) {
    const check = run.containers[i].check;
    if (check === null) continue;
    checked = true;
    containers = setContainerHealth(containers, i, statusAt(check, now));
  }
  if (!checked) return;
  task.containers = containers;
  task.healthStatus = taskHealthStatus(containers.map((c, i) => ({ essential: c.essential, checked: run.containers[i].check !== null, healthStatus: c.healthStatus })));
}

/** One moment of a RUNNING task's plan. */
export function onRunMoment(world: EcsWorld, taskId: string, ctx: SideContext): void {
  const task = world.tasks[taskId];
  if (!task || !task.run || !isDue(task.nextRunAt, ctx) || task.desiredStatus !== 'RUNNING' || task.lastStatus !== 'RUNNING') return;
  const run = task.run;
  const now = ctx.now;

  let essentialExited = false;
  for (let i = 0; i < run.containers.length; i++) {
    const c = run.containers[i];
    if (c.exitAt > now || task.containers[i].lastStatus !== 'RUNNING') continue;
    task.containers = withContainer(task.containers, i, { lastStatus: 'STOPPED', exitCode: c.exitCode, ...(c.exitReason !== undefined && { reason: c.exitReason }) });
    essentialExited ||= task.containers[i].essential;
  }
  refreshHealth(task, now);

  if (essentialExited) {
    // "If the essential parameter of a container is marked as true and that container fails or
    // stops for any reason, then all other containers that are part of that task are stopped."
    // (Knowledge Center ecs-task-stopped; reference/ecs.md §5.2)
    stopTasks(world, [taskId], ESSENTIAL_CONTAINER_EXITED, 'EssentialContainerExited', ctx, { failure: true });
    return;
  }
  if (run.interruptAt <= now) {
    // The notice's stopCode is TerminationNotice (Developer Guide example); the app gets SIGTERM
    // and Fargate reclaims the task two minutes later, so draining cannot outlast that.
    stopTasks(world, [taskId], SPOT_INTERRUPTED, 'TerminationNotice', ctx, { drainCapSeconds: SPOT_WARNING_SECONDS });
    return;
  }
  if (task.unhealthy === undefined && run.unhealthyAt <= now) judgeUnhealthy(world, task, run.unhealthyBy ?? 'container', ctx);
  else if (!task.countsAsHealthy && task.unhealthy === undefined && run.countedAt <= now) countHealthy(world, task, ctx);
  scheduleNextMoment(task, ctx);
}

/** The service scheduler counts the task toward minimumHealthyPercent (reference/ecs.md §1.6). */
function countHealthy(world: EcsWorld, task: EcsTask, ctx: SideContext): void {
  task.countsAsHealthy = true;
  task.healthyAt ??= ctx.now;
  countsFor(world, task.deploymentId).healthy++;
  const resetOnHealthyTask = world.deploymentConfiguration.deploymentCircuitBreaker.resetOnHealthyTask;
  const watch = afterTaskHealthy(world.breaker, task.deploymentId, resetOnHealthyTask);
  if (watch !== world.breaker) {
    world.breaker = watch;
    const deployment = world.deployments.find((d) => d.id === watch.deploymentId);
    if (deployment) deployment.failedTasks = watch.failureCount;
  }
  ctx.requestSync();
}

/**
 * "For tasks that are part of a service, if the task reports as unhealthy then the task will be
 * stopped and the service scheduler will replace it." (API HealthCheck; reference/ecs.md §1.6)
 * The scheduler does both at its next pass (planRollingStep.ts).
 */
function judgeUnhealthy(world: EcsWorld, task: EcsTask, by: 'container' | 'target', ctx: SideContext): void {
  const counts = countsFor(world, task.deploymentId);
  if (task.countsAsHealthy) counts.healthy--;
  task.countsAsHealthy = false;
  task.unhealthy = by;
  counts.unhealthy++;
  ctx.requestSync();
}
