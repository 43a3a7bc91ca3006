// Which pods a ReplicaSet deletes first when it scales down: the ReplicaSet controller's
// ranking (reference/k8s.md §1.6; upstream pkg/controller/controller_utils.go
// ActivePodsWithRanks.Less, used by replica_set.go getPodsToDelete). Pods that sort first go first,
// so unhealthy replicas are deleted before healthy ones.

import type { PodPhase } from '../types';

/** The pod fields the ranking reads. */
export interface RankablePod {
  name: string;
  /** spec.nodeName; null while unscheduled. */
  node: string | null;
  phase: PodPhase;
  ready: boolean;
  /** When the Ready condition last turned True; null when not ready. */
  readySince: number | null;
  restarts: number;
  createdAt: number;
  /** Creation order, a tie-break finer than creationTimestamp's. */
  seq: number;
}

// podPhaseToOrdinal: Pending < Unknown < Running.
const PHASE_ORDER: Record<PodPhase, number> = { Pending: 0, Unknown: 1, Running: 2, Succeeded: 3, Failed: 3 };

/**
 * Negative when `a` should be deleted before `b`. Left out of upstream's list: 4, pod-deletion-cost
 * (no pod carries the annotation here); 5, "doubled up" node ranks (one node for now); and the
 * LogarithmicScaleDown feature gate (beta, on since 1.22), which buckets ready times on a log
 * scale and breaks ties by pod UID, where this compares them plainly.
 *
 * @example
 * [runningReadyPod, pendingPod].sort(comparePodsForDeletion); // [pendingPod, runningReadyPod]
 */
export function comparePodsForDeletion(a: RankablePod, b: RankablePod): number {
  // 1. Unassigned < assigned.
  if ((a.node === null) !== (b.node === null)) return a.node === null ? -1 : 1;
  // 2. PodPending < PodUnknown < PodRunning.
  if (a.phase !== b.phase) return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase];
  // 3. Not ready < ready.
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  // 6. Ready for less time < ready for more time: the later Ready transition goes first.
  if (a.ready && b.ready && a.readySince !== b.readySince) return (b.readySince ?? 0) - (a.readySince ?? 0);
  // 7. Higher restart count first.
  if (a.restarts !== b.restarts) return b.restarts - a.restarts;
  // 8. Newer < older.
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return b.seq - a.seq;
}

/**
 * The `count` pods a ReplicaSet deletes first, in deletion order. Selects before sorting
 * (quickselect), so scaling 10,000 pods down by a few stays linear.
 */
export function podsToDelete<T extends RankablePod>(pods: readonly T[], count: number): T[] {
  if (count <= 0) return [];
  const items = [...pods];
  if (count < items.length) {
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const pivot = items[(low + high) >> 1];
      let i = low;
      let j = high;
      while (i <= j) {
        while (comparePodsForDeletion(items[i], pivot) < 0) i++;
        while (comparePodsForDeletion(items[j], pivot) > 0) j--;
        if (i <= j) {
          const swap = items[i];
          items[i++] = items[j];
          items[j--] = swap;
        }
      }
      if (count - 1 <= j) high = j;
      else if (count - 1 >= i) low = i;
      else break;
    }
  }
  return items.slice(0, count).sort(comparePodsForDeletion);
}
