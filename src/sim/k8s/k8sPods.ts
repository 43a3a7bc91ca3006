// Pods over time: the scheduler binds them, the kubelet pulls and starts them, they turn
// available after minReadySeconds, and deleted ones terminate. Each step is a timer on the
// simulation's queue; a timer's id is `<pod>/<seq>` so a stale timer never touches a newer pod
// that happens to reuse a name.

import type { RandomState } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import { appendEvent, created, killing, pulled, pulling, scheduled, started, successfulCreate } from './k8sEvents';
import { addPod, findPod, removePod, replicaSetOf, updatePod, type K8sWorld, type ReplicaSetRecord } from './k8sWorld';
import { beginTermination, bindPod, createPod, isPodAvailable, startContainer, type PodRecord } from './podLifecycle';
import { randomPodSuffix } from './podTemplateHash';
import { containerCreatingDelay, schedulingDelay, terminationDelay } from './podTimings';

const POD_TIMERS = {
  scheduled: 'pod.scheduled',
  started: 'pod.started',
  available: 'pod.available',
  gone: 'pod.gone',
} as const;

const timerId = (pod: PodRecord) => `${pod.name}/${pod.seq}`;

function podOfTimer(world: K8sWorld, id: string): PodRecord | undefined {
  const slash = id.lastIndexOf('/');
  const pod = findPod(world, id.slice(0, slash));
  return pod !== undefined && String(pod.seq) === id.slice(slash + 1) ? pod : undefined;
}

/** generateName `<rs>-`: a random suffix, drawn again on a clash with a pod that exists. */
export function newPodName(world: K8sWorld, rs: ReplicaSetRecord, random: RandomState): string {
  let name = `${rs.name}-${randomPodSuffix(random)}`;
  while (findPod(world, name) !== undefined) name = `${rs.name}-${randomPodSuffix(random)}`;
  return name;
}

/** The ReplicaSet controller creates one pod; it waits to be scheduled. */
export function createReplicaPod(world: K8sWorld, rs: ReplicaSetRecord, ctx: SideContext): PodRecord {
  const name = newPodName(world, rs, ctx.random);
  const pod = createPod(name, rs.name, ctx.now, world.podSeq++);
  addPod(world, pod);
  appendEvent(world.events, ctx.now, successfulCreate(rs.name, name));
  ctx.after(schedulingDelay(ctx.random), POD_TIMERS.scheduled, timerId(pod));
  return pod;
}

/**
 * Deletes a pod. An unscheduled pod goes at once ("if the pod is not scheduled, delete
 * immediately": pkg/registry/core/pod/strategy.go CheckGracefulDelete); a bound one turns
 * Terminating until its app exits (§4.2). True when the pod was alive and is now going.
 */
export function terminatePod(world: K8sWorld, pod: PodRecord, ctx: SideContext): boolean {
  if (pod.terminating) return false;
  if (pod.node === null) {
    removePod(world, pod);
    return true;
  }
  const containerStarted = pod.phase === 'Running';
  updatePod(world, pod, beginTermination);
  if (containerStarted) appendEvent(world.events, ctx.now, killing(pod.name, world.deployment.containerName));
  ctx.after(terminationDelay(ctx.random, containerStarted), POD_TIMERS.gone, timerId(pod));
  return true;
}

/** Marks a ready pod available if it has been ready for minReadySeconds, else times the check. */
function checkAvailability(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
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

/** Handles a pod timer; timers of pods that are gone, or terminating ones, are ignored. */
export function onPodTimer(world: K8sWorld, kind: string, id: string, ctx: SideContext): void {
  const pod = podOfTimer(world, id);
  if (pod === undefined) return;
  if (kind === POD_TIMERS.gone) {
    removePod(world, pod);
    return;
  }
  if (pod.terminating) return;
  const { containerName } = world.deployment;
  const { image } = replicaSetOf(world, pod).template;
  if (kind === POD_TIMERS.scheduled) {
    bindPod(pod, world.node, ctx.now);
    appendEvent(world.events, ctx.now, scheduled(pod.name, world.node));
    appendEvent(world.events, ctx.now, pulling(pod.name, image));
    ctx.after(containerCreatingDelay(ctx.random), POD_TIMERS.started, id);
  } else if (kind === POD_TIMERS.started && pod.scheduledAt !== null) {
    appendEvent(world.events, ctx.now, pulled(pod.name, image, ctx.now - pod.scheduledAt));
    appendEvent(world.events, ctx.now, created(pod.name, containerName));
    appendEvent(world.events, ctx.now, started(pod.name, containerName));
    updatePod(world, pod, (p) => startContainer(p, ctx.now));
    ctx.requestSync();
    checkAvailability(world, pod, ctx);
  } else if (kind === POD_TIMERS.available) {
    checkAvailability(world, pod, ctx);
  }
}
