// Scaling a Deployment in the middle of a rollout: the Deployment controller's `scale()`
// spreads the change over the active ReplicaSets in proportion to their size (reference/k8s.md
// §1.10; upstream pkg/controller/deployment/sync.go scale, util/deployment_util.go
// GetProportion / getReplicaSetFraction / FindActiveOrLatest / IsSaturated).

import type { ScaleChange } from './rollingUpdate';

/** What `scale()` reads from one ReplicaSet, annotations included. */
export interface ScalableReplicaSet {
  name: string;
  /** spec.replicas */
  replicas: number;
  /** status.availableReplicas */
  available: number;
  createdAt: number;
  /** deployment.kubernetes.io/desired-replicas */
  desiredReplicas: number;
  /** deployment.kubernetes.io/max-replicas (replicas + maxSurge when it was last scaled) */
  maxReplicas: number;
}

export interface ProportionalInput {
  replicas: number;
  /** Resolved against the new `replicas` (§1.2). */
  maxSurge: number;
  /** status.replicas, the fallback when an RS lacks the max-replicas annotation. */
  statusReplicas: number;
  newRS: ScalableReplicaSet | null;
  oldRSs: ScalableReplicaSet[];
}

export interface ProportionalPlan {
  changes: ScaleChange[];
  /** ReplicaSets whose desired-/max-replicas annotations are rewritten (scaleReplicaSet). */
  touched: string[];
  /** 'replicas': one active RS takes the whole count; 'saturated': the new RS is full; else proportional. */
  rule: 'replicas' | 'saturated' | 'proportionalScaling';
  allowedSize: number;
  toAdd: number;
}

const byCreation = (a: ScalableReplicaSet, b: ScalableReplicaSet) =>
  a.createdAt - b.createdAt || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A scaling event: an active ReplicaSet whose desired-replicas annotation differs from spec.replicas (§1.3). */
export function isScalingEvent(replicas: number, replicaSets: ScalableReplicaSet[]): boolean {
  return replicaSets.some((rs) => rs.replicas > 0 && rs.desiredReplicas !== replicas);
}

// integer.RoundToInt32: halves round away from zero.
function roundToInt(value: number): number {
  return value < 0 ? Math.ceil(value - 0.5) : Math.floor(value + 0.5);
}

function fraction(rs: ScalableReplicaSet, input: ProportionalInput): number {
  if (input.replicas === 0) return -rs.replicas;
  const before = rs.maxReplicas > 0 ? rs.maxReplicas : input.statusReplicas;
  if (before === 0) return 0;
  return roundToInt((rs.replicas * (input.replicas + input.maxSurge)) / before) - rs.replicas;
}

function proportion(rs: ScalableReplicaSet, input: ProportionalInput, toAdd: number, added: number): number {
  if (rs.replicas === 0 || toAdd === 0 || toAdd === added) return 0;
  const allowed = toAdd - added;
  const share = fraction(rs, input);
  return toAdd > 0 ? Math.min(share, allowed) : Math.max(share, allowed);
}

/**
 * The Deployment controller's `scale()`.
 *
 * @example
 * // docs: 10 replicas, maxSurge 3, new RS stuck at 5, old at 8; scale to 15 → old 11, new 7
 * scaleProportionally({ replicas: 15, maxSurge: 3, statusReplicas: 13,
 *   newRS: { name: 'new', replicas: 5, available: 0, createdAt: 2, desiredReplicas: 10, maxReplicas: 13 },
 *   oldRSs: [{ name: 'old', replicas: 8, available: 8, createdAt: 1, desiredReplicas: 10, maxReplicas: 13 }] }).changes;
 * // [{ name: 'old', from: 8, to: 11 }, { name: 'new', from: 5, to: 7 }]
 */
export function scaleProportionally(input: ProportionalInput): ProportionalPlan {
  const { replicas, newRS } = input;
  const olds = [...input.oldRSs].sort(byCreation);
  const active = [...olds, ...(newRS ? [newRS] : [])].filter((rs) => rs.replicas > 0);
  const plan: ProportionalPlan = { changes: [], touched: [], rule: 'replicas', allowedSize: 0, toAdd: 0 };
  const resize = (rs: ScalableReplicaSet, to: number) => {
    plan.touched.push(rs.name);
    if (to !== rs.replicas) plan.changes.push({ name: rs.name, from: rs.replicas, to });
  };

  // FindActiveOrLatest: with at most one active RS, that one (or the newest) takes `replicas`.
  const single = active.length === 1 ? active[0] : active.length === 0 ? (newRS ?? olds[olds.length - 1]) : undefined;
  if (active.length <= 1) {
    if (single !== undefined && single.replicas !== replicas) resize(single, replicas);
    return plan;
  }
  if (newRS && newRS.replicas === replicas && newRS.desiredReplicas === replicas && newRS.available === replicas) {
    plan.rule = 'saturated';
    for (const rs of active) if (rs !== newRS) resize(rs, 0);
    return plan;
  }

  plan.rule = 'proportionalScaling';
  plan.allowedSize = replicas > 0 ? replicas + input.maxSurge : 0;
  plan.toAdd = plan.allowedSize - active.reduce((sum, rs) => sum + rs.replicas, 0);
  // ReplicaSetsBySizeNewer when adding, BySizeOlder when removing: largest first.
  const tieBreak = plan.toAdd > 0 ? -1 : 1;
  const sorted = [...active].sort((a, b) => b.replicas - a.replicas || tieBreak * byCreation(a, b));
  let added = 0;
  const sizes = sorted.map((rs) => {
    const share = proportion(rs, input, plan.toAdd, added);
    added += share;
    return rs.replicas + share;
  });
  // Leftovers go to the largest ReplicaSet, floored at 0.
  sizes[0] = Math.max(0, sizes[0] + plan.toAdd - added);
  sorted.forEach((rs, i) => resize(rs, sizes[i]));
  return plan;
}
