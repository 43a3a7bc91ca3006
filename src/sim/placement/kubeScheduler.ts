// The Kubernetes twin of placeTask: kube-scheduler's filter and score for one pod over nodes, with
// the filter plugins run in upstream's default order (reference/k8s.md §5.1–5.5).

import type { RandomState } from '../clock/random';
import { pickOne } from './placementStrategies';

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
  /** Labels of each pod on the node. */
  readonly pods: readonly Readonly<Record<string, string>>[];
}

export interface PodSpec {
  readonly milliCpu: number;
  readonly memory: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Required node affinity: the node's label must be one of the values (operator In). */
  readonly nodeAffinity?: Readonly<Record<string, readonly string[]>>;
  /** DoNotSchedule spread over topology.kubernetes.io/zone of the pods matching `selector`. */
  readonly zoneSpread?: { readonly maxSkew: number; readonly selector: Readonly<Record<string, string>> };
  /** Required anti-affinity on kubernetes.io/hostname against pods matching `selector`. */
  readonly hostnameAntiAffinity?: Readonly<Record<string, string>>;
}

export type ScoringStrategy = 'LeastAllocated' | 'MostAllocated';

export type Scheduling = { ok: true; nodeName: string; scores: Record<string, number> } | { ok: false; message: string };

// Filter reason strings, as upstream writes them (reference/k8s.md §5.3–5.4).
const AFFINITY = "node(s) didn't match Pod's node affinity/selector";
const SPREAD = "node(s) didn't match pod topology spread constraints";
const ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";

/**
 * Schedules one pod: filters (NodeAffinity, NodeResourcesFit, PodTopologySpread, InterPodAffinity,
 * in the default plugin order; a node stops at its first failing plugin), then scores the rest with
 * NodeResourcesFit and picks the highest, "If there is more than one node with equal scores,
 * kube-scheduler selects one of these at random" (kube-scheduler concept page).
 * Other score plugins are left out, so this is NodeResourcesFit's choice only.
 * @example scheduleOnNodes(pod, nodes, 'LeastAllocated', random) // → { ok: false, message: '0/3 nodes are available: 3 Insufficient cpu.' }
 */
export function scheduleOnNodes(pod: PodSpec, nodes: readonly SchedulerNode[], strategy: ScoringStrategy, random: RandomState): Scheduling {
  const affine = nodes.filter((node) => matchesAffinity(pod, node));
  const reasons = new Map<string, number>();
  const feasible: SchedulerNode[] = [];
  for (const node of nodes) {
    const failed = filterReasons(pod, node, affine);
    for (const reason of failed) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    if (failed.length === 0) feasible.push(node);
  }
  if (feasible.length === 0) return { ok: false, message: failedSchedulingMessage(nodes.length, reasons) };
  const scores = Object.fromEntries(feasible.map((node) => [node.name, resourceScore(pod, node, strategy)]));
  const best = Math.max(...Object.values(scores));
  const top = feasible.filter((node) => scores[node.name] === best);
  return { ok: true, nodeName: pickOne(top, random).name, scores };
}

/**
 * `FitError.Error()`: "0/%v nodes are available: " then each "count reason", sorted as strings,
 * joined by ", ", and a full stop (pkg/scheduler/framework/types.go; reference/k8s.md §5.4). The
 * preemption postfix of newer releases is left out: Isomorph does not simulate preemption.
 * @example failedSchedulingMessage(3, new Map([['Insufficient cpu', 3]])) // → '0/3 nodes are available: 3 Insufficient cpu.'
 */
export function failedSchedulingMessage(nodeCount: number, reasons: ReadonlyMap<string, number>): string {
  const histogram = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort();
  return `0/${nodeCount} nodes are available: ${histogram.join(', ')}.`;
}

function filterReasons(pod: PodSpec, node: SchedulerNode, affine: readonly SchedulerNode[]): string[] {
  if (!matchesAffinity(pod, node)) return [AFFINITY];
  // NodeResourcesFit reports every insufficient resource of the node (fit.go fitsRequest).
  const fit: string[] = [];
  if (node.pods.length + 1 > node.maxPods) fit.push('Too many pods');
  if (pod.milliCpu > node.allocatableMilliCpu - node.requestedMilliCpu) fit.push('Insufficient cpu');
  if (pod.memory > node.allocatableMemory - node.requestedMemory) fit.push('Insufficient memory');
  if (fit.length > 0) return fit;
  if (pod.zoneSpread && skewTooLarge(pod, pod.zoneSpread, node, affine)) return [SPREAD];
  const anti = pod.hostnameAntiAffinity;
  if (anti && node.pods.some((labels) => matches(anti, labels))) return [ANTI_AFFINITY];
  return [];
}

function matchesAffinity(pod: PodSpec, node: SchedulerNode): boolean {
  return Object.entries(pod.nodeAffinity ?? {}).every(([key, values]) => values.includes(node.labels[key]));
}

// "the maximum permitted difference between the number of matching pods in the target topology and
// the global minimum" (API TopologySpreadConstraint.maxSkew); domains are the zones of the nodes that
// pass node affinity (nodeAffinityPolicy Honor, the default).
function skewTooLarge(pod: PodSpec, spread: NonNullable<PodSpec['zoneSpread']>, node: SchedulerNode, affine: readonly SchedulerNode[]): boolean {
  const perZone = new Map<string, number>();
  for (const n of affine) perZone.set(n.zone, (perZone.get(n.zone) ?? 0) + n.pods.filter((labels) => matches(spread.selector, labels)).length);
  const globalMin = Math.min(...perZone.values());
  const self = matches(spread.selector, pod.labels) ? 1 : 0;
  return (perZone.get(node.zone) ?? 0) + self - globalMin > spread.maxSkew;
}

function matches(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
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
