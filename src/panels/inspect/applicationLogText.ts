// The application's own output, where each platform keeps it: CloudWatch Logs through the awslogs
// driver on ECS (`aws logs tail`), the kubelet's container log on Kubernetes (`kubectl logs`, and
// `--previous` for the run before a restart). The lines come from the simulation's
// applicationLogs(); only the identity differs: the task role on ECS, the node role on EKS
// without IRSA (reference/ecs.md §9).

import { applicationLogs } from '../../sim';
import type { ContainerStateView, Fault, PodContainerView, TaskContainerView, TaskDefinitionView, TaskView } from '../../sim';
import { logTimestamp } from './simClock';

/** The awslogs configuration a task definition made with the console's defaults would carry. */
export const logGroupOf = (family: string) => `/ecs/${family}`;
/** awslogs-stream-prefix "ecs": `ecs/<container name>/<task id>`. */
export const logStreamOf = (container: string, taskId: string) => `ecs/${container}/${taskId}`;

/** The fault a task definition's container simulates (Isomorph's `simulate.fault`). */
export function faultOf(definition: TaskDefinitionView | undefined, container: string): Fault {
  return definition?.containerDefinitions.find((c) => c.name === container)?.simulate?.fault ?? 'healthy';
}

/** The task definition revision that runs `image` in container `name` (a pod's template came from it). */
export function definitionForImage(definitions: readonly TaskDefinitionView[], name: string, image: string): TaskDefinitionView | undefined {
  return definitions.find((d) => d.containerDefinitions.some((c) => c.name === name && c.image === image));
}

export interface TaskLogInput {
  task: TaskView;
  container: TaskContainerView;
  definition: TaskDefinitionView | undefined;
  now: number;
}

/** `aws logs tail` lines: `<timestamp> <stream> <message>`; null when the stream was never created. */
export function cloudWatchLines({ task, container, definition, now }: TaskLogInput): string[] | null {
  if (task.startedAt === undefined) return null;
  const finished = container.lastStatus === 'STOPPED' ? (task.stoppingAt ?? task.stoppedAt ?? now) : null;
  const stream = logStreamOf(container.name, task.taskId);
  const lines = applicationLogs({
    platform: 'ecs',
    fault: faultOf(definition, container.name),
    containerName: container.name,
    image: container.image,
    startedAt: task.startedAt,
    finishedAt: finished,
    now,
    roleArn: definition?.taskRoleArn ?? '',
    id: task.taskId,
  });
  return lines.map((line) => `${logTimestamp(line.timestamp)} ${stream} ${line.message}`);
}

/** The run a container state describes: when it started and ended. */
function runOf(state: ContainerStateView | null): { startedAt: number; finishedAt: number | null } | null {
  if (state === null || 'waiting' in state) return null;
  if ('running' in state) return { startedAt: state.running.startedAt, finishedAt: null };
  return { startedAt: state.terminated.startedAt, finishedAt: state.terminated.finishedAt };
}

export interface PodLogInput {
  podName: string;
  container: PodContainerView;
  fault: Fault;
  roleArn: string;
  now: number;
  previous: boolean;
}

/**
 * What `kubectl logs <pod> [--previous]` prints, following the kubelet's validateContainerLogStatus:
 * --previous reads the last terminated run; otherwise the running run, else the last terminated
 * one (a container in CrashLoopBackOff still has it), else the API server's BadRequest error.
 */
export function kubectlLogLines({ podName, container, fault, roleArn, now, previous }: PodLogInput): string[] {
  const lastRun = container.lastState !== null && 'terminated' in container.lastState ? runOf(container.lastState) : null;
  const run = previous ? lastRun : (runOf(container.state) ?? lastRun);
  if (run === null) {
    const prefix = 'Error from server (BadRequest): ';
    if (previous) return [`${prefix}previous terminated container "${container.name}" in pod "${podName}" not found`];
    const reason = 'waiting' in container.state ? container.state.waiting.reason : 'ContainerCreating';
    const why = reason === 'ErrImagePull' ? "image can't be pulled" : reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason;
    return [`${prefix}container "${container.name}" in pod "${podName}" is waiting to start: ${why}`];
  }
  const lines = applicationLogs({ platform: 'k8s', fault, containerName: container.name, image: container.image, startedAt: run.startedAt, finishedAt: run.finishedAt, now, roleArn, id: podName });
  return lines.map((line) => line.message);
}

/** The node role EKS nodes run as: the identity a pod's SDK calls fall back to without IRSA. */
export function nodeRoleArn(taskRoleArn: string): string {
  const account = /^arn:aws:iam::(\d{12}):/.exec(taskRoleArn)?.[1] ?? '123456789012';
  return `arn:aws:iam::${account}:role/eksNodeRole`;
}
