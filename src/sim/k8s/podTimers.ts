// The kinds of timer a pod puts on the simulation's queue, and how they are keyed. A timer's id is
// `<pod>/<seq>`, so a stale timer never touches a newer pod that reuses a name. The kubelet's own
// timers also record their due time on the pod: scheduling one again makes the earlier one stale.

import type { SideContext } from '../clock/sideContext';
import type { KubeletTimerKind } from './kubeletRecord';
import { kubeletOf, type PodRecord } from './podLifecycle';

export const POD_TIMERS = {
  scheduled: 'pod.scheduled',
  /** The image is pulled; the container is created and started. */
  started: 'pod.started',
  available: 'pod.available',
  gone: 'pod.gone',
  /** A pull that fails (image-pull-error, the node role denied by ECR). */
  pullFailed: 'image.pullFailed',
  /** The app's process exits by itself. */
  exited: 'container.exited',
  /** The app exits after the SIGTERM of a failed liveness or startup probe. */
  killed: 'container.killed',
  /** The kubelet syncs the pod again: restart, back off, or retry the pull. */
  sync: 'kubelet.sync',
  probe: 'container.probe',
  /** The Spot node under the pod gets its interruption warning. */
  interrupted: 'node.interrupted',
  /** The kubelet tries again to create the pod's sandbox after the CNI found no IP. */
  sandbox: 'pod.sandbox',
} as const satisfies Record<string, string>;

export const timerId = (pod: PodRecord) => `${pod.name}/${pod.seq}`;

/** Seconds at the queue's millisecond resolution. */
export const round3 = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Puts kubelet timer `kind` on the queue for `at` (not before now); a pending one of that kind goes stale. */
export function scheduleAt(pod: PodRecord, kind: KubeletTimerKind, at: number, ctx: SideContext): void {
  const due = round3(Math.max(at, ctx.now));
  const kubelet = kubeletOf(pod);
  kubelet.due ??= { 'image.pullFailed': null, 'container.exited': null, 'container.killed': null, 'kubelet.sync': null, 'container.probe': null, 'node.interrupted': null };
  kubelet.due[kind] = due;
  ctx.after(due - ctx.now, kind, timerId(pod));
}

/** The due time of the pod's pending timer `kind`, or null. */
export const dueAt = (pod: PodRecord, kind: KubeletTimerKind) => pod.kubelet?.due?.[kind] ?? null;

/** True, and forgotten, when timer `kind` firing now is the pod's pending one. */
export function takeDue(pod: PodRecord, kind: KubeletTimerKind, now: number): boolean {
  const due = dueAt(pod, kind);
  const table = pod.kubelet?.due ?? null;
  if (due === null || table === null || Math.abs(due - now) > 1e-6) return false;
  table[kind] = null;
  return true;
}

export function cancelTimer(pod: PodRecord, kind: KubeletTimerKind): void {
  const table = pod.kubelet?.due ?? null;
  if (table !== null) table[kind] = null;
}

/** The first tick of a ticker started at `anchor` with `period` that is at or after `t`. */
export function nextTick(anchor: number, period: number, t: number): number {
  const k = Math.max(0, Math.ceil((t - anchor) / period - 1e-9));
  return round3(anchor + k * period);
}
