// What the simulated web app does under each fault, in seconds from its container's start. The
// image is the same on ECS and Kubernetes, so both sides and the application logs read this one
// table. The durations are Isomorph's own (inferred: they stand for a typical web app, not for any
// measurement) and vary between replicas by a hash of the task id or pod name, so no random draw
// is spent and the logs always agree with the simulation.

import type { Fault } from '../types';

export interface AppBehaviour {
  /** Seconds after start when the app first answers its health endpoint; null: it never does. */
  readyAfter: number | null;
  /** Seconds after start when the process exits on its own; null: it keeps running. */
  exitAfter: number | null;
  /** The exit code then: 1 for an application error, 137 (128 + SIGKILL) for the OOM killer. */
  exitCode: number | null;
}

/** The app needs this long after its container starts before /health answers (slow-start). */
export const SLOW_START_SECONDS: readonly [number, number] = [90, 150];
/** exit-on-start: the process dies this soon after start. */
export const EXIT_ON_START_SECONDS: readonly [number, number] = [1, 3];
/** exit-later: it serves for a while, then crashes. */
export const EXIT_LATER_SECONDS: readonly [number, number] = [90, 180];
/** oom: memory grows until the kernel kills it. */
export const OOM_SECONDS: readonly [number, number] = [10, 30];
/** missing-task-role-permission: it fails to read its configuration from S3, then exits. */
export const ACCESS_DENIED_EXIT_SECONDS: readonly [number, number] = [2, 5];

/** Shared, as it is the same for every replica (the simulation asks once per task). */
const HEALTHY_APP: AppBehaviour = Object.freeze({ readyAfter: 0, exitAfter: null, exitCode: null });

/** A stable number in [0, 1) for `id` (FNV-1a, 32 bit); `salt` separates independent uses. */
export function unitFromId(id: string, salt: string): number {
  let hash = 0x811c9dc5;
  for (const text of [salt, id]) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash / 4294967296;
}

/** A duration in `range` for this replica, rounded to 0.1 s like the simulation's other durations. */
export function durationFor(id: string, salt: string, range: readonly [number, number]): number {
  return Math.round((range[0] + (range[1] - range[0]) * unitFromId(id, salt)) * 10) / 10;
}

/**
 * How the app behaves under `fault`, for the replica `id`.
 * @example appBehaviour('oom', taskId) // → { readyAfter: 0, exitAfter: 17.3, exitCode: 137 }
 */
export function appBehaviour(fault: Fault, id: string): AppBehaviour {
  switch (fault) {
    case 'slow-start':
      return { readyAfter: durationFor(id, 'ready', SLOW_START_SECONDS), exitAfter: null, exitCode: null };
    case 'exit-on-start':
      return { readyAfter: null, exitAfter: durationFor(id, 'exit', EXIT_ON_START_SECONDS), exitCode: 1 };
    case 'exit-later':
      return { readyAfter: 0, exitAfter: durationFor(id, 'exit', EXIT_LATER_SECONDS), exitCode: 1 };
    case 'oom':
      return { readyAfter: 0, exitAfter: durationFor(id, 'exit', OOM_SECONDS), exitCode: 137 };
    case 'failing-health-check':
      // The process runs, but /health answers 503: a dependency it checks is down.
      return { readyAfter: null, exitAfter: null, exitCode: null };
    case 'missing-task-role-permission':
      return { readyAfter: null, exitAfter: durationFor(id, 'exit', ACCESS_DENIED_EXIT_SECONDS), exitCode: 1 };
    // Faults of the platform, not the app: the app itself is healthy whenever it gets to run.
    case 'image-pull-error':
    case 'missing-execution-role-permission':
    case 'spot-interruption':
    case 'healthy':
      return HEALTHY_APP;
  }
}
