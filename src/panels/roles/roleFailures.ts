// Which IAM role a fault breaks, and where that shows (reference/ecs.md §9): the execution role is
// used by ECS (the Fargate agent) before the container runs, so the task never starts; the task
// role is what the application's AWS SDK runs as, so the task runs and the application logs
// AccessDenied. On EKS the kubelet pulls images with the node role, and without IRSA the
// application's calls run as the node role too.

import type { ContainerDefinition, Fault, PodView, TaskDefinitionView, TaskView } from '../../sim';

export type BrokenRole = 'execution' | 'task';

export function brokenRole(fault: Fault): BrokenRole | null {
  if (fault === 'missing-execution-role-permission') return 'execution';
  if (fault === 'missing-task-role-permission') return 'task';
  return null;
}

/**
 * Whether the revision has already failed where the learner can see it: a task of it has STOPPED
 * on its own (the scheduler and StopTask stop healthy tasks too). The diagram names the denied call
 * only then, as the learner would find it in describe-tasks or the logs, never from the setup.
 */
export function revisionFailureSeen(tasks: readonly TaskView[], taskDefinitionArn: string): boolean {
  return tasks.some(
    (t) => t.taskDefinitionArn === taskDefinitionArn && t.lastStatus === 'STOPPED' && (t.stopCode === 'TaskFailedToStart' || t.stopCode === 'EssentialContainerExited'),
  );
}

/** The Kubernetes side: a pod of that image has restarted or is stuck pulling it. */
export function podFailureSeen(pods: readonly PodView[], image: string): boolean {
  return pods.some((p) => p.containers.some((c) => c.image === image) && (p.restarts > 0 || /ErrImagePull|ImagePullBackOff/.test(p.status)));
}

/** The fault a task definition's first essential container simulates (nextRevision.ts puts it there). */
export function faultOfDefinition(containers: readonly ContainerDefinition[]): Fault {
  return (containers.find((c) => c.essential !== false) ?? containers[0])?.simulate?.fault ?? 'healthy';
}

/** `arn:aws:iam::123456789012:role/ecsTaskExecutionRole` → `ecsTaskExecutionRole` (a path kept: `role/a/b` → `a/b`). */
export const roleName = (arn: string) => arn.slice(arn.indexOf(':role/') + ':role/'.length);

/** The Kubernetes pods run the revision whose image their template has. */
export function definitionWithImage(definitions: readonly TaskDefinitionView[], image: string | null): TaskDefinitionView | undefined {
  if (image === null) return undefined;
  return definitions.find((d) => d.containerDefinitions.some((c) => c.image === image));
}
