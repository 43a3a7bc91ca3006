// A task's containers as describe-tasks shows them (reference/ecs.md §10.2). The array is
// copy-on-write: a change replaces the array and the changed entry, never edits them, so a task
// view can hand out the task's own array and the view cache can compare it by identity.

import type { HealthStatus, TaskContainerView, TaskDefinitionView } from '../types';
import { isEssential } from './faultPaths';

/** Containers of a task that has just been launched: PENDING, no exit code, health UNKNOWN. */
export function pendingContainers(definition: TaskDefinitionView): TaskContainerView[] {
  return definition.containerDefinitions.map((c) => ({
    name: c.name,
    image: c.image,
    lastStatus: 'PENDING',
    exitCode: null,
    healthStatus: 'UNKNOWN',
    essential: isEssential(c),
  }));
}

/** The containers with entry `i` changed; the same array when nothing changed. */
export function withContainer(containers: readonly TaskContainerView[], i: number, patch: Partial<TaskContainerView>): TaskContainerView[] {
  const current = containers[i];
  const changed = (Object.keys(patch) as (keyof TaskContainerView)[]).some((key) => current[key] !== patch[key]);
  if (!changed) return containers as TaskContainerView[];
  const next = containers.slice();
  next[i] = { ...current, ...patch };
  return next;
}

/** Every container that is not STOPPED yet changed by `patch`; the same array when none was. */
export function withLiveContainers(containers: readonly TaskContainerView[], patch: (c: TaskContainerView) => Partial<TaskContainerView>): TaskContainerView[] {
  let next = containers as TaskContainerView[];
  for (let i = 0; i < containers.length; i++) {
    if (containers[i].lastStatus !== 'STOPPED') next = withContainer(next, i, patch(containers[i]));
  }
  return next;
}

// Tasks launched together start and stop their containers the same way. Since arrays are never
// edited, the result for a given array is remembered, so those tasks keep sharing one array
// (10,000 tasks in a big rollout need not allocate 10,000 of them at each step).
const started = new WeakMap<readonly TaskContainerView[], TaskContainerView[]>();
const stoppedAfterRun = new WeakMap<readonly TaskContainerView[], TaskContainerView[]>();
const stoppedUnstarted = new WeakMap<readonly TaskContainerView[], TaskContainerView[]>();

function remembered(
  cache: WeakMap<readonly TaskContainerView[], TaskContainerView[]>,
  containers: readonly TaskContainerView[],
  change: (containers: readonly TaskContainerView[]) => TaskContainerView[],
): TaskContainerView[] {
  let result = cache.get(containers);
  if (result === undefined) cache.set(containers, (result = change(containers)));
  return result;
}

/** The containers start with the task (the agent starts them before RUNNING; inferred timing). */
export const startContainers = (containers: readonly TaskContainerView[]) =>
  remembered(started, containers, (cs) => withLiveContainers(cs, () => ({ lastStatus: 'RUNNING' })));

/**
 * The containers a stopping task still runs exit: 0 after SIGTERM for a task that ran (the app
 * shuts down cleanly within stopTimeout: inferred), no exit code for one that never started.
 */
export const stopContainers = (containers: readonly TaskContainerView[], ran: boolean) =>
  remembered(ran ? stoppedAfterRun : stoppedUnstarted, containers, (cs) =>
    withLiveContainers(cs, () => ({ lastStatus: 'STOPPED', exitCode: ran ? 0 : null })),
  );

/** A container's health as its check reports it. */
export const setContainerHealth = (containers: readonly TaskContainerView[], i: number, healthStatus: HealthStatus) =>
  containers[i].lastStatus === 'RUNNING' ? withContainer(containers, i, { healthStatus }) : (containers as TaskContainerView[]);
