// Which kube-scheduler mechanism each placement strategy and constraint of the current ECS
// service corresponds to, and where the analogy breaks. The mapping is reference/k8s.md §5.6,
// which marks it as inferred: ECS's scheduler is not public, and no AWS or Kubernetes source
// states the equivalence; the table compares documented behaviour on each side.

import { SERVICE_DEFAULT_STRATEGY, type LaunchType, type PlacementConstraintSpec, type PlacementStrategySpec, type Scenario } from '../../sim';

export type MappingNote = 'spreadZone' | 'spreadHost' | 'spreadAttribute' | 'binpack' | 'random' | 'distinctInstance' | 'memberOf';
export type Break = 'order' | 'binpackOneResource' | 'spreadBestEffort' | 'memberOfAttributes' | 'randomTies' | 'binding' | 'fargate';

export interface MappingRow {
  /** The ECS rule as the API writes it, e.g. `spread(attribute:ecs.availability-zone)`. */
  ecs: string;
  /** The Kubernetes mechanism, in its own field names; null when there is none. */
  k8s: string | null;
  note: MappingNote;
  /** True for the service default (no placementStrategy given). */
  isDefault: boolean;
}

export interface PlacementMapping {
  rows: MappingRow[];
  breaks: Break[];
}

// The service default, spread on the zone (the simulation's, which cites the DG).
const [SERVICE_DEFAULT] = SERVICE_DEFAULT_STRATEGY as readonly PlacementStrategySpec[];

/** Built-in ECS attributes and the well-known node label that carries the same fact. */
const LABEL_FOR_ATTRIBUTE: Record<string, string> = {
  'ecs.availability-zone': 'topology.kubernetes.io/zone',
  'ecs.instance-type': 'node.kubernetes.io/instance-type',
  'ecs.os-type': 'kubernetes.io/os',
  'ecs.cpu-architecture': 'kubernetes.io/arch',
};

function strategyRow(rule: PlacementStrategySpec, isDefault: boolean): MappingRow {
  if (rule.type === 'random') return { ecs: 'random', k8s: null, note: 'random', isDefault };
  if (rule.type === 'binpack') return { ecs: `binpack(${rule.field})`, k8s: `NodeResourcesFit, scoringStrategy: MostAllocated (${rule.field})`, note: 'binpack', isDefault };
  const ecs = `spread(${rule.field})`;
  if (rule.field === 'instanceId' || rule.field === 'host') return { ecs, k8s: 'PodTopologySpread, topologyKey: kubernetes.io/hostname', note: 'spreadHost', isDefault };
  const attribute = rule.field.replace(/^attribute:/, '');
  const label = LABEL_FOR_ATTRIBUTE[attribute];
  if (label === 'topology.kubernetes.io/zone') return { ecs, k8s: `PodTopologySpread, topologyKey: ${label}`, note: 'spreadZone', isDefault };
  return { ecs, k8s: `PodTopologySpread, topologyKey: ${label ?? attribute}`, note: 'spreadAttribute', isDefault };
}

function constraintRow(constraint: PlacementConstraintSpec): MappingRow {
  if (constraint.type === 'distinctInstance') {
    return { ecs: 'distinctInstance', k8s: 'podAntiAffinity (required), topologyKey: kubernetes.io/hostname', note: 'distinctInstance', isDefault: false };
  }
  return { ecs: `memberOf(${constraint.expression})`, k8s: 'nodeAffinity (requiredDuringScheduling…) / nodeSelector', note: 'memberOf', isDefault: false };
}

/**
 * The current service's placement rules side by side with kube-scheduler's.
 * @example placementMapping(service with [{type:'binpack', field:'memory'}], 'EC2')
 * // → rows [{ ecs: 'binpack(memory)', k8s: 'NodeResourcesFit, scoringStrategy: MostAllocated (memory)', … }], breaks ['binpackOneResource']
 */
export function placementMapping(service: Scenario['service'], kind: LaunchType): PlacementMapping {
  const strategies = service.placementStrategy.length > 0 ? service.placementStrategy.map((r) => strategyRow(r, false)) : [strategyRow(SERVICE_DEFAULT, true)];
  const rows = [...strategies, ...service.placementConstraints.map(constraintRow)];
  const breaks: Break[] = [];
  // ECS DG task-placement: "Task placement strategies and constraints aren't supported for tasks using
  // the Fargate launch type. Fargate tasks are spread across Availability Zones."
  if (kind === 'FARGATE') breaks.push('fargate');
  if (strategies.length > 1 || rows.length > 1) breaks.push('order');
  const notes = new Set(rows.map((r) => r.note));
  if (notes.has('binpack')) breaks.push('binpackOneResource');
  if (notes.has('spreadZone') || notes.has('spreadHost') || notes.has('spreadAttribute')) breaks.push('spreadBestEffort');
  if (notes.has('random')) breaks.push('randomTies');
  if (notes.has('distinctInstance') || notes.has('memberOf')) breaks.push('binding');
  if (notes.has('memberOf')) breaks.push('memberOfAttributes');
  return { rows, breaks };
}
