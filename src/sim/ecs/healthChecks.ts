// When health checks flip, computed once from when the app starts answering: no per-second polling.
// A check that never passes, or a status that never comes, is Infinity.
//
// Container health checks (task definition `healthCheck`; Docker runs them): the first check runs
// one `interval` after the container starts, then one every `interval` (Docker HEALTHCHECK
// reference). "If a health check succeeds within the startPeriod, then the container is considered
// healthy and any subsequent failures count toward the maximum number of retries" (API-now
// HealthCheck.startPeriod; ecs.md §1.7): failures inside startPeriod do not count, and `retries`
// counted failures in a row make the container UNHEALTHY. A later pass makes it HEALTHY again.
// Target groups: healthyThresholdCount passes in a row make a target healthy, unhealthyThresholdCount
// failures unhealthy (ELB target group health checks); a check every interval from registration
// (that the first comes one interval after RUNNING is inferred).
// The faults here fail fast (connection refused, 503), so `timeout` never adds to a check (inferred).

import type { ContainerHealthCheck, HealthStatus, LoadBalancer } from '../types';

export interface HealthFlips {
  /** The first passing check; Infinity if the app never answers. */
  healthyAt: number;
  /** When failing checks made it unhealthy before it ever passed; Infinity if they did not. */
  unhealthyAt: number;
}

const atMillisecond = (t: number) => Math.round(t * 1000) / 1000;

/** The first check index k ≥ from with startedAt + k·interval ≥ readyAt. */
function firstPassingCheck(startedAt: number, interval: number, readyAt: number | null, from: number): number {
  if (readyAt === null) return Infinity;
  return Math.max(from, Math.ceil((readyAt - startedAt) / interval - 1e-9));
}

/**
 * @example containerCheckFlips({ interval: 30, retries: 3, startPeriod: 0, … }, 0, null) // → { healthyAt: Infinity, unhealthyAt: 90 }
 */
export function containerCheckFlips(check: Pick<ContainerHealthCheck, 'interval' | 'retries' | 'startPeriod'>, startedAt: number, readyAt: number | null): HealthFlips {
  const { interval, retries, startPeriod } = check;
  const pass = firstPassingCheck(startedAt, interval, readyAt, 1);
  // Checks that run at or after startPeriod count (Docker: "during that period" means before it ends).
  const firstCounted = Math.max(1, Math.ceil(startPeriod / interval - 1e-9));
  const fail = firstCounted + retries - 1;
  return {
    healthyAt: pass === Infinity ? Infinity : atMillisecond(startedAt + pass * interval),
    unhealthyAt: fail < pass ? atMillisecond(startedAt + fail * interval) : Infinity,
  };
}

/**
 * @example targetHealthFlips({ healthCheckIntervalSeconds: 30, healthyThresholdCount: 5, … }, 0, 0) // → { healthyAt: 150, unhealthyAt: Infinity }
 */
export function targetHealthFlips(
  lb: Pick<LoadBalancer, 'healthCheckIntervalSeconds' | 'healthyThresholdCount' | 'unhealthyThresholdCount'>,
  startedAt: number,
  readyAt: number | null,
): HealthFlips {
  const interval = lb.healthCheckIntervalSeconds;
  const pass = firstPassingCheck(startedAt, interval, readyAt, 1);
  const healthy = pass + lb.healthyThresholdCount - 1;
  return {
    healthyAt: pass === Infinity ? Infinity : atMillisecond(startedAt + healthy * interval),
    unhealthyAt: lb.unhealthyThresholdCount < pass ? atMillisecond(startedAt + lb.unhealthyThresholdCount * interval) : Infinity,
  };
}

/** A check's status at `now` from its flips (a container without a check stays UNKNOWN). */
export function statusAt(flips: HealthFlips, now: number): HealthStatus {
  if (now >= flips.healthyAt) return 'HEALTHY';
  return now >= flips.unhealthyAt ? 'UNHEALTHY' : 'UNKNOWN';
}

/**
 * Task healthStatus from its containers (API HealthCheck; ecs.md §1.6): UNHEALTHY if an essential
 * container failed its check, HEALTHY when every essential container with a check passed, UNKNOWN
 * otherwise. Non-essential containers do not count, and neither do containers without a check
 * ("UNKNOWN … there are no container health checks defined", Developer Guide; inferred to mean
 * an essential container without a check is left out).
 */
export function taskHealthStatus(containers: readonly { essential: boolean; checked: boolean; healthStatus: HealthStatus }[]): HealthStatus {
  let checked = 0;
  let healthy = 0;
  for (const c of containers) {
    if (!c.essential || !c.checked) continue;
    if (c.healthStatus === 'UNHEALTHY') return 'UNHEALTHY';
    checked++;
    if (c.healthStatus === 'HEALTHY') healthy++;
  }
  return checked > 0 && healthy === checked ? 'HEALTHY' : 'UNKNOWN';
}
