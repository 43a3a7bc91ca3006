// The Kubernetes side's state as plain, structured-clone-safe data: one Deployment, its
// ReplicaSets with their pods, the event log and the controller machine's { value, context }.
// Each ReplicaSet holds its pods in an array sorted by name (fast to walk, binary-searchable,
// already in `kubectl get pods` order) and keeps its status counts up to date as pods change,
// so a pass never recounts every pod: 10,000-pod rollouts stay linear.

import type { IntOrPercent } from '../types';
import type { DeploymentControllerContext, DeploymentControllerState } from './deploymentControllerMachine';
import type { NodeRecord } from './eksNodes';
import type { EventLog } from './k8sEvents';
import { podContribution, type PodRecord } from './podLifecycle';
import type { PodTemplate } from './podTemplateHash';
import type { TwinVpc } from './vpcCni';

export interface DeploymentRecord {
  name: string;
  replicas: number;
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
  minReadySeconds: number;
  progressDeadlineSeconds: number;
  template: PodTemplate;
  /** metadata.generation: bumped by every spec change; the controller copies it to observedGeneration. */
  generation: number;
  observedGeneration: number;
  /** status.collisionCount, for pod-template-hash collisions. */
  collisionCount: number;
}

export interface ReplicaSetRecord {
  name: string;
  podTemplateHash: string;
  /** deployment.kubernetes.io/revision */
  revision: number;
  /** spec.replicas */
  replicas: number;
  template: PodTemplate;
  createdAt: number;
  /** deployment.kubernetes.io/desired-replicas and max-replicas. */
  desiredReplicas: number;
  maxReplicas: number;
  /** status.replicas / readyReplicas / availableReplicas (terminating pods excluded). */
  status: { replicas: number; readyReplicas: number; availableReplicas: number };
  /** Pods that still exist, terminating ones included, sorted by name. */
  pods: PodRecord[];
}

export interface K8sWorld {
  deployment: DeploymentRecord;
  /** In creation order. */
  replicaSets: ReplicaSetRecord[];
  events: EventLog;
  machine: { value: DeploymentControllerState; context: DeploymentControllerContext };
  /** Creation sequence for pods. */
  podSeq: number;
  /** On Fargate capacity, the node every pod is shown on (Spot pods excepted, k8sPods.ts nodeFor). */
  node: string;
  /** When the pending progress check is due (requeueStuckDeployment), or null. */
  progressCheckAt: number | null;
  /** 'nodes': kube-scheduler places pods on `nodes` (EC2 capacity); 'fargate': each pod gets an ENI of its own. */
  compute: 'nodes' | 'fargate';
  /** The EKS nodes (eksNodes.ts); empty on Fargate capacity. */
  nodes: NodeRecord[];
  /** Index in `nodes` by node name. */
  nodeIndex: Record<string, number>;
  /** The twin's own copy of the VPC's subnets, apart from ECS's: it is another cluster. */
  vpc: TwinVpc;
  /** Timer ids of pods that failed scheduling and wait for a pod to go (the unschedulable queue). */
  unschedulable: string[];
  /** The first FailedScheduling, or null: RunStats.k8sFailedSchedulingAt. */
  failedSchedulingAt: number | null;
  /** The most pods in phase Running on one node at once: RunStats.maxPodsPerNode (0 on Fargate). */
  maxPodsPerNode: number;
}

/** The node a pod is bound to, on EC2 capacity. */
export function nodeOf(world: K8sWorld, pod: PodRecord): NodeRecord | undefined {
  return pod.node === null || world.compute !== 'nodes' ? undefined : world.nodes[world.nodeIndex[pod.node]];
}

/** Keeps the node's Running count and maxPodsPerNode as a pod enters (+1) or leaves (−1) phase Running. */
function countRunning(world: K8sWorld, pod: PodRecord, delta: 1 | -1): void {
  const node = nodeOf(world, pod);
  if (node === undefined) return;
  node.running += delta;
  if (node.running > world.maxPodsPerNode) world.maxPodsPerNode = node.running;
}

function findReplicaSet(world: K8sWorld, name: string): ReplicaSetRecord | undefined {
  for (const rs of world.replicaSets) if (rs.name === name) return rs;
  return undefined;
}

/** A ReplicaSet the caller knows exists. */
export function replicaSetNamed(world: K8sWorld, name: string): ReplicaSetRecord {
  const rs = findReplicaSet(world, name);
  if (!rs) throw new Error(`replicasets.apps "${name}" not found`);
  return rs;
}

/** The pod's ReplicaSet; pods never outlive theirs (history cleanup waits for an empty one). */
export const replicaSetOf = (world: K8sWorld, pod: PodRecord) => replicaSetNamed(world, pod.replicaSet);

/** Index of `name` in the sorted `pods`, or where it would go. */
function searchPods(pods: readonly PodRecord[], name: string): number {
  let low = 0;
  let high = pods.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pods[mid].name < name) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A pod by name; its ReplicaSet is the name without the last `-xxxxx`. */
export function findPod(world: K8sWorld, name: string): PodRecord | undefined {
  const rs = findReplicaSet(world, name.slice(0, name.lastIndexOf('-')));
  if (!rs) return undefined;
  const pod = rs.pods[searchPods(rs.pods, name)];
  return pod?.name === name ? pod : undefined;
}

function count(rs: ReplicaSetRecord, pod: PodRecord, sign: 1 | -1): void {
  const c = podContribution(pod);
  rs.status.replicas += sign * c.replicas;
  rs.status.readyReplicas += sign * c.ready;
  rs.status.availableReplicas += sign * c.available;
}

/** Adds a pod to its ReplicaSet and counts it in the status. */
export function addPod(world: K8sWorld, pod: PodRecord): void {
  const rs = replicaSetOf(world, pod);
  rs.pods.splice(searchPods(rs.pods, pod.name), 0, pod);
  count(rs, pod, 1);
  if (pod.phase === 'Running') countRunning(world, pod, 1);
}

/** The live pod a timer id (`<pod>/<seq>`, podTimers.ts) names, or undefined once it is gone. */
export function podOfTimer(world: K8sWorld, id: string): PodRecord | undefined {
  const slash = id.lastIndexOf('/');
  const pod = findPod(world, id.slice(0, slash));
  return pod !== undefined && String(pod.seq) === id.slice(slash + 1) ? pod : undefined;
}

/** Changes a pod through `change` and keeps its ReplicaSet's status counts in step. */
export function updatePod(world: K8sWorld, pod: PodRecord, change: (pod: PodRecord) => void): void {
  const rs = replicaSetOf(world, pod);
  count(rs, pod, -1);
  const wasRunning = pod.phase === 'Running';
  change(pod);
  count(rs, pod, 1);
  // A pod's phase never leaves Running while it exists (restartPolicy Always).
  if (!wasRunning && pod.phase === 'Running') countRunning(world, pod, 1);
}

/** Removes a pod for good (the API object is deleted). */
export function removePod(world: K8sWorld, pod: PodRecord): void {
  const rs = replicaSetOf(world, pod);
  count(rs, pod, -1);
  if (pod.phase === 'Running') countRunning(world, pod, -1);
  rs.pods.splice(searchPods(rs.pods, pod.name), 1);
}
