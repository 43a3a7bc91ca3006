// Where a pod goes: kube-scheduler binds it to an EKS node (or, on Fargate, the pod gets an ENI of
// its own), the CNI gives it an IP when the kubelet sets up its sandbox, and both are given back
// when the pod is gone. A pod that cannot be placed stays Pending with FailedScheduling and waits
// in the scheduler's queue.
//
// The queue (pkg/scheduler/internal/queue/scheduling_queue.go, defaults in apis/config): a failed
// pod waits among the unschedulable pods; an assigned pod's deletion moves them all back, each
// after its backoff (1 s, doubling per attempt, at most 10 s: podInitialBackoffSeconds /
// podMaxBackoffSeconds); a pod no event moved is flushed after 5 min
// (DefaultPodMaxInUnschedulablePodsDuration). Each attempt that fails records one event. The twin's
// nodes never change, so pod deletions are the only event that moves pods.

import type { SideContext } from '../clock/sideContext';
import { scheduleOnNodes, SYSTEM_DEFAULT_SPREAD, type PodSpec } from '../placement/kubeScheduler';
import type { NodeRecord } from './eksNodes';
import { appendEvent, failedScheduling, scheduled } from './k8sEvents';
import { nodeOf, podOfTimer, replicaSetOf, type K8sWorld, type ReplicaSetRecord } from './k8sWorld';
import { beginPull } from './kubelet';
import { failedCreatePodSandBox } from './kubeletEvents';
import { bindPod, type PodRecord } from './podLifecycle';
import type { PodTemplate } from './podTemplateHash';
import { POD_TIMERS, round3, timerId } from './podTimers';
import { stableHex } from './stableHex';
import { assignFargateIp, assignNodeIp, fargateIp, releaseFargateIp, releaseNodeIp } from './vpcCni';

const INITIAL_BACKOFF_SECONDS = 1;
const MAX_BACKOFF_SECONDS = 10;
const MAX_IN_UNSCHEDULABLE_SECONDS = 300;
/** The kubelet's backOffPeriod: "the period to back off when pod syncing results in an error" (pkg/kubelet/kubelet.go; jitter left out). */
const SANDBOX_RETRY_SECONDS = 10;

const NAMESPACE = 'default';

/**
 * On Fargate capacity, the node a pod is shown on. Pods of a spot-interruption revision run on
 * Spot capacity (the twin of FARGATE_SPOT), each on its own node so a reclaim takes one replica,
 * as one Fargate Spot task is interrupted on the ECS side (inferred; the names are made up in
 * EKS's `ip-…ec2.internal` form).
 */
export function nodeFor(world: K8sWorld, pod: PodRecord, t: PodTemplate): string {
  if (t.fault !== 'spot-interruption') return world.node;
  return `ip-10-0-${64 + ((pod.seq >> 8) & 63)}-${4 + (pod.seq % 250)}.ec2.internal`;
}

/** A pod's labels: the app and its ReplicaSet's pod-template-hash (what the ReplicaSet selects). */
const podLabels = (world: K8sWorld, rs: ReplicaSetRecord) => ({ app: world.deployment.name, 'pod-template-hash': rs.podTemplateHash });

/**
 * The pod as kube-scheduler reads it. The system default spreading selects the pods of the same
 * ReplicaSet (DefaultSelector takes the owner's selector; the twin has no Service); the
 * anti-affinity of distinctInstance selects every pod of the app, old revisions too, as ECS's
 * task group `service:<name>` does.
 */
function podSpecOf(world: K8sWorld, rs: ReplicaSetRecord): PodSpec {
  const { requests, scheduling } = rs.template;
  const labels = podLabels(world, rs);
  return {
    milliCpu: requests.milliCpu,
    memory: requests.memory,
    labels,
    ...(Object.keys(scheduling.nodeAffinity).length > 0 && { nodeAffinity: scheduling.nodeAffinity }),
    ...(scheduling.hostnameAntiAffinity && { hostnameAntiAffinity: { app: world.deployment.name } }),
    ...(scheduling.defaultSpreading && { softSpread: { constraints: SYSTEM_DEFAULT_SPREAD, selector: labels } }),
  };
}

/** Counts the pod (requests and labels) on the node, or takes it off (`sign` −1). */
function account(world: K8sWorld, node: NodeRecord, pod: PodRecord, sign: 1 | -1): void {
  const rs = replicaSetOf(world, pod);
  node.requestedMilliCpu += sign * rs.template.requests.milliCpu;
  node.requestedMemory += sign * rs.template.requests.memory;
  countInGroup(world, node, rs, pod.terminating, sign);
}

function countInGroup(world: K8sWorld, node: NodeRecord, rs: ReplicaSetRecord, terminating: boolean, delta: 1 | -1): void {
  let group = node.pods.find((g) => g.terminating === terminating && g.labels['pod-template-hash'] === rs.podTemplateHash);
  if (group === undefined) {
    group = { labels: podLabels(world, rs), count: 0, terminating };
    node.pods.push(group);
  }
  group.count += delta;
  if (group.count === 0) node.pods.splice(node.pods.indexOf(group), 1);
  node.version++;
}

/**
 * Places a pod at t = 0, for a Deployment that rolled out before: a node with room and an IP for
 * it, or its own address on Fargate. False leaves the pod unbound, to be scheduled as usual.
 */
export function placeAtStart(world: K8sWorld, pod: PodRecord, ctx: SideContext): boolean {
  const rs = replicaSetOf(world, pod);
  const { containerName, image } = rs.template;
  if (world.compute === 'fargate') {
    const address = assignFargateIp(world.vpc, pod.name, pod.seq);
    if (address === null) return false;
    bindPod(pod, nodeFor(world, pod, rs.template), ctx.now, containerName, image);
    pod.podIP = fargateIp(world.vpc, address);
    pod.address = address;
    return true;
  }
  const result = scheduleOnNodes(podSpecOf(world, rs), world.nodes, rs.template.scheduling.scoring, ctx.random);
  const node = result.ok ? world.nodes[world.nodeIndex[result.nodeName]] : undefined;
  const got = node === undefined ? null : assignNodeIp(world.vpc, node, pod.name);
  if (node === undefined || got === null) return false;
  bindPod(pod, node.name, ctx.now, containerName, image);
  account(world, node, pod, 1);
  pod.podIP = got.ip;
  pod.address = got.address;
  return true;
}

/**
 * One scheduling attempt, when the pod's `pod.scheduled` timer fires: its first, or a retry the
 * queue planned (a stale retry, or one for a pod already bound or going, does nothing).
 */
export function schedulePod(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const queued = pod.queue;
  if (pod.node !== null || (queued !== null && (queued.retryAt === null || Math.abs(queued.retryAt - ctx.now) > 1e-6))) return;
  const rs = replicaSetOf(world, pod);
  const t = rs.template;
  if (world.compute === 'fargate') {
    const address = assignFargateIp(world.vpc, pod.name, pod.seq);
    if (address === null) {
      // fargate-scheduler's wording (aws/containers-roadmap#1890); that a full subnet shows it is inferred.
      fail(world, pod, 'fargate-scheduler', `Pod provisioning timed out (will retry) for pod: ${NAMESPACE}/${pod.name}`, ctx);
      return;
    }
    bind(world, pod, nodeFor(world, pod, t), t, ctx);
    pod.podIP = fargateIp(world.vpc, address);
    pod.address = address;
    beginPull(world, pod, t, ctx);
    return;
  }
  const result = scheduleOnNodes(podSpecOf(world, rs), world.nodes, t.scheduling.scoring, ctx.random);
  if (!result.ok) {
    fail(world, pod, 'default-scheduler', result.message, ctx);
    return;
  }
  const node = world.nodes[world.nodeIndex[result.nodeName]];
  bind(world, pod, node.name, t, ctx);
  account(world, node, pod, 1);
  setUpSandbox(world, pod, node, t, ctx);
}

function bind(world: K8sWorld, pod: PodRecord, node: string, t: PodTemplate, ctx: SideContext): void {
  pod.queue = null;
  bindPod(pod, node, ctx.now, t.containerName, t.image);
  appendEvent(world.events, ctx.now, scheduled(pod.name, node));
}

/**
 * FailedScheduling: the event, the run's first failure time, and the pod into the unschedulable
 * queue, flushed back after 5 min if nothing moves it sooner. The first failure of the run asks
 * for a pass, so the Deployment's progress deadline is watched from then on.
 */
function fail(world: K8sWorld, pod: PodRecord, source: string, message: string, ctx: SideContext): void {
  appendEvent(world.events, ctx.now, failedScheduling(pod.name, message, source));
  if (world.failedSchedulingAt === null) {
    world.failedSchedulingAt = ctx.now;
    ctx.requestSync();
  }
  const listed = pod.queue?.unschedulable ?? false;
  pod.queue = { attempts: (pod.queue?.attempts ?? 0) + 1, lastAttemptAt: ctx.now, retryAt: null, unschedulable: true };
  if (!listed) world.unschedulable.push(timerId(pod));
  retryAt(pod, ctx.now + MAX_IN_UNSCHEDULABLE_SECONDS, ctx);
}

function retryAt(pod: PodRecord, at: number, ctx: SideContext): void {
  if (pod.queue === null) return;
  const due = round3(Math.max(at, ctx.now));
  pod.queue.retryAt = due;
  ctx.after(due - ctx.now, POD_TIMERS.scheduled, timerId(pod));
}

/** The backoff after `attempts` failed attempts: 1 s, doubling, at most 10 s. */
export const backoffSeconds = (attempts: number) => Math.min(INITIAL_BACKOFF_SECONDS * 2 ** (attempts - 1), MAX_BACKOFF_SECONDS);

/** An assigned pod was deleted: every unschedulable pod goes back to be tried once its backoff is over. */
function moveUnschedulable(world: K8sWorld, ctx: SideContext): void {
  const ids = world.unschedulable;
  if (ids.length === 0) return;
  world.unschedulable = [];
  for (const id of ids) {
    const pod = podOfTimer(world, id);
    if (pod === undefined || pod.node !== null || pod.queue === null) continue;
    pod.queue.unschedulable = false;
    retryAt(pod, pod.queue.lastAttemptAt + backoffSeconds(pod.queue.attempts), ctx);
  }
}

/** The kubelet sets up the pod's sandbox: the CNI's IP, then the image pull; or the failure, tried again later. */
function setUpSandbox(world: K8sWorld, pod: PodRecord, node: NodeRecord, t: PodTemplate, ctx: SideContext): void {
  const got = assignNodeIp(world.vpc, node, pod.name);
  if (got === null) {
    appendEvent(world.events, ctx.now, failedCreatePodSandBox(pod.name, stableHex(`${pod.name}@${ctx.now}`, 64)));
    ctx.after(SANDBOX_RETRY_SECONDS, POD_TIMERS.sandbox, timerId(pod));
    return;
  }
  pod.podIP = got.ip;
  pod.address = got.address;
  beginPull(world, pod, t, ctx);
}

/** The kubelet's retry of a sandbox that had no IP. */
export function retrySandbox(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const node = nodeOf(world, pod);
  if (node === undefined || pod.podIP !== null) return;
  setUpSandbox(world, pod, node, replicaSetOf(world, pod).template, ctx);
}

/** The pod turned Terminating: it stays on its node, but PodTopologySpread no longer counts it. */
export function markTerminating(world: K8sWorld, pod: PodRecord): void {
  const node = nodeOf(world, pod);
  if (node === undefined) return;
  const rs = replicaSetOf(world, pod);
  countInGroup(world, node, rs, false, -1);
  countInGroup(world, node, rs, true, 1);
}

/** A bound pod is gone for good: its node's resources and its IP come back, and the unschedulable pods get another try. */
export function releasePod(world: K8sWorld, pod: PodRecord, ctx: SideContext): void {
  const node = nodeOf(world, pod);
  const address = pod.address;
  if (node !== undefined) {
    account(world, node, pod, -1);
    if (address?.kind === 'node') releaseNodeIp(world.vpc, node, address);
  } else if (address?.kind === 'fargate') {
    releaseFargateIp(world.vpc, address);
  }
  pod.address = null;
  moveUnschedulable(world, ctx);
}
