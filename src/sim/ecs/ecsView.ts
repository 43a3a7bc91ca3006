// Plain views of the ECS side shaped like `aws ecs describe-services` and `describe-tasks`
// (reference/ecs.md §10). Built on demand for a frame; nothing here is kept.

import type { Snapshot, TaskView } from '../types';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { ecsBounds } from './ecsSync';
import { CLUSTER_ARN, taskArn } from './ids';
import { isPendingStatus } from './taskLifecycle';

function taskView(world: EcsWorld, task: EcsTask): TaskView {
  return {
    taskArn: taskArn(task.taskId),
    taskId: task.taskId,
    taskDefinitionArn: task.taskDefinitionArn,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    healthStatus: task.healthStatus,
    countsAsHealthy: task.countsAsHealthy,
    startedBy: task.deploymentId,
    group: `service:${world.serviceName}`,
    createdAt: task.createdAt,
    ...(task.startedAt !== undefined && { startedAt: task.startedAt }),
    ...(task.stoppingAt !== undefined && { stoppingAt: task.stoppingAt }),
    ...(task.stoppedAt !== undefined && { stoppedAt: task.stoppedAt }),
    ...(task.stoppedReason !== undefined && { stoppedReason: task.stoppedReason }),
    ...(task.stopCode !== undefined && { stopCode: task.stopCode }),
  };
}

export function viewEcs(world: EcsWorld): Snapshot['ecs'] {
  const counts = new Map<string, { running: number; pending: number; alive: number }>();
  for (const id of world.liveTaskIds) {
    const task = world.tasks[id];
    if (task.lastStatus === 'STOPPED') continue;
    const c = counts.get(task.deploymentId) ?? { running: 0, pending: 0, alive: 0 };
    if (task.lastStatus === 'RUNNING') c.running++;
    else if (isPendingStatus(task.lastStatus)) c.pending++;
    if (task.desiredStatus === 'RUNNING') c.alive++;
    counts.set(task.deploymentId, c);
  }
  const primary = world.deployments[0];
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
  const liveIds = world.liveTaskIds.filter((id) => world.tasks[id].lastStatus !== 'STOPPED');
  const taskIds = [...world.stoppedTaskIds, ...liveIds];
  return {
    service: {
      serviceName: world.serviceName,
      clusterArn: CLUSTER_ARN,
      status: 'ACTIVE',
      taskDefinition: primary?.taskDefinitionArn ?? '',
      desiredCount: world.desiredCount,
      runningCount: deployments.reduce((n, d) => n + d.runningCount, 0),
      pendingCount: deployments.reduce((n, d) => n + d.pendingCount, 0),
      deploymentConfiguration: { ...world.deploymentConfiguration },
      deployments,
      events: world.events.slice().reverse().map((e) => ({ ...e })),
    },
    tasks: taskIds.map((id) => taskView(world, world.tasks[id])),
    taskDefinitions: world.taskDefinitions.map((td) => ({ ...td, containerDefinitions: td.containerDefinitions.map((c) => ({ ...c })) })),
    bounds: ecsBounds(world),
  };
}
