// The Kubernetes side as the simulation drives it: create the Deployment, handle pod timers, run
// a reconcile pass (Deployment controller, then ReplicaSet controller), apply the kubectl-style
// changes the ECS commands translate to, and project views. Everything is plain data.

import { initialTransition, transition } from 'xstate';
import type { SideContext } from '../clock/sideContext';
import type { Decision, IntOrPercent, Scenario } from '../types';
import { deploymentControllerMachine } from './deploymentControllerMachine';
import { availableCondition, calculateStatus, newReplicaSetAvailable } from './deploymentStatus';
import { sameTemplate, type PodTemplate } from './podTemplateHash';
import { createNewReplicaSet } from './replicaSetRevisions';
import { syncDeployment } from './deploymentSync';
import { appendEvent, created, pulled, pulling, scheduled, started, successfulCreate } from './k8sEvents';
import { newPodName, onPodTimer, refreshAvailability, terminatePod } from './k8sPods';
import { addPod, findPod, type K8sWorld } from './k8sWorld';
import { bindPod, createPod, startContainer } from './podLifecycle';
import { containerCreatingDelay } from './podTimings';
import { resolveFenceposts } from './resolveFenceposts';
import { syncReplicaSets } from './replicaSetController';

export type { K8sWorld } from './k8sWorld';
export { viewK8s, k8sRolloutProgress } from './k8sView';

/** The one node pods land on until scheduling is modelled (EKS naming). */
const NODE = 'ip-10-0-1-23.ec2.internal';

/**
 * The Kubernetes twin of `scenario`: Deployment `serviceName` with `desiredCount` replicas.
 * 'steady': revision 1 already rolled out, every pod Running, Ready and available at t = 0.
 * 'empty': the Deployment was just created; the first pass creates its ReplicaSet.
 */
export function createK8sWorld(scenario: Scenario, ctx: SideContext): K8sWorld {
  const container = scenario.taskDefinition.containerDefinitions[0];
  // The label mirrors the ECS task definition revision, `family:1` at the start.
  const template: PodTemplate = { image: container.image, revisionLabel: `${scenario.taskDefinition.family}:1`, restartedAt: null };
  const [initial] = initialTransition(deploymentControllerMachine);
  const world: K8sWorld = {
    deployment: {
      name: scenario.service.serviceName,
      replicas: scenario.service.desiredCount,
      ...scenario.kubernetes,
      template,
      containerName: container.name,
      generation: 1,
      observedGeneration: scenario.start === 'steady' ? 1 : 0,
      collisionCount: 0,
    },
    replicaSets: [],
    events: { items: [], nextId: 0 },
    machine: { value: 'progressing', context: initial.context },
    podSeq: 0,
    node: NODE,
  };
  if (scenario.start === 'steady') startSteady(world, ctx);
  else ctx.requestSync();
  return world;
}

/** A Deployment that finished rolling out before t = 0, with the events that got it there. */
function startSteady(world: K8sWorld, ctx: SideContext): void {
  const d = world.deployment;
  const { maxSurge } = resolveFenceposts(d.replicas, d.maxSurge, d.maxUnavailable);
  const rs = createNewReplicaSet(world, d.replicas, maxSurge, ctx.now);
  for (let i = 0; i < d.replicas; i++) {
    const pod = createPod(newPodName(world, rs, ctx.random), rs.name, ctx.now, world.podSeq++);
    bindPod(pod, world.node, ctx.now);
    // Ready long enough before t = 0 to count as available whatever minReadySeconds is.
    startContainer(pod, ctx.now - d.minReadySeconds);
    pod.available = true;
    addPod(world, pod);
    appendEvent(world.events, ctx.now, successfulCreate(rs.name, pod.name));
  }
  for (const { name } of rs.pods) {
    appendEvent(world.events, ctx.now, scheduled(name, world.node));
    appendEvent(world.events, ctx.now, pulling(name, d.template.image));
    appendEvent(world.events, ctx.now, pulled(name, d.template.image, containerCreatingDelay(ctx.random)));
    appendEvent(world.events, ctx.now, created(name, d.containerName));
    appendEvent(world.events, ctx.now, started(name, d.containerName));
  }
  const counts = { spec: d.replicas, replicas: d.replicas, ready: d.replicas, available: d.replicas };
  world.machine = {
    value: 'complete',
    context: {
      status: calculateStatus([counts], counts),
      conditions: [availableCondition(d.replicas, 0, ctx.now), newReplicaSetAvailable(rs.name, ctx.now)],
      revision: rs.revision,
      lastDecisionKey: null,
    },
  };
}

/** A pod timer this side scheduled with ctx.after. */
export function onK8sTimer(world: K8sWorld, kind: string, id: string, ctx: SideContext): void {
  onPodTimer(world, kind, id, ctx);
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
}

function changeSpec(world: K8sWorld, ctx: SideContext, change: () => void): void {
  change();
  world.deployment.generation++;
  ctx.requestSync();
}

/** A new pod template (kubectl set image / apply): a new ReplicaSet, or an old one reused (§1.9). */
export function setPodTemplate(world: K8sWorld, template: { image: string; revisionLabel: string }, ctx: SideContext): void {
  const next = { ...template, restartedAt: world.deployment.template.restartedAt };
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

/** `kubectl rollout undo`: not yet modelled. */
export function rolloutUndo(_world: K8sWorld, _toRevision: number | undefined, _ctx: SideContext): { ok: true } | { ok: false; error: string } {
  return { ok: false, error: 'error: rollout undo is not modelled yet' };
}
