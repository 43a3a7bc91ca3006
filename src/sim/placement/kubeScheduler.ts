// The Kubernetes twin of placeTask: kube-scheduler's filter and score for one pod over nodes, with
// the filter plugins run in upstream's default order (reference/k8s.md §5.1–5.5).

import type { RandomState } from '../clock/random';
import { pickOne } from './placementStrategies';

/** Pods on a node that share their labels. Terminating ones are kept apart: PodTopologySpread skips them. */
export interface PodGroup {
  readonly labels: Readonly<Record<string, string>>;
  readonly count: number;
  readonly terminating: boolean;
}

export interface SchedulerNode {
  readonly name: string;
  readonly zone: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly allocatableMilliCpu: number;
  readonly allocatableMemory: number;
  readonly requestedMilliCpu: number;
  readonly requestedMemory: number;
  /** vpcCniMaxPods(instanceType) on EKS; the host-network pods count against it too (reference/k8s.md §6.1). */
  readonly maxPods: number;
  /** Every pod on the node (host-network ones included), grouped by labels: counting stays O(groups). */
  readonly pods: readonly PodGroup[];
}

// Well-known node labels (Kubernetes docs, Well-Known Labels, Annotations and Taints).
export const ZONE_KEY = 'topology.kubernetes.io/zone';
export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const INSTANCE_TYPE_KEY = 'node.kubernetes.io/instance-type';
export type TopologyKey = typeof ZONE_KEY | typeof HOSTNAME_KEY;

/** A topologySpreadConstraint with whenUnsatisfiable: ScheduleAnyway: it only scores. */
export interface SoftSpreadConstraint {
  readonly topologyKey: TopologyKey;
  readonly maxSkew: number;
}

export interface PodSpec {
  readonly milliCpu: number;
  readonly memory: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Required node affinity: the node's label must be one of the values (operator In). */
  readonly nodeAffinity?: Readonly<Record<string, readonly string[]>>;
  /** DoNotSchedule spread over topology.kubernetes.io/zone of the pods matching `selector`. */
  readonly zoneSpread?: { readonly maxSkew: number; readonly selector: Readonly<Record<string, string>> };
  /** ScheduleAnyway constraints over the pods matching `selector`, scored by PodTopologySpread. */
  readonly softSpread?: { readonly constraints: readonly SoftSpreadConstraint[]; readonly selector: Readonly<Record<string, string>> };
  /** Required anti-affinity on kubernetes.io/hostname against pods matching `selector`. */
  readonly hostnameAntiAffinity?: Readonly<Record<string, string>>;
}

export type ScoringStrategy = 'LeastAllocated' | 'MostAllocated';

/** The node chosen and its total score (NodeResourcesFit + PodTopologySpread), or why none fits. */
export type Scheduling = { ok: true; nodeName: string; score: number } | { ok: false; message: string };

/**
 * PodTopologySpread's system defaults, used for a pod without constraints of its own that a
 * ReplicaSet owns (plugin.go systemDefaultConstraints; reference/k8s.md §5.5).
 */
export const SYSTEM_DEFAULT_SPREAD: readonly SoftSpreadConstraint[] = [
  { topologyKey: HOSTNAME_KEY, maxSkew: 3 },
  { topologyKey: ZONE_KEY, maxSkew: 5 },
];

// Score plugin weights of the default profile (default_plugins.go; reference/k8s.md §5.2).
const FIT_WEIGHT = 1;
const SPREAD_WEIGHT = 2;
const MAX_NODE_SCORE = 100;

// Filter reason strings, as upstream writes them (reference/k8s.md §5.3–5.4).
const AFFINITY = "node(s) didn't match Pod's node affinity/selector";
const SPREAD = "node(s) didn't match pod topology spread constraints";
const ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";

/** schedule_one.go ErrNoNodesAvailable: the message when the cluster has no node at all. */
const NO_NODES_MESSAGE = 'no nodes available to schedule pods';

/** Why a node failed, and whether preemption could help there (UnschedulableAndUnresolvable or not). */
interface NodeFailure {
  reasons: string[];
  resolvable: boolean;
}

/**
 * Schedules one pod: filters (NodeAffinity, NodeResourcesFit, PodTopologySpread, InterPodAffinity,
 * in the default plugin order; a node stops at its first failing plugin), then scores the rest with
 * NodeResourcesFit (weight 1) and PodTopologySpread (weight 2, when the pod has soft constraints)
 * and picks the highest, "If there is more than one node with equal scores, kube-scheduler selects
 * one of these at random" (kube-scheduler concept page). The other score plugins are left out
 * (NodeResourcesBalancedAllocation, ImageLocality; TaintToleration, NodeAffinity and
 * InterPodAffinity score every node alike without preferred terms), and every feasible node is
 * scored (percentageOfNodesToScore is not modelled).
 * @example scheduleOnNodes(pod, nodes, 'LeastAllocated', random)
 * // → { ok: false, message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.' }
 */
export function scheduleOnNodes(pod: PodSpec, nodes: readonly SchedulerNode[], strategy: ScoringStrategy, random: RandomState): Scheduling {
  if (nodes.length === 0) return { ok: false, message: NO_NODES_MESSAGE };
  const affine = pod.nodeAffinity === undefined ? nodes : nodes.filter((node) => matchesAffinity(pod, node));
  const zonePods = pod.zoneSpread ? podsPerZone(affine, pod.zoneSpread.selector) : null;
  const failures: NodeFailure[] = [];
  const feasible: SchedulerNode[] = [];
  for (const node of nodes) {
    const failure = filter(pod, node, zonePods);
    if (failure === null) feasible.push(node);
    else failures.push(failure);
  }
  if (feasible.length === 0) return { ok: false, message: failedSchedulingMessage(nodes.length, failures) };
  const spread = pod.softSpread ? spreadScores(pod.softSpread, feasible, affine) : null;
  // Scores by index, not by name: a 500-node cluster scheduling 10,000 pods builds no maps.
  let best = -1;
  let top: SchedulerNode[] = [];
  for (let i = 0; i < feasible.length; i++) {
    const score = FIT_WEIGHT * resourceScore(pod, feasible[i], strategy) + (spread === null ? 0 : SPREAD_WEIGHT * spread[i]);
    if (score > best) {
      best = score;
      top = [feasible[i]];
    } else if (score === best) top.push(feasible[i]);
  }
  return { ok: true, nodeName: pickOne(top, random).name, score: best };
}

/**
 * `FitError.Error()`: "0/%v nodes are available: " then each "count reason", sorted as strings,
 * joined by ", ", a full stop, then DefaultPreemption's PostFilter message in the same form
 * (pkg/scheduler/framework/types.go; reference/k8s.md §5.4). With every pod at the same priority
 * there is never a victim: a node that failed a resolvable filter (resources, spread,
 * anti-affinity) says "No preemption victims found for incoming pod", one that failed
 * NodeAffinity (UnschedulableAndUnresolvable) "Preemption is not helpful for scheduling".
 * @example failedSchedulingMessage(2, [{ reasons: ['Too many pods'], resolvable: true }, …])
 * // → '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.'
 */
export function failedSchedulingMessage(nodeCount: number, failures: readonly NodeFailure[]): string {
  const reasons = new Map<string, number>();
  const preemption = new Map<string, number>();
  for (const failure of failures) {
    for (const reason of failure.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const outcome = failure.resolvable ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling';
    preemption.set(outcome, (preemption.get(outcome) ?? 0) + 1);
  }
  return `${histogram(nodeCount, reasons)} preemption: ${histogram(nodeCount, preemption)}`;
}

function histogram(nodeCount: number, counts: ReadonlyMap<string, number>): string {
  const parts = [...counts].map(([reason, count]) => `${count} ${reason}`).sort();
  return `0/${nodeCount} nodes are available: ${parts.join(', ')}.`;
}

function filter(pod: PodSpec, node: SchedulerNode, zonePods: ReadonlyMap<string, number> | null): NodeFailure | null {
  if (!matchesAffinity(pod, node)) return { reasons: [AFFINITY], resolvable: false };
  // NodeResourcesFit reports every insufficient resource of the node (fit.go fitsRequest).
  const fit: string[] = [];
  if (podCount(node) + 1 > node.maxPods) fit.push('Too many pods');
  if (pod.milliCpu > node.allocatableMilliCpu - node.requestedMilliCpu) fit.push('Insufficient cpu');
  if (pod.memory > node.allocatableMemory - node.requestedMemory) fit.push('Insufficient memory');
  if (fit.length > 0) return { reasons: fit, resolvable: true };
  if (pod.zoneSpread && zonePods !== null && skewTooLarge(pod, pod.zoneSpread, node, zonePods)) return { reasons: [SPREAD], resolvable: true };
  const anti = pod.hostnameAntiAffinity;
  if (anti && node.pods.some((group) => group.count > 0 && matches(anti, group.labels))) return { reasons: [ANTI_AFFINITY], resolvable: true };
  return null;
}

/** Every pod on the node, terminating and host-network ones included (NodeInfo.Pods). */
export function podCount(node: SchedulerNode): number {
  let count = 0;
  for (const group of node.pods) count += group.count;
  return count;
}

function matchesAffinity(pod: PodSpec, node: SchedulerNode): boolean {
  const affinity = pod.nodeAffinity;
  if (affinity === undefined) return true;
  for (const key in affinity) if (!affinity[key].includes(node.labels[key])) return false;
  return true;
}

/** Pods matching `selector`, terminating ones skipped ("Bypass terminating Pod", kubernetes#87621). */
function matchingPods(node: SchedulerNode, selector: Readonly<Record<string, string>>): number {
  let count = 0;
  for (const group of node.pods) if (!group.terminating && matches(selector, group.labels)) count += group.count;
  return count;
}

// Domains are the zones of the nodes that pass node affinity (nodeAffinityPolicy Honor, the default).
function podsPerZone(affine: readonly SchedulerNode[], selector: Readonly<Record<string, string>>): Map<string, number> {
  const perZone = new Map<string, number>();
  for (const n of affine) perZone.set(n.zone, (perZone.get(n.zone) ?? 0) + matchingPods(n, selector));
  return perZone;
}

// "the maximum permitted difference between the number of matching pods in the target topology and
// the global minimum" (API TopologySpreadConstraint.maxSkew).
function skewTooLarge(pod: PodSpec, spread: NonNullable<PodSpec['zoneSpread']>, node: SchedulerNode, perZone: ReadonlyMap<string, number>): boolean {
  const globalMin = Math.min(...perZone.values());
  const self = matches(spread.selector, pod.labels) ? 1 : 0;
  return (perZone.get(node.zone) ?? 0) + self - globalMin > spread.maxSkew;
}

function matches(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  for (const key in selector) if (labels[key] !== selector[key]) return false;
  return true;
}

/**
 * PodTopologySpread's Score and NormalizeScore for ScheduleAnyway constraints, per feasible node
 * (podtopologyspread/scoring.go): each constraint adds `count × log(domains + 2) + maxSkew − 1`,
 * where count is the matching pods in the node's zone (over nodes passing node affinity) or on the
 * node itself; the sum is rounded, then mapped so the emptiest domain gets 100:
 * `100 × (max + min − s) / max` (100 for all when max is 0). Nodes all carry both labels here.
 */
export function spreadScores(spread: NonNullable<PodSpec['softSpread']>, feasible: readonly SchedulerNode[], affine: readonly SchedulerNode[]): number[] {
  const zones = new Set(feasible.map((node) => node.zone));
  const perZone = new Map<string, number>();
  for (const node of affine) if (zones.has(node.zone)) perZone.set(node.zone, (perZone.get(node.zone) ?? 0) + matchingPods(node, spread.selector));
  const zoneWeight = Math.log(zones.size + 2);
  const hostWeight = Math.log(feasible.length + 2);
  const raw: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const node of feasible) {
    let score = 0;
    for (const c of spread.constraints) {
      const zone = c.topologyKey === ZONE_KEY;
      const count = zone ? (perZone.get(node.zone) ?? 0) : matchingPods(node, spread.selector);
      score += count * (zone ? zoneWeight : hostWeight) + c.maxSkew - 1;
    }
    const rounded = Math.round(score);
    raw.push(rounded);
    if (rounded < min) min = rounded;
    if (rounded > max) max = rounded;
  }
  return raw.map((s) => (max === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (max + min - s)) / max)));
}

/**
 * NodeResourcesFit's score, cpu and memory weighted 1 each, integer division as upstream
 * (least_allocated.go / most_allocated.go; reference/k8s.md §5.3).
 * @example resourceScore({ milliCpu: 3000, memory: 5000, … }, node1, 'LeastAllocated') // node1 4000m / 10000 → 37
 */
export function resourceScore(pod: PodSpec, node: SchedulerNode, strategy: ScoringStrategy): number {
  const cpu = resourcePart(node.requestedMilliCpu + pod.milliCpu, node.allocatableMilliCpu, strategy);
  const memory = resourcePart(node.requestedMemory + pod.memory, node.allocatableMemory, strategy);
  return Math.floor((cpu + memory) / 2);
}

function resourcePart(requested: number, capacity: number, strategy: ScoringStrategy): number {
  if (capacity === 0) return 0;
  if (strategy === 'LeastAllocated') return requested > capacity ? 0 : Math.floor(((capacity - requested) * 100) / capacity);
  return Math.floor((Math.min(requested, capacity) * 100) / capacity);
}
