// Pods over time: the scheduler binds them (podScheduling.ts), the kubelet pulls and runs them
// (kubelet.ts), they turn available after minReadySeconds, deleted ones terminate, and a Spot
// node's interruption evicts the pod on it. Each step is a timer on the simulation's queue (podTimers.ts).

import type { RandomState } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import { durationFor } from '../faults/appBehaviour';
import { appendEvent, killing, successfulCreate } from './k8sEvents';
import { addPod, findPod, podOfTimer, removePod, replicaSetOf, updatePod, type K8sWorld, type ReplicaSetRecord } from './k8sWorld';
import { isKubeletTimer, onKubeletTimer, startFirstRun } from './kubelet';
import { evicted, spotInterrupted } from './kubeletEvents';
import { checkAvailability } from './podAvailability';
import { beginTermination, createPod, isContainerRunning, type PodRecord } from './podLifecycle';
import { markTerminating, releasePod, retrySandbox, schedulePod } from './podScheduling';
import { dueAt, POD_TIMERS, scheduleAt, takeDue, timerId } from './podTimers';
import { randomPodSuffix, type PodTemplate } from './podTemplateHash';
import { schedulingDelay, SPOT_RECLAIMED_AFTER, terminationDelay } from './podTimings';

export { refreshAvailability } from './podAvailability';

/** generateName `<rs>-`: a random suffix, drawn again on a clash with a pod that exists. */
export function newPodName(world: K8sWorld, rs: ReplicaSetRecord, random: RandomState): string {
  let name = `${rs.name}-${randomPodSuffix(random)}`;
  while (findPod(world, name) !== undefined) name = `${rs.name}-${randomPodSuffix(random)}`;
  return name;
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
  markTerminating(world, pod);
  if (containerRunning && pod.container !== null) appendEvent(world.events, ctx.now, killing(pod.name, pod.container.name));
  ctx.after(terminationDelay(ctx.random, containerRunning), POD_TIMERS.gone, timerId(pod));
  return true;
}

/**
 * The Spot node gets its two-minute warning: Karpenter's interruption controller marks the pod
 * and evicts it through the Eviction API (aws/karpenter-provider-aws interruption controller;
 * kubernetes-sigs/karpenter terminator). The eviction is a graceful delete, and the ReplicaSet
 * replaces the pod as for any other deletion. The Spot node's own events are not modelled.
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
    releasePod(world, pod, ctx);
    removePod(world, pod);
    return;
  }
  if (pod.terminating) return;
  if (kind === POD_TIMERS.scheduled) {
    schedulePod(world, pod, ctx);
  } else if (kind === POD_TIMERS.sandbox) {
    retrySandbox(world, pod, ctx);
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
