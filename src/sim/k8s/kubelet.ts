// The kubelet's side of a pod's container: pull the image (or fail to, with ImagePullBackOff),
// start the app, notice it exit, restart it at once or after CrashLoopBackOff, and kill it when a
// liveness or startup probe fails (reference/k8s.md §4.2, §4.3; upstream pkg/kubelet/
// kuberuntime/kuberuntime_manager.go SyncPod / computePodActions / doBackOff, images/
// image_manager.go EnsureImageExists). restartPolicy is Always, as for every Deployment's pods:
// the phase stays Running and the container restarts in place.

import type { SideContext } from '../clock/sideContext';
import { appBehaviour } from '../faults/appBehaviour';
import { appendEvent, created, pulled, pulling, started } from './k8sEvents';
import { replicaSetOf, updatePod, type K8sWorld } from './k8sWorld';
import type { AppRun, KubeletTimerKind } from './kubeletRecord';
import { isInBackOffSinceUpdate, nextBackOff, restartDecision } from './kubeletBackOff';
import {
  alreadyPresent,
  backOffPulling,
  backOffRestarting,
  crashLoopMessage,
  failedError,
  failedToPull,
  killingForProbe,
} from './kubeletEvents';
import { armProbes, probeTick, stopProbes } from './kubeletProbes';
import { isImageFault, pullError } from './imagePullErrors';
import type { PodTemplate } from './podTemplateHash';
import { checkAvailability } from './podAvailability';
import { stableHex } from './stableHex';
import { changeContainer, exitContainer, isContainerRunning, kubeletOf, setReady, startContainer, waitContainer, type PodRecord } from './podLifecycle';
import { cancelTimer, POD_TIMERS, scheduleAt, takeDue, timerId } from './podTimers';
import { containerCreatingDelay, failedPullDelay, KUBELET_RESYNC_SECONDS, PROBE_KILL_EXIT_CODE, terminationDelay } from './podTimings';

/** A stable UID-shaped id for `format.Pod` (inferred: upstream UIDs are random; none is drawn here). */
export function podUid(name: string): string {
  const hex = stableHex(name, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const templateOf = (world: K8sWorld, pod: PodRecord) => replicaSetOf(world, pod).template;

/** The kubelet starts pulling the pod's image (EnsureImageExists): it arrives, or the pull fails. */
export function beginPull(world: K8sWorld, pod: PodRecord, t: PodTemplate, ctx: SideContext): void {
  const { image, fault } = t;
  appendEvent(world.events, ctx.now, pulling(pod.name, image));
  if (isImageFault(fault)) scheduleAt(pod, POD_TIMERS.pullFailed, ctx.now + failedPullDelay(ctx.random), ctx);
  else ctx.after(containerCreatingDelay(ctx.random), POD_TIMERS.started, timerId(pod));
}

/** What the app in a run started now does (faults/appBehaviour.ts, the same table as ECS's). */
function appRun(t: PodTemplate, pod: PodRecord, now: number): AppRun {
  const behaviour = appBehaviour(t.fault, pod.name);
  const exit =
    behaviour.exitAfter === null
      ? null
      : { at: now + behaviour.exitAfter, exitCode: behaviour.exitCode ?? 1, reason: behaviour.exitCode === 137 ? ('OOMKilled' as const) : ('Error' as const) };
  return { startedAt: now, readyAt: behaviour.readyAfter === null ? null : now + behaviour.readyAfter, exit };
}

/**
 * The container runs from now. Without a readiness probe it is Ready at once; without a startup
 * probe it is started at once (the container's ready/started fields, §4.2). `steady`: the pod has
 * been up since before t = 0, so its probes have already passed.
 */
export function startRun(world: K8sWorld, pod: PodRecord, t: PodTemplate, ctx: SideContext, steady = false): void {
  updatePod(world, pod, (p) => runContainer(p, t, ctx.now, steady));
  watchRun(pod, t, ctx, steady);
}

/** startRun's change to the pod alone, for a pod not yet counted in its ReplicaSet (k8sSide.ts startSteady). */
export function runContainer(pod: PodRecord, t: PodTemplate, now: number, steady: boolean): void {
  const plain = t.fault === 'healthy' && t.startupProbe === null && t.livenessProbe === null && t.readinessProbe === null;
  const run = plain ? null : appRun(t, pod, now);
  if (run !== null || pod.kubelet !== null) kubeletOf(pod).run = run;
  const started = steady || t.startupProbe === null;
  startContainer(pod, now, started && (steady || t.readinessProbe === null), started);
}

/** startRun's timers: the app's own exit, and the probes. */
export function watchRun(pod: PodRecord, t: PodTemplate, ctx: SideContext, steady: boolean): void {
  const exit = pod.kubelet?.run?.exit ?? null;
  if (exit !== null) scheduleAt(pod, POD_TIMERS.exited, exit.at, ctx);
  armProbes(pod, t, ctx, steady);
}

/** The first run, once the image is pulled: Pulled, Created, Started (kuberuntime_container.go startContainer). */
export function startFirstRun(world: K8sWorld, pod: PodRecord, t: PodTemplate, ctx: SideContext, pullSeconds: number): void {
  const { image, containerName } = t;
  appendEvent(world.events, ctx.now, pulled(pod.name, image, pullSeconds));
  appendEvent(world.events, ctx.now, created(pod.name, containerName));
  appendEvent(world.events, ctx.now, started(pod.name, containerName));
  startRun(world, pod, t, ctx);
  ctx.requestSync();
  checkAvailability(world, pod, ctx);
}

/** A restart: the image is on the node already; restartCount counts it and lastState keeps the last run. */
function restart(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const container = pod.container;
  if (container === null) return;
  const t = templateOf(world, pod);
  const { image, containerName } = t;
  const lastState = 'terminated' in container.state ? container.state : container.lastState;
  changeContainer(pod, { restartCount: container.restartCount + 1, lastState });
  appendEvent(world.events, ctx.now, alreadyPresent(pod.name, image));
  appendEvent(world.events, ctx.now, created(pod.name, containerName));
  appendEvent(world.events, ctx.now, started(pod.name, containerName));
  startRun(world, pod, t, ctx);
  ctx.requestSync();
  checkAvailability(world, pod, ctx);
}

/**
 * doBackOff against the finish time of the latest exited instance: start now, or wait in
 * CrashLoopBackOff until the back-off has passed (the pod worker requeues the pod for then:
 * pod_workers.go completeWork with the BackoffError's time; its ≤ 50 % jitter is left out, inferred).
 */
function restartOrBackOff(world: K8sWorld, pod: PodRecord, ctx: SideContext, lastFinishedAt: number | null): void {
  const kubelet = kubeletOf(pod);
  const decision = restartDecision(kubelet.restartBackOff, lastFinishedAt, ctx.now);
  kubelet.restartBackOff = decision.entry;
  if (decision.start) {
    restart(world, pod, ctx);
    return;
  }
  const { containerName } = templateOf(world, pod);
  const uid = podUid(pod.name);
  // The kubelet repeats this event at every sync inside the back-off; the twin records it once.
  appendEvent(world.events, ctx.now, backOffRestarting(pod.name, uid, containerName));
  waitContainer(pod, 'CrashLoopBackOff', crashLoopMessage(decision.entry.seconds, containerName, pod.name, uid));
  scheduleAt(pod, POD_TIMERS.sync, decision.until, ctx);
}

/** The finish time of the run before the current one, if there was one. */
function previousFinishedAt(pod: PodRecord): number | null {
  const last = pod.container?.lastState;
  return last !== null && last !== undefined && 'terminated' in last ? last.terminated.finishedAt : null;
}

/** A failed liveness or startup probe: SIGTERM now, the app exits a moment later. */
function killForProbe(world: K8sWorld, pod: PodRecord, ctx: SideContext, type: 'liveness' | 'startup'): void {
  appendEvent(world.events, ctx.now, killingForProbe(pod.name, templateOf(world, pod).containerName, type));
  cancelTimer(pod, POD_TIMERS.exited);
  stopProbes(pod);
  updatePod(world, pod, (p) => setReady(p, false, ctx.now));
  scheduleAt(pod, POD_TIMERS.killed, ctx.now + terminationDelay(ctx.random, true), ctx);
  ctx.requestSync();
}

/** The image could not be pulled: ErrImagePull, and the pull back-off moves on (image_manager.go). */
function pullFailed(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const { image, fault } = templateOf(world, pod);
  const error = pullError(fault, image);
  appendEvent(world.events, ctx.now, failedToPull(pod.name, image, error));
  appendEvent(world.events, ctx.now, failedError(pod.name, 'ErrImagePull'));
  waitContainer(pod, 'ErrImagePull', error);
  const kubelet = kubeletOf(pod);
  kubelet.pullBackOff = nextBackOff(kubelet.pullBackOff, ctx.now, ctx.now);
  scheduleAt(pod, POD_TIMERS.sync, ctx.now + KUBELET_RESYNC_SECONDS, ctx);
}

/** A kubelet sync of a pod whose container is not running: back off, retry the pull, or restart. */
function sync(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const state = pod.container?.state;
  if (state === undefined || 'running' in state) return;
  if ('terminated' in state) {
    restartOrBackOff(world, pod, ctx, state.terminated.finishedAt);
    return;
  }
  const { reason } = state.waiting;
  if (reason === 'CrashLoopBackOff') {
    restartOrBackOff(world, pod, ctx, previousFinishedAt(pod));
  } else if (reason === 'ErrImagePull' || reason === 'ImagePullBackOff') {
    const { image } = templateOf(world, pod);
    const entry = pod.kubelet?.pullBackOff ?? null;
    if (isInBackOffSinceUpdate(entry, ctx.now) && entry !== null) {
      appendEvent(world.events, ctx.now, backOffPulling(pod.name, image));
      appendEvent(world.events, ctx.now, failedError(pod.name, 'ImagePullBackOff'));
      waitContainer(pod, 'ImagePullBackOff', `Back-off pulling image "${image}"`);
      scheduleAt(pod, POD_TIMERS.sync, entry.lastUpdate + entry.seconds, ctx);
    } else {
      appendEvent(world.events, ctx.now, pulling(pod.name, image));
      scheduleAt(pod, POD_TIMERS.pullFailed, ctx.now + failedPullDelay(ctx.random), ctx);
    }
  }
}

/** True for the timer kinds this file handles. */
export const isKubeletTimer = (kind: string): kind is KubeletTimerKind =>
  kind === POD_TIMERS.pullFailed || kind === POD_TIMERS.exited || kind === POD_TIMERS.killed || kind === POD_TIMERS.sync || kind === POD_TIMERS.probe;

/** Handles a kubelet timer of a live pod; stale ones (no longer due) are ignored. */
export function onKubeletTimer(world: K8sWorld, pod: PodRecord, kind: KubeletTimerKind, ctx: SideContext): void {
  if (!takeDue(pod, kind, ctx.now)) return;
  const run = pod.kubelet?.run ?? null;
  const exit = run?.exit ?? null;
  if (kind === POD_TIMERS.pullFailed) pullFailed(world, pod, ctx);
  else if (kind === POD_TIMERS.sync) sync(world, pod, ctx);
  else if (kind === POD_TIMERS.probe) {
    const kill = probeTick(world, pod, ctx);
    if (kill !== null) killForProbe(world, pod, ctx, kill);
  } else if (kind === POD_TIMERS.exited && run !== null && exit !== null && isContainerRunning(pod)) {
    // The process ended: Terminated with its reason; the kubelet sees it at its next relist.
    stopProbes(pod);
    updatePod(world, pod, (p) => exitContainer(p, { reason: exit.reason, exitCode: exit.exitCode, startedAt: run.startedAt, finishedAt: ctx.now }));
    scheduleAt(pod, POD_TIMERS.sync, ctx.now + KUBELET_RESYNC_SECONDS, ctx);
    ctx.requestSync();
  } else if (kind === POD_TIMERS.killed && run !== null && isContainerRunning(pod)) {
    // Kill and start happen in one SyncPod, so doBackOff still sees the run before this one
    // (computePodActions, then startContainer → doBackOff on the pod status from before the kill).
    const before = previousFinishedAt(pod);
    updatePod(world, pod, (p) => exitContainer(p, { reason: 'Error', exitCode: PROBE_KILL_EXIT_CODE, startedAt: run.startedAt, finishedAt: ctx.now }));
    const decision = restartDecision(pod.kubelet?.restartBackOff ?? null, before, ctx.now);
    // In back-off, the kubelet's next syncs measure it from this exit, the newest one.
    restartOrBackOff(world, pod, ctx, decision.start ? before : ctx.now);
  }
}

