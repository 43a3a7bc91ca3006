// `aws ecs describe-tasks --cluster <cluster> --tasks <id>` for one task, shaped like the CLI's
// output (reference/ecs.md §10.2): lastStatus and desiredStatus, the timestamps, and for a stopped
// task stoppedReason and stopCode; each container with lastStatus, exitCode (only once it has
// exited), reason and healthStatus. A task ECS no longer lists comes back under `failures` as
// MISSING. Fields the simulation does not model (attachments, ENIs, versions) are left out.

import type { TaskDefinitionView, TaskView } from '../../sim';
import { cliJson, compact } from './awsJson';
import { awsTimestamp } from './simClock';

const stamp = (seconds: number | undefined) => (seconds === undefined ? undefined : awsTimestamp(seconds));

export function describeTaskObject(task: TaskView, clusterArn: string, definition: TaskDefinitionView | undefined) {
  return compact({
    taskArn: task.taskArn,
    clusterArn,
    taskDefinitionArn: task.taskDefinitionArn,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    cpu: definition?.cpu,
    memory: definition?.memory,
    containers: task.containers.map((c) =>
      compact({
        taskArn: task.taskArn,
        name: c.name,
        image: c.image,
        lastStatus: c.lastStatus,
        exitCode: c.exitCode ?? undefined,
        reason: c.reason,
        healthStatus: c.healthStatus,
      }),
    ),
    startedBy: task.startedBy,
    createdAt: stamp(task.createdAt),
    startedAt: stamp(task.startedAt),
    stoppingAt: stamp(task.stoppingAt),
    stoppedAt: stamp(task.stoppedAt),
    stoppedReason: task.stoppedReason,
    stopCode: task.stopCode,
    group: task.group,
    launchType: 'FARGATE',
    healthStatus: task.healthStatus,
  });
}

/** The whole response for one task id; `task` undefined when ECS no longer has it. */
export function describeTasksJson(taskArn: string, task: TaskView | undefined, clusterArn: string, definition: TaskDefinitionView | undefined): string {
  if (task === undefined) return cliJson({ tasks: [], failures: [{ arn: taskArn, reason: 'MISSING' }] });
  return cliJson({ tasks: [describeTaskObject(task, clusterArn, definition)], failures: [] });
}

/** `arn:…:task/isomorph/<id>` for a task id, in the cluster's region and account. */
export function taskArnFor(clusterArn: string, taskId: string): string {
  const base = clusterArn.slice(0, clusterArn.indexOf(':cluster/'));
  const cluster = clusterArn.slice(clusterArn.indexOf(':cluster/') + ':cluster/'.length);
  return `${base}:task/${cluster}/${taskId}`;
}
