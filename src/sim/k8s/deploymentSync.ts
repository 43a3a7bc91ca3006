// One pass of the Deployment controller over the world (reference/k8s.md §1.3, §1.4; upstream
// deployment_controller.go syncDeployment, rolling.go rolloutRolling, sync.go sync /
// getNewReplicaSet / cleanupDeployment). The arithmetic comes from rollingUpdate.ts and
// proportionalScaling.ts; this file reads the world, applies the plan and emits the events.

import type { SideContext } from '../clock/sideContext';
import { calculateStatus, deploymentComplete, type DeploymentStatusCounts } from './deploymentStatus';
import type { SyncObservation } from './deploymentControllerMachine';
import { rolloutDecision, scalingDecision } from './k8sDecisions';
import { appendEvent, scaledReplicaSet } from './k8sEvents';
import { replicaSetNamed, type K8sWorld, type ReplicaSetRecord } from './k8sWorld';
import { isScalingEvent, scaleProportionally, type ScalableReplicaSet } from './proportionalScaling';
import { maxUnavailableFor, resolveFenceposts } from './resolveFenceposts';
import {
  newRSNewReplicas,
  reconcileNewReplicaSet,
  reconcileOldReplicaSets,
  type ReplicaSetCounts,
  type ScaleChange,
  type ScaleUpPlan,
} from './rollingUpdate';
import { cleanupDeployment, createNewReplicaSet, findNewReplicaSet, newReplicaSetName, syncRevision } from './replicaSetRevisions';

interface DeploymentPass {
  event: { type: 'rollout.synced' | 'scaling.synced'; observation: SyncObservation };
  /** The pass scaled something, so the next pass may be able to do more at once. */
  moreWork: boolean;
}

const counts = (rs: ReplicaSetRecord): ReplicaSetCounts => ({
  name: rs.name,
  replicas: rs.replicas,
  available: rs.status.availableReplicas,
});

const scalable = (rs: ReplicaSetRecord): ScalableReplicaSet => ({
  ...counts(rs),
  createdAt: rs.createdAt,
  desiredReplicas: rs.desiredReplicas,
  maxReplicas: rs.maxReplicas,
});

/** The Deployment's status from the ReplicaSets' (calculateStatus). */
export function deploymentStatusOf(world: K8sWorld, newRS: ReplicaSetRecord | undefined): DeploymentStatusCounts {
  const view = (rs: ReplicaSetRecord) => ({
    spec: rs.replicas,
    replicas: rs.status.replicas,
    ready: rs.status.readyReplicas,
    available: rs.status.availableReplicas,
  });
  return calculateStatus(world.replicaSets.map(view), newRS ? view(newRS) : null);
}

/** scaleReplicaSet: the new size plus the desired-/max-replicas annotations, and the event. */
function scale(world: K8sWorld, rs: ReplicaSetRecord, to: number, maxSurge: number, ctx: SideContext): void {
  const change: ScaleChange = { name: rs.name, from: rs.replicas, to };
  rs.desiredReplicas = world.deployment.replicas;
  rs.maxReplicas = world.deployment.replicas + maxSurge;
  if (to === rs.replicas) return;
  rs.replicas = to;
  appendEvent(world.events, ctx.now, scaledReplicaSet(world.deployment.name, change));
}

/** One syncDeployment for the RollingUpdate strategy. */
export function syncDeployment(world: K8sWorld, ctx: SideContext): DeploymentPass {
  const d = world.deployment;
  const { maxSurge, maxUnavailable } = resolveFenceposts(d.replicas, d.maxSurge, d.maxUnavailable);
  const minAvailable = d.replicas - maxUnavailableFor(d.replicas, maxUnavailable);
  let newRS = findNewReplicaSet(world);
  const oldRSs = world.replicaSets.filter((rs) => rs !== newRS);
  if (newRS) syncRevision(newRS, oldRSs);
  d.observedGeneration = d.generation;
  const observe = (rs: ReplicaSetRecord | undefined, created: boolean) => ({
    now: ctx.now,
    specReplicas: d.replicas,
    minAvailable,
    status: deploymentStatusOf(world, rs),
    newReplicaSet: rs?.name ?? newReplicaSetName(world).name,
    createdReplicaSet: created,
    revision: rs?.revision ?? 0,
    progressDeadlineSeconds: d.progressDeadlineSeconds,
  });

  if (isScalingEvent(d.replicas, world.replicaSets.map(scalable))) {
    const statusReplicas = world.replicaSets.reduce((sum, rs) => sum + rs.status.replicas, 0);
    const plan = scaleProportionally({
      replicas: d.replicas,
      maxSurge,
      statusReplicas,
      newRS: newRS ? scalable(newRS) : null,
      oldRSs: oldRSs.map(scalable),
    });
    for (const name of plan.touched) {
      const rs = replicaSetNamed(world, name);
      scale(world, rs, plan.changes.find((c) => c.name === name)?.to ?? rs.replicas, maxSurge, ctx);
    }
    const decision = scalingDecision(ctx.now, d.replicas, maxSurge, plan);
    return { event: { type: 'scaling.synced', observation: { ...observe(newRS, false), decision } }, moreWork: plan.changes.length > 0 };
  }

  const before = { updated: newRS?.replicas ?? 0, oldReplicas: oldRSs.reduce((sum, rs) => sum + rs.replicas, 0) };
  const base = { replicas: d.replicas, maxSurge, maxUnavailable, oldRSs: oldRSs.map(counts) };
  let up: ScaleUpPlan;
  const created = newRS === undefined;
  if (newRS === undefined) {
    const name = newReplicaSetName(world).name;
    const { replicas, ...reason } = newRSNewReplicas({ ...base, newRS: { name, replicas: 0, available: 0 } });
    newRS = createNewReplicaSet(world, replicas, maxSurge, ctx.now);
    // Creation is not a scale-up for rolloutRolling: the old RSs may still scale down in this pass.
    up = { change: replicas > 0 ? { name, from: 0, to: replicas } : null, ...reason };
  } else {
    up = reconcileNewReplicaSet({ ...base, newRS: counts(newRS) });
    if (up.change) scale(world, newRS, up.change.to, maxSurge, ctx);
  }
  const scaledUp = !created && up.change !== null;
  const planned = reconcileOldReplicaSets({ ...base, newRS: counts(newRS), oldRSs: oldRSs.map(counts) });
  const down = scaledUp ? { ...planned, changes: [], cleanedUp: 0, scaledDown: 0 } : planned;
  for (const change of down.changes) scale(world, replicaSetNamed(world, change.name), change.to, maxSurge, ctx);

  const observation = observe(newRS, created);
  const complete = deploymentComplete(d.replicas, observation.status);
  if (complete) cleanupDeployment(world, oldRSs);
  const readyNotAvailable = world.replicaSets.reduce((sum, rs) => sum + rs.status.readyReplicas - rs.status.availableReplicas, 0);
  const decision = rolloutDecision(
    {
      now: ctx.now,
      replicas: d.replicas,
      maxSurge,
      maxUnavailable,
      minReadySeconds: d.minReadySeconds,
      newRS: newRS.name,
      created,
      ...before,
      available: observation.status.availableReplicas,
      readyNotAvailable,
      complete,
    },
    up,
    down,
  );
  const moreWork = up.change !== null || down.changes.length > 0;
  return { event: { type: 'rollout.synced', observation: { ...observation, decision } }, moreWork };
}
