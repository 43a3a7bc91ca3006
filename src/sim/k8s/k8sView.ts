// Read-only projections of the Kubernetes world: `kubectl get deploy,rs,pods,nodes` and events
// shaped as the Snapshot wants them, the twin's subnets, and the rollout progress the run
// statistics follow. A pod's view from the last snapshot is handed out again while the pod is
// unchanged (viewCache.ts), and a node's or subnet's while its version is, so snapshots are read-only.

import { podCount } from '../placement/kubeScheduler';
import type { NodeView, PodView, ReplicaSetView, Snapshot, SubnetView } from '../types';
import type { NodeRecord } from './eksNodes';
import { heldAddresses, type SubnetPool } from '../network/subnetPool';
import { fargateEniId } from './vpcCni';
import { deploymentComplete } from './deploymentStatus';
import { deploymentStatusOf } from './deploymentSync';
import { findNewReplicaSet } from './replicaSetRevisions';
import { newestEvents } from './k8sEvents';
import type { K8sWorld } from './k8sWorld';
import type { PodRecord } from './podLifecycle';
import { createViewCache, type ViewCache } from '../viewCache';
import { resolveFenceposts } from './resolveFenceposts';
import { rolloutStatus } from './rolloutStatus';

function replicaSetView(world: K8sWorld): ReplicaSetView[] {
  return world.replicaSets.map((rs) => ({
    name: rs.name,
    podTemplateHash: rs.podTemplateHash,
    revision: rs.revision,
    replicas: rs.replicas,
    currentReplicas: rs.status.replicas,
    readyReplicas: rs.status.readyReplicas,
    availableReplicas: rs.status.availableReplicas,
    image: rs.template.image,
    createdAt: rs.createdAt,
  }));
}

/**
 * Whether `view` still shows `pod`, field for field. The container view is shared with the pod
 * record, which replaces it on every change (podLifecycle.ts), so comparing it is one identity check.
 */
const shows = (view: PodView, pod: PodRecord) =>
  view.name === pod.name &&
  view.replicaSet === pod.replicaSet &&
  view.phase === pod.phase &&
  view.ready === pod.ready &&
  view.available === pod.available &&
  view.terminating === pod.terminating &&
  view.status === pod.status &&
  view.createdAt === pod.createdAt &&
  view.node === pod.node &&
  view.podIP === pod.podIP &&
  view.restarts === pod.restarts &&
  (pod.container === null ? view.containers.length === 0 : view.containers[0] === pod.container);

/** Pods by ReplicaSet (creation order), by name within one: each RS keeps its pods sorted. */
function podViews(world: K8sWorld, cache: ViewCache): PodView[] {
  const views: PodView[] = [];
  const kept = new Map<string, PodView>();
  for (const rs of world.replicaSets) {
    for (const pod of rs.pods) {
      const before = cache.pods.get(pod.name);
      const view =
        before !== undefined && shows(before, pod)
          ? before
          : {
              name: pod.name,
              replicaSet: pod.replicaSet,
              node: pod.node,
              podIP: pod.podIP,
              restarts: pod.restarts,
              containers: pod.container === null ? [] : [pod.container],
              phase: pod.phase,
              ready: pod.ready,
              available: pod.available,
              terminating: pod.terminating,
              status: pod.status,
              createdAt: pod.createdAt,
            };
      kept.set(pod.name, view);
      views.push(view);
    }
  }
  cache.pods = kept;
  return views;
}

/**
 * SubnetView.addresses lists every held address of a subnet up to a /24 and none of a bigger one
 * (types.ts), as the ECS side does: a big subnet's addresses would swell every frame of a rollout.
 */
const LISTED_UP_TO = 256;

// Views by the record they show, reused while its version is unchanged. Keyed weakly by the live
// record, so they are never part of a checkpoint and go with the world.
const nodeViews = new WeakMap<NodeRecord, { version: number; view: NodeView }>();
const subnetViews = new WeakMap<SubnetPool, { version: number; view: SubnetView }>();

function cached<K extends object, V>(cache: WeakMap<K, { version: number; view: V }>, key: K, version: number, make: () => V): V {
  const before = cache.get(key);
  if (before !== undefined && before.version === version) return before.view;
  const view = make();
  cache.set(key, { version, view });
  return view;
}

function nodeView(world: K8sWorld, node: NodeRecord): NodeView {
  return cached(nodeViews, node, node.version, () => ({
    name: node.name,
    instanceType: node.instanceType,
    zone: node.zone,
    allocatable: { milliCpu: node.allocatableMilliCpu, memory: node.allocatableMemory, pods: node.maxPods },
    requested: { milliCpu: node.requestedMilliCpu, memory: node.requestedMemory, pods: podCount(node) },
    enis: node.enis.map((eni) => ({
      eniId: eni.eniId,
      subnetId: world.vpc.subnets[node.subnet].subnetId,
      primaryIp: eni.primary.ip,
      secondaryIps: eni.secondaries.map(({ ip, pod }) => ({ ip, pod })),
    })),
  }));
}

function subnetView(pool: SubnetPool): SubnetView {
  return cached(subnetViews, pool, pool.version, () => ({
    subnetId: pool.subnetId,
    cidr: pool.block.text,
    availabilityZone: pool.availabilityZone,
    usable: pool.usable,
    used: pool.used,
    addresses: pool.usable <= LISTED_UP_TO ? heldAddresses(pool, LISTED_UP_TO, fargateEniId) : [],
  }));
}

/** The Kubernetes half of a Snapshot. */
/** `cache` holds the last snapshot's pod views and is updated to this one's. */
export function viewK8s(world: K8sWorld, cache: ViewCache = createViewCache()): Snapshot['k8s'] {
  const d = world.deployment;
  const status = deploymentStatusOf(world, findNewReplicaSet(world));
  const resolved = resolveFenceposts(d.replicas, d.maxSurge, d.maxUnavailable);
  const conditions = world.machine.context.conditions.map((c) => ({ ...c }));
  const progressing = conditions.find((c) => c.type === 'Progressing');
  const line = rolloutStatus({
    name: d.name,
    generation: d.generation,
    observedGeneration: d.observedGeneration,
    specReplicas: d.replicas,
    replicas: status.replicas,
    updatedReplicas: status.updatedReplicas,
    availableReplicas: status.availableReplicas,
    progressingReason: progressing?.reason ?? null,
  });
  return {
    deployment: {
      name: d.name,
      // spec.replicas; the status counts below are status.* (calculateStatus).
      replicas: d.replicas,
      updatedReplicas: status.updatedReplicas,
      readyReplicas: status.readyReplicas,
      availableReplicas: status.availableReplicas,
      unavailableReplicas: status.unavailableReplicas,
      strategy: {
        maxSurge: d.maxSurge,
        maxUnavailable: d.maxUnavailable,
        resolvedMaxSurge: resolved.maxSurge,
        resolvedMaxUnavailable: resolved.maxUnavailable,
      },
      minReadySeconds: d.minReadySeconds,
      progressDeadlineSeconds: d.progressDeadlineSeconds,
      revision: world.machine.context.revision,
      conditions,
      rolloutStatus: line.message,
    },
    replicaSets: replicaSetView(world),
    pods: podViews(world, cache),
    events: newestEvents(world.events),
    nodes: world.nodes.map((node) => nodeView(world, node)),
    subnets: world.vpc.subnets.map(subnetView),
    // Replaced whole when the placement changes, never edited, so the snapshot can share it.
    scheduling: world.deployment.template.scheduling,
  };
}

/**
 * Rollout progress for the run statistics: `total` is the sum of spec.replicas (what
 * replicas + maxSurge bounds), `podsIncludingTerminating` every pod that still exists (the docs
 * warn it can exceed replicas + maxSurge, §1.7), `complete` is DeploymentComplete.
 */
export function k8sRolloutProgress(world: K8sWorld): {
  total: number;
  available: number;
  complete: boolean;
  podsIncludingTerminating: number;
} {
  const d = world.deployment;
  const status = deploymentStatusOf(world, findNewReplicaSet(world));
  return {
    total: world.replicaSets.reduce((sum, rs) => sum + rs.replicas, 0),
    available: status.availableReplicas,
    complete: d.observedGeneration >= d.generation && deploymentComplete(d.replicas, status),
    podsIncludingTerminating: world.replicaSets.reduce((sum, rs) => sum + rs.pods.length, 0),
  };
}
