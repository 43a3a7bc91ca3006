// The Kubernetes side as the simulation drives it: create the Deployment, handle pod timers, run
// a reconcile pass (Deployment controller, then ReplicaSet controller), apply the kubectl-style
// changes the ECS commands translate to, and project views. Everything is plain data.

import { initialTransition, transition } from 'xstate';
import type { SideContext } from '../clock/sideContext';
import type { Decision, IntOrPercent, Scenario } from '../types';
import { deploymentControllerMachine } from './deploymentControllerMachine';
import { availableCondition, calculateStatus, newReplicaSetAvailable } from './deploymentStatus';
import { sameTemplate, type PodTemplate } from './podTemplateHash';
import { podTemplateFromTaskDefinition } from './podTemplateFromTaskDefinition';
import { createNewReplicaSet } from './replicaSetRevisions';
import { syncDeployment } from './deploymentSync';
import { appendEvent, created, pulled, pulling, scheduled, started, successfulCreate } from './k8sEvents';
import { newPodName, onPodTimer, refreshAvailability, scheduleSpotInterruption, terminatePod } from './k8sPods';
import { addPod, findPod, type K8sWorld } from './k8sWorld';
import { runContainer, watchRun } from './kubelet';
import { isImageFault } from './imagePullErrors';
import { createPod } from './podLifecycle';
import { placeAtStart } from './podScheduling';
import { POD_TIMERS, timerId } from './podTimers';
import { containerCreatingDelay, schedulingDelay } from './podTimings';
import { eksCompute, launchNodes } from './eksNodes';
import { schedulingFromPlacement } from './schedulingFromPlacement';
import { createTwinVpc } from './vpcCni';
import { maxUnavailableFor, resolveFenceposts } from './resolveFenceposts';
import { syncReplicaSets } from './replicaSetController';
import { planUndo } from './rolloutUndo';

export type { K8sWorld } from './k8sWorld';
export { viewK8s, k8sRolloutProgress } from './k8sView';

/** On Fargate capacity, the node pods are shown on (EKS naming). */
const NODE = 'ip-10-0-1-23.ec2.internal';

/**
 * The Kubernetes twin of `scenario`: Deployment `serviceName` with `desiredCount` replicas, its
 * pod template translated from the task definition (podTemplateFromTaskDefinition.ts) and the
 * service's placement (schedulingFromPlacement.ts), on EKS nodes matching the service's EC2
 * capacity or, on Fargate, without nodes (eksNodes.ts), in its own copy of the VPC (vpcCni.ts).
 * 'steady': revision 1 already rolled out, every pod that has room Running, Ready and available
 * at t = 0. 'empty': the Deployment was just created; the first pass creates its ReplicaSet. A
 * template whose image cannot be pulled never rolled out, so it always starts 'empty'.
 */
export function createK8sWorld(scenario: Scenario, ctx: SideContext): K8sWorld {
  const { service } = scenario;
  const template: PodTemplate = {
    ...podTemplateFromTaskDefinition(scenario.taskDefinition, service.loadBalancer),
    scheduling: schedulingFromPlacement(service.placementConstraints, service.placementStrategy),
    restartedAt: null,
  };
  const compute = eksCompute(scenario);
  const vpc = createTwinVpc(compute.subnets);
  const nodes = compute.nodes === null ? [] : launchNodes(vpc, compute.nodes);
  const steady = scenario.start === 'steady' && !isImageFault(template.fault);
  const [initial] = initialTransition(deploymentControllerMachine);
  const world: K8sWorld = {
    deployment: {
      name: scenario.service.serviceName,
      replicas: scenario.service.desiredCount,
      ...scenario.kubernetes,
      template,
      generation: 1,
      observedGeneration: steady ? 1 : 0,
      collisionCount: 0,
    },
    replicaSets: [],
    events: { items: [], nextId: 0 },
    machine: { value: 'progressing', context: initial.context },
    podSeq: 0,
    node: NODE,
    progressCheckAt: null,
    compute: compute.nodes === null ? 'fargate' : 'nodes',
    nodes,
    nodeIndex: Object.fromEntries(nodes.map((node, i) => [node.name, i])),
    vpc,
    unschedulable: [],
    failedSchedulingAt: null,
    maxPodsPerNode: 0,
  };
  if (steady) startSteady(world, ctx);
  else ctx.requestSync();
  return world;
}

/**
 * A Deployment that finished rolling out before t = 0, with the events that got it there. A pod
 * with no room (no node fits it, or no address is left) starts Pending and is scheduled as any
 * new pod; the Deployment still says it completed, with Available as its pods are.
 */
function startSteady(world: K8sWorld, ctx: SideContext): void {
  const d = world.deployment;
  const { image, containerName } = d.template;
  const { maxSurge, maxUnavailable } = resolveFenceposts(d.replicas, d.maxSurge, d.maxUnavailable);
  const rs = createNewReplicaSet(world, d.replicas, maxSurge, ctx.now);
  let placed = 0;
  for (let i = 0; i < d.replicas; i++) {
    const pod = createPod(newPodName(world, rs, ctx.random), rs.name, ctx.now, world.podSeq++);
    if (placeAtStart(world, pod, ctx)) {
      placed++;
      // Running and Ready since before t = 0; its app's fault (if any) plays out from t = 0.
      runContainer(pod, rs.template, ctx.now, true);
      // Ready long enough before t = 0 to count as available whatever minReadySeconds is.
      pod.readySince = ctx.now - d.minReadySeconds;
      pod.available = true;
      addPod(world, pod);
      watchRun(pod, rs.template, ctx, true);
      scheduleSpotInterruption(pod, rs.template, ctx);
    } else {
      addPod(world, pod);
      ctx.after(schedulingDelay(ctx.random), POD_TIMERS.scheduled, timerId(pod));
    }
    appendEvent(world.events, ctx.now, successfulCreate(rs.name, pod.name));
  }
  for (const pod of rs.pods) {
    if (pod.node === null) continue;
    appendEvent(world.events, ctx.now, scheduled(pod.name, pod.node));
    appendEvent(world.events, ctx.now, pulling(pod.name, image));
    appendEvent(world.events, ctx.now, pulled(pod.name, image, containerCreatingDelay(ctx.random)));
    appendEvent(world.events, ctx.now, created(pod.name, containerName));
    appendEvent(world.events, ctx.now, started(pod.name, containerName));
  }
  const counts = { spec: d.replicas, replicas: d.replicas, ready: placed, available: placed };
  const minAvailable = d.replicas - maxUnavailableFor(d.replicas, maxUnavailable);
  world.machine = {
    value: 'complete',
    context: {
      status: calculateStatus([counts], counts),
      conditions: [availableCondition(placed, minAvailable, ctx.now), newReplicaSetAvailable(rs.name, ctx.now)],
      revision: rs.revision,
      lastDecisionKey: null,
    },
  };
}

/** requeueStuckDeployment's timer (progress.go): a pass once the deadline may have passed. */
const PROGRESS_CHECK = 'deployment.progressCheck';

/** A timer this side scheduled with ctx.after: a pod's, or the Deployment's progress check. */
export function onK8sTimer(world: K8sWorld, kind: string, id: string, ctx: SideContext): void {
  if (kind !== PROGRESS_CHECK) {
    onPodTimer(world, kind, id, ctx);
    return;
  }
  // A stale check (progress since, or the rollout ended) does nothing.
  if (world.progressCheckAt !== null && Math.abs(world.progressCheckAt - ctx.now) < 1e-6 && world.machine.value === 'progressing') {
    world.progressCheckAt = null;
    ctx.requestSync();
  }
}

/**
 * One reconcile pass: the Deployment controller (one scaling direction at most, §1.4), then the
 * ReplicaSet controller. Records the pass's decision unless it repeats the last one.
 */
export function syncK8s(world: K8sWorld, ctx: SideContext): void {
  const pass = syncDeployment(world, ctx);
  const snapshot = deploymentControllerMachine.resolveState(world.machine);
  const [next, actions] = transition(deploymentControllerMachine, snapshot, pass.event);
  world.machine = { value: next.value as K8sWorld['machine']['value'], context: next.context };
  for (const action of actions) if (action.type === 'recordDecision') ctx.record(action.params as Decision);
  const moreReplicaSetWork = syncReplicaSets(world, ctx);
  if (pass.moreWork || moreReplicaSetWork) ctx.requestSync();
  requeueStuckDeployment(world, ctx);
}

/**
 * requeueStuckDeployment (progress.go): while the rollout has not completed, check again once
 * `lastUpdateTime + progressDeadlineSeconds` has passed. Upstream enqueues the Deployment after
 * that much time plus one second; a timer at the deadline gives the pass at the next whole
 * second, the same moment. Only a template that can fail, or pods that may find no room (EKS
 * nodes, or a Fargate twin whose subnets ran out), can stall here, so a healthy Fargate rollout
 * arms no timer and leaves no stray entry on the queue once it is done (inferred optimisation;
 * upstream always requeues).
 */
function requeueStuckDeployment(world: K8sWorld, ctx: SideContext): void {
  if (world.machine.value !== 'progressing') return;
  if (world.deployment.template.fault === 'healthy' && world.compute === 'fargate' && world.failedSchedulingAt === null) return;
  const progressing = world.machine.context.conditions.find((c) => c.type === 'Progressing');
  if (progressing === undefined) return;
  const due = progressing.lastUpdateTime + world.deployment.progressDeadlineSeconds;
  if (world.progressCheckAt === due) return;
  world.progressCheckAt = due;
  ctx.after(Math.max(0, due - ctx.now), PROGRESS_CHECK, world.deployment.name);
}

/** True once the Deployment reports Progressing=False ProgressDeadlineExceeded. */
export const isProgressDeadlineExceeded = (world: K8sWorld) => world.machine.value === 'stalled';

function changeSpec(world: K8sWorld, ctx: SideContext, change: () => void): void {
  change();
  world.deployment.generation++;
  ctx.requestSync();
}

/** The template fields a change may set; what it leaves out stays as it is (`kubectl set image`). */
export type PodTemplateChange = Pick<PodTemplate, 'image' | 'revisionLabel'> & Partial<Omit<PodTemplate, 'restartedAt'>>;

/** A new pod template (kubectl set image / apply): a new ReplicaSet, or an old one reused (§1.9). */
export function setPodTemplate(world: K8sWorld, template: PodTemplateChange, ctx: SideContext): void {
  const next = { ...world.deployment.template, ...template, restartedAt: world.deployment.template.restartedAt };
  if (sameTemplate(next, world.deployment.template)) return;
  changeSpec(world, ctx, () => (world.deployment.template = next));
}

/** `kubectl rollout restart`: the restartedAt annotation changes the template, image unchanged. */
export function restartRollout(world: K8sWorld, ctx: SideContext): void {
  if (world.deployment.template.restartedAt === ctx.now) return;
  changeSpec(world, ctx, () => (world.deployment.template = { ...world.deployment.template, restartedAt: ctx.now }));
}

/** `kubectl scale`: during a rollout the controller scales proportionally (§1.10). */
export function scaleDeployment(world: K8sWorld, replicas: number, ctx: SideContext): void {
  if (!Number.isInteger(replicas) || replicas < 0) {
    throw new Error(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  }
  if (replicas === world.deployment.replicas) return;
  changeSpec(world, ctx, () => (world.deployment.replicas = replicas));
}

/** Changes the rollingUpdate strategy or minReadySeconds; malformed values throw (resolveFenceposts). */
export function setStrategy(
  world: K8sWorld,
  strategy: { maxSurge?: IntOrPercent; maxUnavailable?: IntOrPercent; minReadySeconds?: number },
  ctx: SideContext,
): void {
  const d = world.deployment;
  const next = { maxSurge: d.maxSurge, maxUnavailable: d.maxUnavailable, minReadySeconds: d.minReadySeconds, ...strategy };
  resolveFenceposts(d.replicas, next.maxSurge, next.maxUnavailable);
  if (!Number.isInteger(next.minReadySeconds) || next.minReadySeconds < 0) {
    throw new Error(`spec.minReadySeconds: Invalid value: ${next.minReadySeconds}: must be greater than or equal to 0`);
  }
  if (next.maxSurge === d.maxSurge && next.maxUnavailable === d.maxUnavailable && next.minReadySeconds === d.minReadySeconds) return;
  const readinessChanged = next.minReadySeconds !== d.minReadySeconds;
  changeSpec(world, ctx, () => Object.assign(d, next));
  if (readinessChanged) refreshAvailability(world, ctx);
}

/**
 * `kubectl delete pod`: the pod terminates and its ReplicaSet replaces it. Without a name, the
 * oldest Running pod of the newest ReplicaSet goes (the twin of ECS StopTask).
 */
export function deletePod(
  world: K8sWorld,
  podName: string | undefined,
  ctx: SideContext,
): { ok: true; pod: string } | { ok: false; error: string } {
  const pod = podName === undefined ? oldestRunningPod(world) : findPod(world, podName);
  if (pod === undefined) {
    return { ok: false, error: podName === undefined ? 'No resources found in default namespace.' : `pods "${podName}" not found` };
  }
  if (terminatePod(world, pod, ctx)) ctx.requestSync();
  return { ok: true, pod: pod.name };
}

/** The oldest Running pod of the newest ReplicaSet that has one. */
function oldestRunningPod(world: K8sWorld) {
  for (const rs of [...world.replicaSets].sort((a, b) => b.revision - a.revision)) {
    const running = rs.pods.filter((pod) => pod.phase === 'Running' && !pod.terminating);
    if (running.length > 0) return running.reduce((oldest, pod) => (pod.seq < oldest.seq ? pod : oldest));
  }
  return undefined;
}

/** Changes `.spec.progressDeadlineSeconds`. */
export function setProgressDeadline(world: K8sWorld, seconds: number, ctx: SideContext): void {
  if (seconds === world.deployment.progressDeadlineSeconds) return;
  changeSpec(world, ctx, () => (world.deployment.progressDeadlineSeconds = seconds));
}

/**
 * `kubectl rollout undo [--to-revision=N]`: the chosen revision's ReplicaSet template becomes the
 * Deployment's template again (rolloutUndo.ts); the controller reuses that ReplicaSet and gives it
 * a new revision number on its next pass (§1.9). `message` is what kubectl prints.
 */
export function rolloutUndo(
  world: K8sWorld,
  toRevision: number | undefined,
  ctx: SideContext,
): { ok: true; message: string } | { ok: false; error: string } {
  const plan = planUndo(world, toRevision ?? 0);
  if (plan.kind === 'error') return { ok: false, error: plan.error };
  if (plan.kind === 'rollback') changeSpec(world, ctx, () => (world.deployment.template = { ...plan.replicaSet.template }));
  return { ok: true, message: plan.message };
}
