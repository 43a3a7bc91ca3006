// The ECS side as the simulation drives it: create the service, handle task timers, apply the
// ECS API commands, and project describe-services / describe-tasks shaped views.

import type { SideContext } from '../clock/sideContext';
import type { Scenario, TaskDefinitionView } from '../types';
import { recordDeployment, recordOf } from './deploymentOutcomes';
import type { EcsDeployment, EcsWorld } from './ecsWorld';
import { createEcsCluster } from './ecsCluster';
import { evaluateManagedScaling, onInstanceRegistered } from './managedScaling';
import { addServiceEvent, newTask, serviceGroup, stopTasks } from './ecsTasks';
import { holdResources, planLaunch, releaseResources } from './taskCapacity';
import { stepScheduler } from './ecsSync';
import { STOPPED_BY_USER } from './faultPaths';
import { newDeploymentId, newTaskId, taskDefinitionArn } from './ids';
import { rolloutStateReason, steadyStateMessage } from './serviceEvents';
import { calmThrottle } from './serviceThrottle';
import { pendingContainers } from './taskContainers';
import { advanceTask, beginSteadyRun, failLaunch, onRunMoment } from './taskRun';

export function createEcsWorld(scenario: Scenario, ctx: SideContext): EcsWorld {
  const firstRevision = registerRevision([], scenario.taskDefinition, ctx.now);
  const world: EcsWorld = {
    serviceName: scenario.service.serviceName,
    loadBalancer: scenario.service.loadBalancer,
    newTargets: 0,
    desiredCount: scenario.service.desiredCount,
    deploymentConfiguration: structuredClone(scenario.service.deploymentConfiguration),
    healthCheckGracePeriodSeconds: scenario.service.healthCheckGracePeriodSeconds,
    taskDefinitions: [firstRevision],
    deployments: [],
    tasks: {},
    liveTaskIds: [],
    staleLiveTaskIds: 0,
    counts: {},
    stoppedTaskIds: [],
    events: [],
    lastWaitSummary: null,
    machine: { value: 'steady', context: { plan: null, outcome: null } },
    breaker: { deploymentId: '', status: 'MONITORING', failureCount: 0 },
    lastCompleted: null,
    throttle: calmThrottle(),
    unhealthyOwed: 0,
    history: [],
    stoppedByStopCode: {},
    cluster: createEcsCluster(scenario, ctx.random),
    unablePlaceEvents: 0,
    subnetExhausted: null,
  };
  const deployment = beginDeployment(world, firstRevision.taskDefinitionArn, ctx);
  if (scenario.start === 'steady') {
    // The service has already converged: the tasks its capacity holds are RUNNING and counted
    // healthy at t = 0; any its cluster cannot place are left to the scheduler's first pass.
    const counts = { alive: 0, healthy: 0, draining: 0, unhealthy: 0 };
    world.counts[deployment.id] = counts;
    const containers = pendingContainers(firstRevision);
    for (let i = 0; i < world.desiredCount; i++) {
      const plan = planLaunch(world.cluster, world.serviceName, firstRevision, ctx);
      if (plan.kind !== 'run') break;
      const taskId = newTaskId(ctx.random);
      const task = newTask({
        taskId,
        deploymentId: deployment.id,
        taskDefinitionArn: firstRevision.taskDefinitionArn,
        lastStatus: 'RUNNING',
        countsAsHealthy: true,
        createdAt: ctx.now,
        startedAt: ctx.now,
        containers,
      });
      if (holdResources(world.cluster, task, plan, firstRevision, serviceGroup(world)) !== null) {
        // No address for it: it was never running; undo what it held.
        releaseResources(world.cluster, task, firstRevision, serviceGroup(world));
        break;
      }
      world.tasks[taskId] = task;
      world.liveTaskIds.push(taskId);
      counts.alive++;
      counts.healthy++;
      beginSteadyRun(world, task, ctx);
    }
    if (counts.alive < world.desiredCount) ctx.requestSync();
    deployment.rolloutState = 'COMPLETED';
    deployment.rolloutStateReason = rolloutStateReason(deployment.id, 'COMPLETED');
    world.machine = { value: 'steady', context: { plan: null, outcome: null } };
    world.breaker = { deploymentId: deployment.id, status: 'MONITORING_COMPLETE', failureCount: 0 };
    world.lastCompleted = { id: deployment.id, taskDefinitionArn: deployment.taskDefinitionArn };
    recordOf(world, deployment.id)!.completedAt = ctx.now;
    addServiceEvent(world, steadyStateMessage(world.serviceName), ctx);
  } else {
    ctx.requestSync();
  }
  return world;
}

/** Registers `family:N+1`; revisions are immutable once registered. */
export function registerRevision(
  existing: readonly TaskDefinitionView[],
  definition: Omit<TaskDefinitionView, 'taskDefinitionArn' | 'revision' | 'registeredAt'>,
  now: number,
): TaskDefinitionView {
  const { family } = definition;
  const revision = 1 + existing.filter((td) => td.family === family).reduce((max, td) => Math.max(max, td.revision), 0);
  return {
    ...definition,
    taskDefinitionArn: taskDefinitionArn(family, revision),
    revision,
    containerDefinitions: definition.containerDefinitions.map((c) => ({ ...c, essential: c.essential ?? true })),
    registeredAt: now,
  };
}

/**
 * A new PRIMARY deployment; the previous PRIMARY becomes ACTIVE until its tasks are gone. The
 * circuit breaker watches the new one, and the service throttle calms: "If you update your service
 * to use a new task definition, your service returns to a normal, non-throttled state immediately"
 * (reference/ecs.md §1.8; Isomorph calms it for forceNewDeployment too, inferred).
 */
export function beginDeployment(world: EcsWorld, taskDefinitionArn: string, ctx: SideContext): EcsDeployment {
  for (const d of world.deployments) d.status = 'ACTIVE';
  const id = newDeploymentId(ctx.random);
  const deployment: EcsDeployment = {
    id,
    status: 'PRIMARY',
    taskDefinitionArn,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: rolloutStateReason(id, 'IN_PROGRESS'),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  world.deployments.unshift(deployment);
  world.breaker = { deploymentId: id, status: 'MONITORING', failureCount: 0 };
  world.throttle = calmThrottle();
  world.unhealthyOwed = 0;
  recordDeployment(world, deployment);
  stepScheduler(world, { type: 'service.deploymentStarted' });
  ctx.requestSync();
  return deployment;
}

export function onEcsTimer(world: EcsWorld, kind: string, taskId: string, ctx: SideContext): void {
  if (kind === 'task.advance') advanceTask(world, taskId, ctx);
  else if (kind === 'task.run') onRunMoment(world, taskId, ctx);
  else if (kind === 'task.launchFailed') failLaunch(world, taskId, ctx);
  else if (kind === 'service.throttleElapsed') ctx.requestSync();
  else if (kind === 'cluster.managedScaling') evaluateManagedScaling(world, ctx);
  else if (kind === 'cluster.instanceRegistered') onInstanceRegistered(world, taskId, ctx);
}

/** StopTask: the task stops with stopCode UserInitiated; the scheduler replaces it at its next pass. */
/** `stopped` is false for a task already on its way to STOPPED: StopTask then changes nothing. */
export function stopTaskByUser(
  world: EcsWorld,
  task: string,
  reason: string | undefined,
  ctx: SideContext,
): { ok: true; taskId: string; stopped: boolean } | { ok: false; error: string } {
  const taskId = task.slice(task.lastIndexOf('/') + 1);
  const found = world.tasks[taskId];
  if (!found) return { ok: false, error: `InvalidParameterException: The referenced task was not found.` };
  const stopped = found.desiredStatus === 'RUNNING';
  // "Task stopped by user" is the console's default reason when none is given (inferred).
  if (stopped) stopTasks(world, [taskId], reason ?? STOPPED_BY_USER, 'UserInitiated', ctx);
  return { ok: true, taskId, stopped };
}
