// Service event messages in ECS's own wording (developerguide/service-event-messages.html and
// real describe-services output; reference/ecs.md §4.1–4.2). Modern messages start with
// "(service name)"; task ids are listed as "(task id)" separated by spaces, and ECS says
// "1 tasks" for one.

/**
 * ECS lists the tasks of one start or stop in one event. How many ids it lists before splitting
 * is not documented; Isomorph splits every 10 (inferred) so a 1,000-task rollout stays readable.
 */
export const TASK_IDS_PER_EVENT = 10;

const taskList = (taskIds: readonly string[]) => taskIds.map((id) => `(task ${id})`).join(' ');

/**
 * `replacedUnhealthy` adds the sentence of a REAL replacement event: "(service X) has started 1
 * tasks: (task …). Amazon ECS replaced 1 tasks due to an unhealthy status." (ecs.md §4.1)
 */
export function startedTasksMessage(service: string, taskIds: readonly string[], replacedUnhealthy = 0): string {
  const replaced = replacedUnhealthy > 0 ? ` Amazon ECS replaced ${replacedUnhealthy} tasks due to an unhealthy status.` : '';
  return `(service ${service}) has started ${taskIds.length} tasks: ${taskList(taskIds)}.${replaced}`;
}

export function stoppedTasksMessage(service: string, taskIds: readonly string[]): string {
  return `(service ${service}) has stopped ${taskIds.length} running tasks: ${taskList(taskIds)}.`;
}

// Target-group events have no trailing period, and the draining event names the task set by the
// old deployment's id (real output, reference/ecs.md §1.5, §4.1).
export function registeredTargetsMessage(service: string, count: number, targetGroupArn: string): string {
  return `(service ${service}) registered ${count} targets in (target-group ${targetGroupArn})`;
}

export function deregisteredTargetsMessage(service: string, count: number, targetGroupArn: string): string {
  return `(service ${service}) deregistered ${count} targets in (target-group ${targetGroupArn})`;
}

export function drainingConnectionsMessage(service: string, deploymentId: string, count: number): string {
  return `(service ${service}, taskSet ${deploymentId}) has begun draining connections on ${count} tasks.`;
}

export function deploymentCompletedMessage(service: string, deploymentId: string): string {
  return `(service ${service}) (deployment ${deploymentId}) deployment completed.`;
}

export function steadyStateMessage(service: string): string {
  return `(service ${service}) has reached a steady state.`;
}

/**
 * The event for a deployment configuration that can neither start nor stop a task (reference/
 * ecs.md §1.4), in the modern "(service name)" form the other events use (§4).
 */
export function unableToStopOrStartMessage(service: string): string {
  return `(service ${service}) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.`;
}

/** REAL: "(service devops-g3-inventory) (task 60a7…) failed container health checks." (ecs.md §4.1) */
export function failedContainerHealthChecksMessage(service: string, taskId: string): string {
  return `(service ${service}) (task ${taskId}) failed container health checks.`;
}

/**
 * The Fargate target-group form (EVT-now, service-unhealthy-event-messages; ecs.md §4.2), with the
 * target group named by ARN and a trailing period as in a real event (aws/copilot-cli#3772).
 * Reasons seen in real events: "Health checks failed", "Health checks failed with these codes: [503]",
 * "Request timed out".
 */
export function unhealthyTargetMessage(service: string, taskId: string, port: number, targetGroupArn: string, reason: string): string {
  return `(service ${service}) (task ${taskId}) (port ${port}) is unhealthy in (target-group ${targetGroupArn}) due to (reason ${reason}).`;
}

/** REAL: "(service X) (deployment ecs-svc/…) deployment failed: tasks failed to start." (ecs.md §4.1) */
export function deploymentFailedMessage(service: string, deploymentId: string): string {
  return `(service ${service}) (deployment ${deploymentId}) deployment failed: tasks failed to start.`;
}

/** REAL: "(service X) rolling back to deployment ecs-svc/….", logged 1 ms after the failure (ecs.md §4.1). */
export function rollingBackMessage(service: string, deploymentId: string): string {
  return `(service ${service}) rolling back to deployment ${deploymentId}.`;
}

/** The service throttle's event (Developer Guide, service-throttle-logic; ecs.md §1.8). */
export function unableToConsistentlyStartMessage(service: string): string {
  return `(service ${service}) is unable to consistently start tasks successfully.`;
}

/**
 * rolloutStateReason strings as describe-services shows them (reference/ecs.md §2.1); FAILED is
 * the REAL circuit-breaker reason (aws/containers-roadmap#1488).
 */
export function rolloutStateReason(deploymentId: string, state: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'): string {
  if (state === 'FAILED') return 'ECS deployment circuit breaker: tasks failed to start.';
  return state === 'COMPLETED' ? `ECS deployment ${deploymentId} completed.` : `ECS deployment ${deploymentId} in progress.`;
}

/** stoppedReason of a task the scheduler stopped during a deployment (REAL trace, reference/ecs.md §1.5). */
export function scalingActivityReason(deploymentId: string): string {
  return `Scaling activity initiated by (deployment ${deploymentId})`;
}

/** Splits task ids into the groups that each become one event. */
export function chunkTaskIds(taskIds: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < taskIds.length; i += TASK_IDS_PER_EVENT) chunks.push(taskIds.slice(i, i + TASK_IDS_PER_EVENT));
  return chunks;
}
