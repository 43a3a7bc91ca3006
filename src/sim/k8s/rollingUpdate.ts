// The RollingUpdate arithmetic of the Deployment controller, as pure functions that return the
// scale changes and the numbers that bound them (reference/k8s.md §1.5, §1.6; upstream
// pkg/controller/deployment/rolling.go and util/deployment_util.go NewRSNewReplicas).

import { maxUnavailableFor } from './resolveFenceposts';

/** What the controller reads from one ReplicaSet. */
export interface ReplicaSetCounts {
  name: string;
  /** spec.replicas */
  replicas: number;
  /** status.availableReplicas */
  available: number;
}

/** The inputs of one rolling-update step; maxSurge and maxUnavailable are already resolved (§1.2). */
export interface RollingInput {
  replicas: number;
  maxSurge: number;
  maxUnavailable: number;
  newRS: ReplicaSetCounts;
  /** Old ReplicaSets, oldest first (ReplicaSetsByCreationTimestamp). */
  oldRSs: ReplicaSetCounts[];
}

/** One scale call; each one is a `ScalingReplicaSet` event. */
export interface ScaleChange {
  name: string;
  from: number;
  to: number;
}

export interface ScaleUpPlan {
  change: ScaleChange | null;
  /** 'maxSurge': capped by replicas + maxSurge; 'replicas': capped by the desired count. */
  rule: 'maxSurge' | 'replicas';
  currentPodCount: number;
  maxTotalPods: number;
}

export interface ScaleDownPlan {
  /** In the order the controller makes them: unhealthy cleanup first, then by availability. */
  changes: ScaleChange[];
  cleanedUp: number;
  scaledDown: number;
  allPodsCount: number;
  minAvailable: number;
  newRSUnavailablePodCount: number;
  maxScaledDown: number;
  availablePodCount: number;
}

function sumReplicas(replicaSets: ReplicaSetCounts[]): number {
  return replicaSets.reduce((sum, rs) => sum + rs.replicas, 0);
}

/**
 * NewRSNewReplicas for RollingUpdate: grow the new ReplicaSet up to replicas + maxSurge total
 * pods, counting spec.replicas (not running pods), never past `replicas` (§1.5).
 *
 * @example
 * newRSNewReplicas({ replicas: 3, maxSurge: 1, maxUnavailable: 0,
 *   newRS: { name: 'new', replicas: 0, available: 0 }, oldRSs: [{ name: 'old', replicas: 3, available: 3 }] });
 * // { replicas: 1, rule: 'maxSurge', currentPodCount: 3, maxTotalPods: 4 }
 */
export function newRSNewReplicas(input: RollingInput): { replicas: number } & Omit<ScaleUpPlan, 'change'> {
  const currentPodCount = input.newRS.replicas + sumReplicas(input.oldRSs);
  const maxTotalPods = input.replicas + input.maxSurge;
  if (currentPodCount >= maxTotalPods) {
    return { replicas: input.newRS.replicas, rule: 'maxSurge', currentPodCount, maxTotalPods };
  }
  const bySurge = maxTotalPods - currentPodCount;
  const byReplicas = input.replicas - input.newRS.replicas;
  return {
    replicas: input.newRS.replicas + Math.min(bySurge, byReplicas),
    rule: byReplicas <= bySurge ? 'replicas' : 'maxSurge',
    currentPodCount,
    maxTotalPods,
  };
}

/** reconcileNewReplicaSet: no-op at `replicas`, scale down above it, else NewRSNewReplicas (§1.5). */
export function reconcileNewReplicaSet(input: RollingInput): ScaleUpPlan {
  const { newRS, replicas } = input;
  if (newRS.replicas >= replicas) {
    const change = newRS.replicas === replicas ? null : { name: newRS.name, from: newRS.replicas, to: replicas };
    const currentPodCount = newRS.replicas + sumReplicas(input.oldRSs);
    return { change, rule: 'replicas', currentPodCount, maxTotalPods: replicas + input.maxSurge };
  }
  const { replicas: next, ...reason } = newRSNewReplicas(input);
  const change = next === newRS.replicas ? null : { name: newRS.name, from: newRS.replicas, to: next };
  return { change, ...reason };
}

/**
 * reconcileOldReplicaSets: scale old ReplicaSets down by at most allPods − minAvailable −
 * unavailable-new-pods, first the unhealthy replicas (cleanupUnhealthyReplicas), then while
 * available pods stay above minAvailable (scaleDownOldReplicaSetsForRollingUpdate), oldest first (§1.6).
 *
 * @example
 * // 3 replicas, surge 1, unavailable 0; the first new pod just became available:
 * reconcileOldReplicaSets({ replicas: 3, maxSurge: 1, maxUnavailable: 0,
 *   newRS: { name: 'new', replicas: 1, available: 1 }, oldRSs: [{ name: 'old', replicas: 3, available: 3 }] }).changes;
 * // [{ name: 'old', from: 3, to: 2 }]
 */
export function reconcileOldReplicaSets(input: RollingInput): ScaleDownPlan {
  const { newRS } = input;
  const oldRSs = input.oldRSs.filter((rs) => rs.replicas > 0).map((rs) => ({ ...rs }));
  const allPodsCount = newRS.replicas + sumReplicas(oldRSs);
  const minAvailable = input.replicas - maxUnavailableFor(input.replicas, input.maxUnavailable);
  const newRSUnavailablePodCount = newRS.replicas - newRS.available;
  const maxScaledDown = allPodsCount - minAvailable - newRSUnavailablePodCount;
  // Upstream counts availability over the new RS and the *active* old ones only.
  const availablePodCount = newRS.available + oldRSs.reduce((sum, rs) => sum + rs.available, 0);
  const plan: ScaleDownPlan = {
    changes: [],
    cleanedUp: 0,
    scaledDown: 0,
    allPodsCount,
    minAvailable,
    newRSUnavailablePodCount,
    maxScaledDown,
    availablePodCount,
  };
  if (oldRSs.length === 0 || maxScaledDown <= 0) return plan;

  for (const rs of oldRSs) {
    if (plan.cleanedUp >= maxScaledDown) break;
    // Upstream skips spec == available; a count above spec would be an error there, so skip it too.
    if (rs.replicas <= rs.available) continue;
    const count = Math.min(maxScaledDown - plan.cleanedUp, rs.replicas - rs.available);
    plan.changes.push({ name: rs.name, from: rs.replicas, to: rs.replicas - count });
    rs.replicas -= count;
    plan.cleanedUp += count;
  }

  if (availablePodCount <= minAvailable) return plan;
  const totalScaleDownCount = availablePodCount - minAvailable;
  for (const rs of oldRSs) {
    if (plan.scaledDown >= totalScaleDownCount) break;
    if (rs.replicas === 0) continue;
    const count = Math.min(rs.replicas, totalScaleDownCount - plan.scaledDown);
    plan.changes.push({ name: rs.name, from: rs.replicas, to: rs.replicas - count });
    rs.replicas -= count;
    plan.scaledDown += count;
  }
  return plan;
}
