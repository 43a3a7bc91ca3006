// A task's lastStatus path and how long each step takes. The order is ECS's own
// (developerguide/task-lifecycle.html; reference/ecs.md §3). ECS does not publish durations:
// the ranges below are inferred from real traces of Fargate tasks (reference/ecs.md §1.5) and
// stand in for ENI provisioning, image pull, SIGTERM handling and ENI deletion.

import { jitter, type RandomState } from '../clock/random';
import type { TaskLastStatus } from '../types';

export const LAUNCH_PATH = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING'] as const satisfies readonly TaskLastStatus[];
export const STOP_PATH = ['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED'] as const satisfies readonly TaskLastStatus[];

/** Seconds a task spends in each transient status (inferred ranges; see the banner). */
const DURATIONS: Partial<Record<TaskLastStatus, readonly [number, number]>> = {
  PROVISIONING: [3, 8], // awsvpc: the task's ENI is created and attached
  PENDING: [8, 20], // the agent pulls the image and creates the containers
  ACTIVATING: [1, 3], // service discovery / target registration
  DEACTIVATING: [1, 2], // no load balancer to drain from
  STOPPING: [1, 4], // SIGTERM; a well-behaved app exits well inside stopTimeout (30 s)
  DEPROVISIONING: [3, 8], // the ENI is detached and deleted
};

/**
 * "If a task has no essential containers with a health check defined, the service scheduler
 * waits for 40 seconds after a task reaches a RUNNING state before the task is counted towards
 * the minimum healthy percent total." (developerguide/service_definition_parameters.html)
 */
export const NO_HEALTH_CHECK_GRACE_SECONDS = 40;

/** The status after `status` on its path, or null at RUNNING / STOPPED. */
export function nextTaskStatus(status: TaskLastStatus): TaskLastStatus | null {
  const launch = LAUNCH_PATH.indexOf(status as (typeof LAUNCH_PATH)[number]);
  if (launch >= 0) return launch < LAUNCH_PATH.length - 1 ? LAUNCH_PATH[launch + 1] : null;
  const stop = STOP_PATH.indexOf(status as (typeof STOP_PATH)[number]);
  return stop >= 0 && stop < STOP_PATH.length - 1 ? STOP_PATH[stop + 1] : null;
}

/** How long the task stays in `status` before the next step, drawn from the seeded stream. */
export function taskStatusDuration(status: TaskLastStatus, random: RandomState): number {
  const range = DURATIONS[status];
  return range ? jitter(random, range[0], range[1]) : 0;
}

/** describe-services' pendingCount covers tasks not yet RUNNING. */
export function isPendingStatus(status: TaskLastStatus): boolean {
  return status === 'PROVISIONING' || status === 'PENDING' || status === 'ACTIVATING';
}
