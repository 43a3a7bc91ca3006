// How a deployment ends: COMPLETED, FAILED by the circuit breaker, or FAILED and rolled back to the
// last deployment that completed. Each writes the deployment's fields, its service events and the
// run's deployment history.

import type { SideContext } from '../clock/sideContext';
import type { DeploymentRecordStat } from '../types';
import type { EcsDeployment, EcsWorld } from './ecsWorld';
import { addServiceEvent } from './ecsTasks';
import { deploymentCompletedMessage, deploymentFailedMessage, rollingBackMessage, rolloutStateReason, steadyStateMessage } from './serviceEvents';
import { calmThrottle } from './serviceThrottle';

/** The history entry of `deploymentId` (the newest, should an id ever repeat). */
export function recordOf(world: EcsWorld, deploymentId: string): DeploymentRecordStat | undefined {
  for (let i = world.history.length - 1; i >= 0; i--) if (world.history[i].id === deploymentId) return world.history[i];
  return undefined;
}

export function recordDeployment(world: EcsWorld, deployment: EcsDeployment): void {
  world.history.push({ id: deployment.id, taskDefinitionArn: deployment.taskDefinitionArn, createdAt: deployment.createdAt, completedAt: null, failedAt: null, rolledBackTo: null });
}

/**
 * "When the service reaches a steady state, the deployment transitions to a COMPLETED state."
 * (API Deployment.rolloutState) It becomes what a later failure rolls back to, and the breaker
 * stops watching it. A rolled-back-to deployment completes again; its completedAt is the latest.
 */
export function completeDeployment(world: EcsWorld, deployment: EcsDeployment, ctx: SideContext): void {
  deployment.rolloutState = 'COMPLETED';
  deployment.rolloutStateReason = rolloutStateReason(deployment.id, 'COMPLETED');
  deployment.updatedAt = ctx.now;
  world.lastCompleted = { id: deployment.id, taskDefinitionArn: deployment.taskDefinitionArn };
  if (world.breaker.deploymentId === deployment.id && world.breaker.status === 'MONITORING') world.breaker = { ...world.breaker, status: 'MONITORING_COMPLETE' };
  const record = recordOf(world, deployment.id);
  if (record) record.completedAt = ctx.now;
  addServiceEvent(world, deploymentCompletedMessage(world.serviceName, deployment.id), ctx);
  addServiceEvent(world, steadyStateMessage(world.serviceName), ctx);
}

/**
 * The circuit breaker fails the PRIMARY deployment: rolloutState FAILED, "ECS deployment circuit
 * breaker: tasks failed to start.", and the REAL event "(deployment …) deployment failed: tasks
 * failed to start." (reference/ecs.md §2.1, §4.1).
 */
export function failDeployment(world: EcsWorld, ctx: SideContext): void {
  const failed = world.deployments[0];
  if (!failed) return;
  failed.rolloutState = 'FAILED';
  failed.rolloutStateReason = rolloutStateReason(failed.id, 'FAILED');
  failed.updatedAt = ctx.now;
  if (world.breaker.deploymentId === failed.id) world.breaker = { ...world.breaker, status: 'TRIGGERED' };
  const record = recordOf(world, failed.id);
  if (record) record.failedAt = ctx.now;
  addServiceEvent(world, deploymentFailedMessage(world.serviceName, failed.id), ctx);
}

/**
 * "If rollback is on, when a service deployment fails, the service is rolled back to the last
 * deployment that completed successfully." (API DeploymentCircuitBreaker; reference/ecs.md §2.2)
 * Inferred: that deployment becomes PRIMARY again under its own id (the REAL event names it:
 * "rolling back to deployment ecs-svc/…"), IN_PROGRESS until it runs desiredCount healthy tasks,
 * so its tasks that still run keep running; the failed deployment turns ACTIVE and its tasks are
 * stopped like any older deployment's. If it had already drained away, it comes back with no tasks.
 * The breaker does not watch a rollback (inferred), and the throttle calms, as for a new task definition.
 */
export function rollBack(world: EcsWorld, targetId: string, ctx: SideContext): void {
  const failed = world.deployments[0];
  const known = world.deployments.find((d) => d.id === targetId);
  const taskDefinitionArn = known?.taskDefinitionArn ?? world.lastCompleted?.taskDefinitionArn;
  if (!failed || taskDefinitionArn === undefined) return;
  const target: EcsDeployment = known ?? {
    id: targetId,
    status: 'PRIMARY',
    taskDefinitionArn,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: '',
    createdAt: recordOf(world, targetId)?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  for (const d of world.deployments) d.status = 'ACTIVE';
  world.deployments = [target, ...world.deployments.filter((d) => d !== target)];
  target.status = 'PRIMARY';
  target.failedTasks = 0;
  target.rolloutState = 'IN_PROGRESS';
  target.rolloutStateReason = rolloutStateReason(target.id, 'IN_PROGRESS');
  target.updatedAt = ctx.now;
  const record = recordOf(world, failed.id);
  if (record) record.rolledBackTo = target.id;
  world.throttle = calmThrottle();
  world.unhealthyOwed = 0;
  addServiceEvent(world, rollingBackMessage(world.serviceName, target.id), ctx);
  ctx.requestSync();
}
