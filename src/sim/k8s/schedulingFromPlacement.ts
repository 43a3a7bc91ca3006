// How the twin's pods are scheduled, translated from the ECS service's placement strategy and
// constraints (reference/k8s.md §5.6, an inferred mapping; the kube-scheduler side is §5.2–5.5):
//
//   spread(attribute:ecs.availability-zone), the service default, or spread(instanceId | host)
//       → PodTopologySpread's system defaults: zone maxSkew 5 and hostname maxSkew 3, ScheduleAnyway.
//         A Deployment's pods get them without asking; both sides spread best-effort.
//   binpack(cpu | memory) first → NodeResourcesFit scoringStrategy MostAllocated, in a profile
//       that turns the default spreading off (its weight 2 would outweigh MostAllocated's 1). ECS
//       binpacks on the one resource named; MostAllocated averages cpu and memory.
//   random → LeastAllocated without default spreading; kube-scheduler has no random strategy.
//   distinctInstance → required podAntiAffinity on kubernetes.io/hostname against the app's pods.
//   memberOf with == or in on ecs.instance-type / ecs.availability-zone (and `and` of them)
//       → required nodeAffinity, operator In, on node.kubernetes.io/instance-type / topology.kubernetes.io/zone.
// Anything else has no direct translation: it is left out and listed in `untranslated`.

import { INSTANCE_TYPE_KEY, ZONE_KEY, type ScoringStrategy } from '../placement/kubeScheduler';
import { SERVICE_DEFAULT_STRATEGY } from '../placement/placementTypes';
import { parsePlacementExpression, type PlacementExpression } from '../placement/queryLanguage';
import type { PlacementConstraintSpec, PlacementStrategySpec } from '../types';

// The service default, spread on the zone (placementTypes.ts cites the DG).
const SERVICE_DEFAULT = SERVICE_DEFAULT_STRATEGY[0] as Extract<PlacementStrategySpec, { type: 'spread' }>;

export interface PodScheduling {
  /** NodeResourcesFit's scoringStrategy in the scheduler profile the pods use. */
  scoring: ScoringStrategy;
  /** Whether the profile keeps PodTopologySpread's system default constraints. */
  defaultSpreading: boolean;
  /** Required podAntiAffinity on kubernetes.io/hostname against the Deployment's pods. */
  hostnameAntiAffinity: boolean;
  /** Required nodeAffinity: node label → allowed values (operator In). */
  nodeAffinity: Record<string, string[]>;
  /** The ECS rules left out, each with why. */
  untranslated: string[];
}


const NODE_LABELS: Readonly<Record<string, string>> = { 'ecs.instance-type': INSTANCE_TYPE_KEY, 'ecs.availability-zone': ZONE_KEY };

const spreadsByDefault = (field: string) => field === SERVICE_DEFAULT.field || field === 'instanceId' || field === 'host';

const describe = (rule: PlacementStrategySpec) => (rule.type === 'random' ? 'random' : `${rule.type}(${rule.field})`);

/**
 * @example schedulingFromPlacement([{ type: 'distinctInstance' }], [{ type: 'binpack', field: 'memory' }])
 * // → { scoring: 'MostAllocated', defaultSpreading: false, hostnameAntiAffinity: true, nodeAffinity: {}, untranslated: [] }
 */
export function schedulingFromPlacement(constraints: readonly PlacementConstraintSpec[], strategy: readonly PlacementStrategySpec[]): PodScheduling {
  const untranslated: string[] = [];
  const [first, ...rest] = strategy.length > 0 ? strategy : [SERVICE_DEFAULT];
  if (first.type === 'random') untranslated.push('random: kube-scheduler has no random strategy; it breaks ties between equal scores at random');
  if (first.type === 'spread' && !spreadsByDefault(first.field)) {
    untranslated.push(`${describe(first)}: no node label carries it; the default zone and hostname spreading applies instead`);
  }
  for (const rule of rest) {
    if (first.type === 'spread' && rule.type === 'spread' && spreadsByDefault(rule.field)) continue;
    untranslated.push(`${describe(rule)}: kube-scheduler adds its scores up; it cannot apply a rule after ${describe(first)} as a tie-breaker`);
  }
  let nodeAffinity: Record<string, string[]> = {};
  for (const c of constraints) {
    if (c.type !== 'memberOf') continue;
    const parsed = parsePlacementExpression(c.expression);
    const affinity = parsed.ok ? affinityOf(parsed.expression) : null;
    if (affinity === null) {
      untranslated.push(`memberOf(${c.expression}): only == and in on ecs.instance-type or ecs.availability-zone map to a required nodeAffinity`);
    } else {
      nodeAffinity = intersect(nodeAffinity, affinity);
    }
  }
  return {
    scoring: first.type === 'binpack' ? 'MostAllocated' : 'LeastAllocated',
    defaultSpreading: first.type === 'spread',
    hostnameAntiAffinity: constraints.some((c) => c.type === 'distinctInstance'),
    nodeAffinity,
    untranslated,
  };
}

function affinityOf(e: PlacementExpression): Record<string, string[]> | null {
  if (e.kind === 'and') {
    const left = affinityOf(e.left);
    const right = affinityOf(e.right);
    return left === null || right === null ? null : intersect(left, right);
  }
  if (e.kind !== 'condition' || !Object.hasOwn(NODE_LABELS, e.attribute)) return null;
  const key = NODE_LABELS[e.attribute];
  if (e.operator === '==') return { [key]: [e.value] };
  if (e.operator === 'in') return { [key]: [...e.values] };
  return null;
}

/** Both must hold: per label, only the values both allow. */
function intersect(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const out = { ...a };
  for (const [key, values] of Object.entries(b)) out[key] = key in out ? out[key].filter((v) => values.includes(v)) : [...values];
  return out;
}

/** Equal translations schedule alike (pod templates compare with it). */
export function sameScheduling(a: PodScheduling, b: PodScheduling): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
