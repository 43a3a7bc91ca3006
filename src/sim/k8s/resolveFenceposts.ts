// maxSurge / maxUnavailable → pod counts, exactly as the Deployment controller resolves them
// (reference/k8s.md §1.2: pkg/controller/deployment/util/deployment_util.go ResolveFenceposts,
// apimachinery intstr.go GetScaledValueFromIntOrPercent).

import type { IntOrPercent } from '../types';

const PERCENT = /^\+?(\d+)%$/;

/**
 * Scales an IntOrString against `total`: an int is returned as is, a percent string is
 * rounded up or down (apimachinery `GetScaledValueFromIntOrPercent`).
 * Throws on a string that is not a percentage, on a non-integer and on a negative value.
 *
 * @example
 * scaledValue('25%', 3, true);  // 1 (ceil 0.75)
 * scaledValue('25%', 3, false); // 0 (floor 0.75)
 * scaledValue(2, 10, true);     // 2
 */
export function scaledValue(value: IntOrPercent, total: number, roundUp: boolean): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`invalid value for IntOrString: ${value} is not an integer`);
    if (value < 0) throw new Error(`invalid value for IntOrString: ${value} must be greater than or equal to 0`);
    return value;
  }
  if (value.startsWith('-')) {
    throw new Error(`invalid value for IntOrString: "${value}" must be greater than or equal to 0`);
  }
  if (!value.endsWith('%')) {
    throw new Error(`invalid value for IntOrString: "${value}" is not a percentage`);
  }
  const match = PERCENT.exec(value);
  if (match === null) throw new Error(`invalid value for IntOrString: "${value}"`);
  const scaled = (Number(match[1]) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * Resolves a RollingUpdate strategy against `replicas`: surge rounds up, unavailable rounds
 * down, and if both come out 0 unavailable becomes 1 "on the theory that surge might not work
 * due to quota" (deployment_util.go ResolveFenceposts).
 *
 * @example
 * resolveFenceposts(3, '25%', '25%');  // { maxSurge: 1, maxUnavailable: 0 }
 * resolveFenceposts(4, '25%', '25%');  // { maxSurge: 1, maxUnavailable: 1 }
 * resolveFenceposts(3, 0, '10%');      // { maxSurge: 0, maxUnavailable: 1 }
 */
export function resolveFenceposts(
  replicas: number,
  maxSurge: IntOrPercent,
  maxUnavailable: IntOrPercent,
): { maxSurge: number; maxUnavailable: number } {
  const surge = scaledValue(maxSurge, replicas, true);
  const unavailable = scaledValue(maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) return { maxSurge: 0, maxUnavailable: 1 };
  return { maxSurge: surge, maxUnavailable: unavailable };
}

/**
 * The controller's `MaxUnavailable(d)`: the resolved value capped at `replicas`, and 0 when
 * `replicas` is 0 (deployment_util.go, reference/k8s.md §1.2).
 */
export function maxUnavailableFor(replicas: number, resolvedMaxUnavailable: number): number {
  if (replicas === 0) return 0;
  return Math.min(resolvedMaxUnavailable, replicas);
}
