// The service throttle: "If tasks for a service repeatedly fail to enter the RUNNING state
// (progressing directly from a PENDING to a STOPPED status), then the time between subsequent
// restart attempts is incrementally increased up to a maximum of 15 minutes." "If you update your
// service to use a new task definition, your service returns to a normal, non-throttled state
// immediately." "Tasks that are stopped after they reach the RUNNING state don't start the
// throttle logic" (Developer Guide, service-throttle-logic; reference/ecs.md §1.8).
// The schedule itself is not published; Isomorph's is inferred: the first failed launch is retried
// at once, then the wait doubles from 30 s (30, 60, 120, 240, 480, 900 s) and stays at 15 minutes.
// Tasks launched together fail together, so one batch raises the level once.

/** "up to a maximum of 15 minutes" */
export const THROTTLE_MAX_SECONDS = 900;
const FIRST_WAIT_SECONDS = 30;

export interface ServiceThrottle {
  /** How many launch batches in a row failed to reach RUNNING. */
  level: number;
  /** No task is launched before this time. */
  until: number;
  /** When the level last rose: a failed task launched before that belongs to a batch already counted. */
  raisedAt: number;
  /** The episode's "is unable to consistently start tasks successfully." event has been logged. */
  announced: boolean;
}

export const calmThrottle = (): ServiceThrottle => ({ level: 0, until: 0, raisedAt: -Infinity, announced: false });

/**
 * Seconds to wait before the next launch after `level` failed batches.
 * @example throttleWaitSeconds(1) // → 0; throttleWaitSeconds(2) // → 30; throttleWaitSeconds(9) // → 900
 */
export function throttleWaitSeconds(level: number): number {
  if (level <= 1) return 0;
  return Math.min(THROTTLE_MAX_SECONDS, FIRST_WAIT_SECONDS * 2 ** (level - 2));
}

/**
 * A task launched at `launchedAt` went from PENDING to STOPPED at `now`: the throttle after it,
 * and whether this is the moment to log the event (the first wait of an episode).
 */
export function afterFailedLaunch(throttle: ServiceThrottle, launchedAt: number, now: number): { throttle: ServiceThrottle; wait: number; announce: boolean } {
  if (launchedAt < throttle.raisedAt) return { throttle, wait: 0, announce: false };
  const level = throttle.level + 1;
  const wait = throttleWaitSeconds(level);
  const announce = wait > 0 && !throttle.announced;
  return { throttle: { level, until: now + wait, raisedAt: now, announced: throttle.announced || announce }, wait, announce };
}

/** Seconds until launches may resume (0 when not throttled). */
export const throttledFor = (throttle: ServiceThrottle, now: number) => Math.max(0, Math.round((throttle.until - now) * 1000) / 1000);
