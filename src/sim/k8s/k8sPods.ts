// Pods over time: the scheduler binds them, the kubelet pulls and runs them (kubelet.ts), they
// turn available after minReadySeconds, deleted ones terminate, and a Spot node's interruption
// evicts the pod on it. Each step is a timer on the simulation's queue (podTimers.ts).

import type { RandomState } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import { durationFor } from '../faults/appBehaviour';
import { appendEvent, killing, scheduled, successfulCreate } from './k8sEvents';
import { addPod, findPod, removePod, replicaSetOf, updatePod, type K8sWorld, type ReplicaSetRecord } from './k8sWorld';
import { beginPull, isKubeletTimer, onKubeletTimer, startFirstRun } from './kubelet';
import { evicted, spotInterrupted } from './kubeletEvents';
import { checkAvailability } from './podAvailability';
import { beginTermination, bindPod, createPod, isContainerRunning, type PodRecord } from './podLifecycle';
import { dueAt, POD_TIMERS, scheduleAt, takeDue, timerId } from './podTimers';
import { randomPodSuffix, type PodTemplate } from './podTemplateHash';
import { schedulingDelay, SPOT_RECLAIMED_AFTER, terminationDelay } from './podTimings';

export { refreshAvailability } from './podAvailability';

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

/**
 * The node a pod lands on. Pods of a spot-interruption revision run on Spot capacity (the twin of
 * FARGATE_SPOT), each on its own node so a reclaim takes one replica, as one Fargate Spot task is
 * interrupted on the ECS side (inferred; the names are made up in EKS's `ip-…ec2.internal` form).
 */
export function nodeFor(world: K8sWorld, pod: PodRecord, t: PodTemplate): string {
  if (t.fault !== 'spot-interruption') return world.node;
  return `ip-10-0-${64 + ((pod.seq >> 8) & 63)}-${4 + (pod.seq % 250)}.ec2.internal`;
}

/** Puts the Spot node's interruption on the queue, 3–10 min after the pod first runs (inferred). */
export function scheduleSpotInterruption(pod: PodRecord, t: PodTemplate, ctx: SideContext): void {
  if (t.fault !== 'spot-interruption' || dueAt(pod, POD_TIMERS.interrupted) !== null) return;
  scheduleAt(pod, POD_TIMERS.interrupted, ctx.now + durationFor(pod.name, 'spot', SPOT_RECLAIMED_AFTER), ctx);
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
  // Only a running container has a process to stop (killContainer's "Stopping container %s").
  const containerRunning = isContainerRunning(pod);
  updatePod(world, pod, beginTermination);
  if (containerRunning && pod.container !== null) appendEvent(world.events, ctx.now, killing(pod.name, pod.container.name));
  ctx.after(terminationDelay(ctx.random, containerRunning), POD_TIMERS.gone, timerId(pod));
  return true;
}

/**
 * The Spot node gets its two-minute warning: Karpenter's interruption controller marks the pod
 * and evicts it through the Eviction API (aws/karpenter-provider-aws interruption controller;
 * kubernetes-sigs/karpenter terminator). The eviction is a graceful delete, and the ReplicaSet
 * replaces the pod as for any other deletion. Node events are not shown (the event view has no
 * Node kind).
 */
function interruptSpotNode(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  appendEvent(world.events, ctx.now, spotInterrupted(pod.name));
  appendEvent(world.events, ctx.now, evicted(pod.name));
  if (terminatePod(world, pod, ctx)) ctx.requestSync();
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
  if (kind === POD_TIMERS.scheduled) {
    const t = replicaSetOf(world, pod).template;
    const node = nodeFor(world, pod, t);
    bindPod(pod, node, ctx.now, t.containerName, t.image);
    appendEvent(world.events, ctx.now, scheduled(pod.name, node));
    beginPull(world, pod, t, ctx);
  } else if (kind === POD_TIMERS.started && pod.scheduledAt !== null) {
    const t = replicaSetOf(world, pod).template;
    startFirstRun(world, pod, t, ctx, ctx.now - pod.scheduledAt);
    scheduleSpotInterruption(pod, t, ctx);
  } else if (kind === POD_TIMERS.available) {
    checkAvailability(world, pod, ctx);
  } else if (isKubeletTimer(kind)) {
    onKubeletTimer(world, pod, kind, ctx);
  } else if (kind === POD_TIMERS.interrupted && takeDue(pod, kind, ctx.now)) {
    interruptSpotNode(world, pod, ctx);
  }
}
