// When a Ready pod turns available: after minReadySeconds (IsPodAvailable, reference/k8s.md §1.7).

import type { SideContext } from '../clock/sideContext';
import { updatePod, type K8sWorld } from './k8sWorld';
import { isPodAvailable, type PodRecord } from './podLifecycle';
import { POD_TIMERS, timerId } from './podTimers';

/** Marks a ready pod available if it has been ready for minReadySeconds, else times the check. */
export function checkAvailability(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const { minReadySeconds } = world.deployment;
  const available = isPodAvailable(pod, minReadySeconds, ctx.now);
  if (available !== pod.available) {
    updatePod(world, pod, (p) => (p.available = available));
    ctx.requestSync();
  }
  if (!available && pod.ready && pod.readySince !== null) {
    ctx.after(pod.readySince + minReadySeconds - ctx.now, POD_TIMERS.available, timerId(pod));
  }
}

/** Re-evaluates every ready pod after minReadySeconds changed (IsPodAvailable reads the current value). */
export function refreshAvailability(world: K8sWorld, ctx: SideContext): void {
  for (const rs of world.replicaSets) for (const pod of rs.pods) if (pod.ready) checkAvailability(world, pod, ctx);
}
