// The deployment circuit breaker (reference/ecs.md §2.1–2.2). It watches the latest deployment's
// failed tasks: "A task is considered a failure if the service scheduler can't launch the task,
// the task doesn't transition to a RUNNING state, or if it fails any of its defined health checks
// and is stopped. Once a service deployment has one or more successfully running tasks, the
// failed task count resets to zero and stops being evaluated." (API Deployment.failedTasks)
// "When the failure count equals the threshold, the deployment is marked as FAILED." (DG)

import type { CircuitBreakerView, DeploymentCircuitBreaker } from '../types';

export type BreakerStatus = 'MONITORING' | 'MONITORING_COMPLETE' | 'TRIGGERED';

/** The breaker's watch over one deployment: the latest one started by a deployment, not a rollback. */
export interface BreakerWatch {
  deploymentId: string;
  status: BreakerStatus;
  failureCount: number;
}

/** "The deployment circuit breaker has a minimum threshold of 3 and a maximum threshold of 200" (API ServiceDeploymentCircuitBreaker). */
export const BOUNDED_MINIMUM = 3;
export const BOUNDED_MAXIMUM = 200;

/**
 * The failure threshold (API ThresholdConfiguration, 2026): BOUNDED_PERCENT "multiplying value by
 * the latest service desired count, then clamping the result to a minimum of 3 and a maximum of
 * 200"; UNBOUNDED_PERCENT "without applying the 3-to-200 bounds"; COUNT "uses the integer provided
 * in value directly". The product is rounded up, as the 2023 Developer Guide's table did
 * ("25 → 13 (the value is rounded up)"); an unbounded threshold is at least 1 (inferred: 0 would
 * fail a deployment before any task did).
 * @example circuitBreakerThreshold({ thresholdConfiguration: { type: 'BOUNDED_PERCENT', value: 50 } }, 25) // → 13
 */
export function circuitBreakerThreshold(config: Pick<DeploymentCircuitBreaker, 'thresholdConfiguration'>, desiredCount: number): number {
  const { type, value } = config.thresholdConfiguration;
  if (type === 'COUNT') return value;
  const product = Math.ceil((value * desiredCount) / 100);
  return type === 'BOUNDED_PERCENT' ? Math.min(BOUNDED_MAXIMUM, Math.max(BOUNDED_MINIMUM, product)) : Math.max(1, product);
}

/** What a scheduler pass needs to know about the breaker. */
export interface BreakerVerdict {
  tripped: boolean;
  failedTasks: number;
  threshold: number;
  rollback: boolean;
  /** The last deployment that completed, to roll back to; null if there is none. */
  rollbackTo: string | null;
}

export const quietVerdict = (): BreakerVerdict => ({ tripped: false, failedTasks: 0, threshold: 0, rollback: false, rollbackTo: null });

/**
 * Whether the watched PRIMARY deployment has failed. The breaker only acts when it is on, only on
 * an IN_PROGRESS deployment it still monitors.
 */
export function breakerVerdict(
  config: DeploymentCircuitBreaker,
  watch: BreakerWatch,
  primary: { id: string; rolloutState: string } | undefined,
  desiredCount: number,
  lastCompletedId: string | null,
): BreakerVerdict {
  const threshold = circuitBreakerThreshold(config, desiredCount);
  const watching = primary !== undefined && watch.deploymentId === primary.id && watch.status === 'MONITORING' && primary.rolloutState === 'IN_PROGRESS';
  return {
    tripped: config.enable && watching && watch.failureCount >= threshold,
    failedTasks: watch.failureCount,
    threshold,
    rollback: config.rollback,
    rollbackTo: lastCompletedId !== null && lastCompletedId !== primary?.id ? lastCompletedId : null,
  };
}

/** Snapshot.ecs.circuitBreaker (API ServiceDeploymentCircuitBreaker). */
export function breakerView(config: DeploymentCircuitBreaker, watch: BreakerWatch, desiredCount: number): CircuitBreakerView {
  return {
    status: config.enable ? watch.status : 'DISABLED',
    failureCount: watch.failureCount,
    threshold: circuitBreakerThreshold(config, desiredCount),
  };
}

/**
 * The watch after a task of `deploymentId` failed (launch failure, or stopped after failing a
 * health check or exiting before it was ever counted healthy: the last is inferred, since a task
 * that exits after RUNNING "doesn't transition" to a healthy one; containers-roadmap #1206 reports
 * ECS once missing such tasks).
 */
export function afterTaskFailed(watch: BreakerWatch, deploymentId: string): BreakerWatch {
  if (watch.deploymentId !== deploymentId || watch.status !== 'MONITORING') return watch;
  return { ...watch, failureCount: watch.failureCount + 1 };
}

/**
 * The watch after a task of `deploymentId` was counted healthy: with resetOnHealthyTask "a task
 * that reaches a healthy state resets the failure count to 0" and the count "stops being
 * evaluated"; without it, "Amazon ECS does not reset the failure count" (API ThresholdConfiguration /
 * DeploymentCircuitBreaker) and keeps watching (inferred).
 */
export function afterTaskHealthy(watch: BreakerWatch, deploymentId: string, resetOnHealthyTask: boolean): BreakerWatch {
  if (watch.deploymentId !== deploymentId || watch.status !== 'MONITORING' || !resetOnHealthyTask) return watch;
  return { ...watch, failureCount: 0, status: 'MONITORING_COMPLETE' };
}
