// Plain views of the ECS side shaped like `aws ecs describe-services` and `describe-tasks`
// (reference/ecs.md §10), built on demand for a frame. A task's view from the last snapshot is
// handed out again while the task is unchanged (viewCache.ts), so snapshots are read-only.

import type { Snapshot, TaskView } from '../types';
import { breakerView } from './circuitBreaker';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { ecsBounds } from './ecsSync';
import { liveTask } from './ecsTasks';
import { CLUSTER_ARN, taskArn } from './ids';
import { isPendingStatus } from './taskLifecycle';
import { containerInstanceArn, taskAttachments, viewCluster } from './clusterView';
import { createViewCache, type ViewCache } from '../viewCache';

/** Whether `view` still shows `task`, field for field. */
const shows = (view: TaskView, task: EcsTask, group: string) =>
  view.taskId === task.taskId &&
  view.taskDefinitionArn === task.taskDefinitionArn &&
  view.lastStatus === task.lastStatus &&
  view.desiredStatus === task.desiredStatus &&
  view.healthStatus === task.healthStatus &&
  view.countsAsHealthy === task.countsAsHealthy &&
  view.startedBy === task.deploymentId &&
  view.group === group &&
  view.createdAt === task.createdAt &&
  view.startedAt === task.startedAt &&
  view.stoppingAt === task.stoppingAt &&
  view.stoppedAt === task.stoppedAt &&
  view.stoppedReason === task.stoppedReason &&
  view.stopCode === task.stopCode &&
  // Copy-on-write (taskContainers.ts): the same array means the same containers.
  view.containers === task.containers &&
  view.launchType === task.launchType &&
  view.availabilityZone === task.availabilityZone &&
  view.capacityProviderName === task.capacityProvider &&
  view.placement === task.placement &&
  (task.eni === undefined ? view.attachments.length === 0 : view.attachments[0]?.details[1].value === task.eni.eniId) &&
  (view.containerInstanceArn === undefined) === (task.containerInstanceId === undefined);

// Optional fields are set one by one, in TaskView order: conditional spreads would build and
// copy a throwaway object per field.
function taskView(task: EcsTask, group: string, kept: TaskView | undefined): TaskView {
  if (kept !== undefined && shows(kept, task, group)) return kept;
  const view: TaskView = {
    taskArn: taskArn(task.taskId),
    taskId: task.taskId,
    taskDefinitionArn: task.taskDefinitionArn,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    healthStatus: task.healthStatus,
    countsAsHealthy: task.countsAsHealthy,
    startedBy: task.deploymentId,
    group,
    createdAt: task.createdAt,
    // Shared with the task: it is replaced, never edited, when a container changes.
    containers: task.containers,
    launchType: task.launchType,
    availabilityZone: task.availabilityZone,
    attachments: taskAttachments(task),
  };
  if (task.startedAt !== undefined) view.startedAt = task.startedAt;
  if (task.stoppingAt !== undefined) view.stoppingAt = task.stoppingAt;
  if (task.stoppedAt !== undefined) view.stoppedAt = task.stoppedAt;
  if (task.stoppedReason !== undefined) view.stoppedReason = task.stoppedReason;
  if (task.stopCode !== undefined) view.stopCode = task.stopCode;
  if (task.capacityProvider !== undefined) view.capacityProviderName = task.capacityProvider;
  if (task.containerInstanceId !== undefined) view.containerInstanceArn = containerInstanceArn(task.containerInstanceId);
  if (task.placement !== undefined) view.placement = task.placement;
  return view;
}

/** `cache` holds the last snapshot's task views and is updated to this one's. */
export function viewEcs(world: EcsWorld, cache: ViewCache = createViewCache()): Snapshot['ecs'] {
  const counts = new Map<string, { running: number; pending: number; alive: number }>();
  const live: EcsTask[] = [];
  for (const id of world.liveTaskIds) {
    const task = liveTask(world, id);
    if (task === undefined) continue;
    live.push(task);
    const c = counts.get(task.deploymentId) ?? { running: 0, pending: 0, alive: 0 };
    if (task.lastStatus === 'RUNNING') c.running++;
    else if (isPendingStatus(task.lastStatus)) c.pending++;
    if (task.desiredStatus === 'RUNNING') c.alive++;
    counts.set(task.deploymentId, c);
  }
  const primary = world.deployments[0];
  const group = `service:${world.serviceName}`;
  const deployments = world.deployments.map((d, i) => {
    const c = counts.get(d.id) ?? { running: 0, pending: 0, alive: 0 };
    return {
      id: d.id,
      status: d.status,
      taskDefinition: d.taskDefinitionArn,
      // PRIMARY wants the service's desiredCount; an older deployment wants what it still runs (inferred).
      desiredCount: i === 0 ? world.desiredCount : c.alive,
      pendingCount: c.pending,
      runningCount: c.running,
      failedTasks: d.failedTasks,
      rolloutState: d.rolloutState,
      rolloutStateReason: d.rolloutStateReason,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  });

  const views = new Map<string, TaskView>();
  const tasks = [...world.stoppedTaskIds.map((id) => world.tasks[id]), ...live].map((task) => {
    const view = taskView(task, group, cache.tasks.get(task.taskId));
    views.set(task.taskId, view);
    return view;
  });
  cache.tasks = views;
  return {
    service: {
      serviceName: world.serviceName,
      clusterArn: CLUSTER_ARN,
      status: 'ACTIVE',
      taskDefinition: primary?.taskDefinitionArn ?? '',
      desiredCount: world.desiredCount,
      runningCount: deployments.reduce((n, d) => n + d.runningCount, 0),
      pendingCount: deployments.reduce((n, d) => n + d.pendingCount, 0),
      deploymentConfiguration: structuredClone(world.deploymentConfiguration),
      healthCheckGracePeriodSeconds: world.healthCheckGracePeriodSeconds,
      loadBalancers: world.loadBalancer
        ? [{ targetGroupArn: world.loadBalancer.targetGroupArn, containerName: world.loadBalancer.containerName, containerPort: world.loadBalancer.containerPort }]
        : [],
      deployments,
      // Events never change once logged, so, like the Kubernetes side's, they are not copied.
      events: world.events.slice().reverse(),
    },
    tasks,
    taskDefinitions: world.taskDefinitions.map((td) => ({ ...td, containerDefinitions: td.containerDefinitions.map((c) => ({ ...c })) })),
    bounds: ecsBounds(world),
    circuitBreaker: breakerView(world.deploymentConfiguration.deploymentCircuitBreaker, world.breaker, world.desiredCount),
    cluster: viewCluster(world, cache),
  };
}
