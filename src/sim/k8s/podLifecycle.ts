// A pod's life as plain data: phase, the kubectl STATUS text, its one container's state,
// readiness and availability (reference/k8s.md §4.1, §4.2, §1.7). Each step is one function; the
// timers between steps live in k8sPods.ts and kubelet.ts, their durations in podTimings.ts.
//
//   created     phase Pending, STATUS Pending            (no node yet, no container status)
//   bound       phase Pending, STATUS ContainerCreating  (kubelet pulls the image)
//   started     phase Running, STATUS Running            (Ready at once without a readiness probe)
//   exited      phase Running, STATUS Error / OOMKilled  (restartPolicy Always: it will restart)
//   waiting     STATUS CrashLoopBackOff, ErrImagePull, ImagePullBackOff (the waiting reason)
//   available   Ready for minReadySeconds                (IsPodAvailable)
//   terminating STATUS Terminating, not Ready            (SIGTERM, until the app exits)
//
// The container view is never changed in place: every change makes a new object, so a snapshot
// can hand the same object out until the container changes (k8sView.ts).

import type { ContainerStateView, PodContainerView } from '../types';
import type { RankablePod } from './podDeletionOrder';
import { emptyKubeletRecord, type KubeletRecord } from './kubeletRecord';
import type { PodAddress } from './vpcCni';

/** kube-scheduler's queue entry for a pod it could not place (podScheduling.ts). */
export interface SchedulingQueueEntry {
  attempts: number;
  lastAttemptAt: number;
  /** When the pending retry is due (after a backoff, or the 5 min flush). */
  retryAt: number | null;
  /** In the unschedulable pods, waiting for a pod to go. */
  unschedulable: boolean;
}

export interface PodRecord extends RankablePod {
  replicaSet: string;
  /** What `kubectl get pods` prints in STATUS. */
  status: string;
  available: boolean;
  terminating: boolean;
  /** When the scheduler bound the pod; the kubelet starts pulling then. */
  scheduledAt: number | null;
  /** status.containerStatuses[0]; null until the kubelet reports one (unscheduled pods). */
  container: PodContainerView | null;
  /** The kubelet's bookkeeping for the container (back-offs, probe workers, pending timers), once it has any. */
  kubelet: KubeletRecord | null;
  /** status.podIP; null until the CNI gave the pod one. */
  podIP: string | null;
  /** Where podIP came from, to give it back when the pod is gone (vpcCni.ts). */
  address: PodAddress | null;
  /** Set once a scheduling attempt failed. */
  queue: SchedulingQueueEntry | null;
}

/** The pod's kubelet record, created on first use. */
export const kubeletOf = (pod: PodRecord): KubeletRecord => (pod.kubelet ??= emptyKubeletRecord());

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
    container: null,
    kubelet: null,
    podIP: null,
    address: null,
    queue: null,
  };
}

/**
 * kubectl's printPod: the pod's phase, replaced by the container's waiting or terminated reason,
 * and by Terminating while it is being deleted (staging/src/k8s.io/kubectl … printers.go printPod).
 */
export function podStatusText(pod: PodRecord): string {
  if (pod.terminating) return 'Terminating';
  const state = pod.container?.state;
  if (state === undefined) return pod.phase;
  if ('waiting' in state) return state.waiting.reason;
  if ('terminated' in state) return state.terminated.reason;
  return pod.phase;
}

/** Replaces the container view with `change` applied, and the STATUS and RESTARTS that follow from it. */
export function changeContainer(pod: PodRecord, change: Partial<PodContainerView>): void {
  const c = pod.container;
  if (c === null) throw new Error(`pod ${pod.name} has no container status yet`);
  // Spelled out rather than spread: this runs for every pod of a 10,000-pod rollout.
  pod.container = {
    name: c.name,
    image: c.image,
    ready: change.ready ?? c.ready,
    started: change.started ?? c.started,
    restartCount: change.restartCount ?? c.restartCount,
    state: change.state ?? c.state,
    lastState: change.lastState === undefined ? c.lastState : change.lastState,
  };
  pod.restarts = pod.container.restartCount;
  pod.status = podStatusText(pod);
}

/** The kubelet's default Waiting reason before the container exists (§4.2); views are read-only, so one object serves all. */
const CONTAINER_CREATING: ContainerStateView = { waiting: { reason: 'ContainerCreating' } };

/** The scheduler binds the pod; the kubelet starts pulling, shown as ContainerCreating (§4.2). */
export function bindPod(pod: PodRecord, node: string, now: number, containerName: string, image: string): void {
  pod.node = node;
  pod.scheduledAt = now;
  pod.container = {
    name: containerName,
    image,
    ready: false,
    started: false,
    restartCount: 0,
    state: CONTAINER_CREATING,
    lastState: null,
  };
  pod.status = podStatusText(pod);
}

/** The pod's Ready condition follows its one container's readiness (§4.2). */
export function setReady(pod: PodRecord, ready: boolean, now: number): void {
  pod.ready = ready;
  pod.readySince = ready ? now : null;
  if (!ready) pod.available = false;
  if (pod.container !== null && pod.container.ready !== ready) changeContainer(pod, { ready });
}

/**
 * The container (re)starts. "If a container does not provide a readiness probe, the default state
 * is Success" (Pod Lifecycle docs, §4.2): without one the pod turns Ready at the same moment.
 */
export function startContainer(pod: PodRecord, now: number, ready = true, started = true): void {
  const c = pod.container;
  if (c === null) throw new Error(`pod ${pod.name} has no container status yet`);
  pod.phase = 'Running';
  // Built in one go: this runs for every pod of a 10,000-pod rollout.
  pod.container = { name: c.name, image: c.image, ready, started, restartCount: c.restartCount, state: { running: { startedAt: now } }, lastState: c.lastState };
  pod.ready = ready;
  pod.readySince = ready ? now : null;
  if (!ready) pod.available = false;
  pod.status = podStatusText(pod);
}

/** The container's process ended: Terminated with its reason and exit code; the pod is not Ready. */
export function exitContainer(pod: PodRecord, terminated: Extract<ContainerStateView, { terminated: unknown }>['terminated']): void {
  changeContainer(pod, { state: { terminated }, started: false });
  setReady(pod, false, terminated.finishedAt);
}

/** The container waits (CrashLoopBackOff, ErrImagePull …); `lastState` keeps the previous run's end. */
export function waitContainer(pod: PodRecord, reason: string, message?: string): void {
  const lastState = pod.container !== null && 'terminated' in pod.container.state ? pod.container.state : pod.container?.lastState ?? null;
  changeContainer(pod, { state: { waiting: message === undefined ? { reason } : { reason, message } }, lastState, started: false });
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
  pod.ready = false;
  pod.readySince = null;
  pod.available = false;
  if (pod.container?.ready) changeContainer(pod, { ready: false });
  pod.status = podStatusText(pod);
}

/** True while the container's process runs (the kubelet has something to stop). */
export const isContainerRunning = (pod: PodRecord) => pod.container !== null && 'running' in pod.container.state;

/** What a pod adds to its ReplicaSet's status: terminating pods count only as existing (§1.7). */
export function podContribution(pod: PodRecord): { replicas: number; ready: number; available: number } {
  if (pod.terminating) return { replicas: 0, ready: 0, available: 0 };
  return { replicas: 1, ready: pod.ready ? 1 : 0, available: pod.available ? 1 : 0 };
}
