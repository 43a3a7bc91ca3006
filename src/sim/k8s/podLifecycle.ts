// A pod's life as plain data: phase, the kubectl STATUS text, readiness and availability
// (reference/k8s.md §4.1, §4.2, §1.7). Each step is one function; the timers between steps live
// in k8sPods.ts and their durations in podTimings.ts.
//
//   created     phase Pending, STATUS Pending            (no node yet)
//   bound       phase Pending, STATUS ContainerCreating  (kubelet pulls the image)
//   started     phase Running, STATUS Running, Ready     (no readiness probe → Success at once)
//   available   Ready for minReadySeconds                (IsPodAvailable)
//   terminating STATUS Terminating, not Ready            (SIGTERM, until the app exits)

import type { RankablePod } from './podDeletionOrder';

export interface PodRecord extends RankablePod {
  replicaSet: string;
  /** What `kubectl get pods` prints in STATUS. */
  status: string;
  available: boolean;
  terminating: boolean;
  /** When the scheduler bound the pod; the kubelet starts pulling then. */
  scheduledAt: number | null;
}

/** A pod as the ReplicaSet controller creates it: accepted, not yet scheduled. */
export function createPod(name: string, replicaSet: string, now: number, seq: number): PodRecord {
  return {
    name,
    replicaSet,
    node: null,
    phase: 'Pending',
    status: 'Pending',
    ready: false,
    readySince: null,
    available: false,
    terminating: false,
    scheduledAt: null,
    restarts: 0,
    createdAt: now,
    seq,
  };
}

/** The scheduler binds the pod; the kubelet starts pulling, shown as ContainerCreating (§4.2). */
export function bindPod(pod: PodRecord, node: string, now: number): void {
  pod.node = node;
  pod.scheduledAt = now;
  pod.status = 'ContainerCreating';
}

/**
 * The container starts. "If a container does not provide a readiness probe, the default state
 * is Success" (Pod Lifecycle docs, §4.2), so the pod turns Ready at the same moment.
 */
export function startContainer(pod: PodRecord, now: number): void {
  pod.phase = 'Running';
  pod.status = 'Running';
  pod.ready = true;
  pod.readySince = now;
}

/**
 * IsPodAvailable (§1.7): Ready, and Ready for at least minReadySeconds. Upstream compares
 * `lastTransitionTime + minReadySeconds` with now; the newest copy uses `<=`, as here.
 */
export function isPodAvailable(pod: PodRecord, minReadySeconds: number, now: number): boolean {
  if (!pod.ready || pod.terminating || pod.readySince === null) return false;
  return minReadySeconds === 0 || pod.readySince + minReadySeconds <= now + 1e-9;
}

/**
 * Deletion: STATUS Terminating and no longer Ready; "ReplicaSets and other workload resources
 * no longer treat the shutting-down Pod as a valid, in-service replica" (§4.2). The phase stays
 * as it was until the kubelet is done.
 */
export function beginTermination(pod: PodRecord): void {
  pod.terminating = true;
  pod.status = 'Terminating';
  pod.ready = false;
  pod.readySince = null;
  pod.available = false;
}

/** What a pod adds to its ReplicaSet's status: terminating pods count only as existing (§1.7). */
export function podContribution(pod: PodRecord): { replicas: number; ready: number; available: number } {
  if (pod.terminating) return { replicas: 0, ready: 0, available: 0 };
  return { replicas: 1, ready: pod.ready ? 1 : 0, available: pod.available ? 1 : 0 };
}
