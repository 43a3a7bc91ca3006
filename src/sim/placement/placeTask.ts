// Where ECS puts one task: filter the container instances by resources and constraints, then rank
// the rest by the placement strategy (ECS DG task-placement.html, steps 1–4; reference/ecs.md §6).

import type { RandomState } from '../clock/random';
import { unmetRequirements } from './placementFilters';
import { narrowByStrategy, pickOne } from './placementStrategies';
import {
  SERVICE_DEFAULT_STRATEGY,
  type CandidateInstance,
  type FilterReason,
  type PlacementConstraint,
  type PlacementStrategyRule,
  type TaskRequirements,
} from './placementTypes';

export interface PlacementRequest {
  readonly instances: readonly CandidateInstance[];
  readonly task: TaskRequirements;
  readonly constraints?: readonly PlacementConstraint[];
  /** Defaults to the service default, spread on attribute:ecs.availability-zone. */
  readonly strategy?: readonly PlacementStrategyRule[];
  /** The seeded source for random and for ties; advanced in place. */
  readonly random: RandomState;
}

export interface FilteredOut {
  readonly instanceId: string;
  /** The first requirement the instance failed. */
  readonly by: FilterReason;
}

export type Placement =
  | { ok: true; instanceId: string; reasons: { filteredOut: FilteredOut[]; ranking: string } }
  | { ok: false; filteredOut: FilteredOut[]; closest: { instanceId: string; lacking: FilterReason } | null };

/**
 * Chooses a container instance for one task, or says why none fits. Constraints are binding,
 * strategies best effort ("Task placement strategies are a best effort … task placement
 * constraints are binding", DG task-placement-strategies.html).
 *
 * ECS does not say how it picks "the closest matching" instance of its event (inferred): the one
 * failing the fewest requirements, the earliest listed on a tie; it is reported with the first
 * requirement it fails. Candidates still tied after every rule are drawn at random (inferred).
 * @example placeTask({ instances, task: { cpu: 256, memory: 512, needsEni: false, group: 'service:web' },
 *   strategy: [{ type: 'binpack', field: 'memory' }], random })
 * // → { ok: true, instanceId: 'i-small', reasons: { filteredOut: [], ranking: 'binpack(memory): least MiB left is 1024 → i-small' } }
 */
export function placeTask(request: PlacementRequest): Placement {
  const { instances, task, constraints = [], strategy = SERVICE_DEFAULT_STRATEGY, random } = request;
  const filteredOut: FilteredOut[] = [];
  const feasible: CandidateInstance[] = [];
  let closest: { instanceId: string; lacking: FilterReason; misses: number } | null = null;
  for (const instance of instances) {
    const unmet = unmetRequirements(instance, task, constraints);
    if (unmet.length === 0) {
      feasible.push(instance);
      continue;
    }
    filteredOut.push({ instanceId: instance.id, by: unmet[0] });
    if (closest === null || unmet.length < closest.misses) closest = { instanceId: instance.id, lacking: unmet[0], misses: unmet.length };
  }
  if (feasible.length === 0) {
    return { ok: false, filteredOut, closest: closest && { instanceId: closest.instanceId, lacking: closest.lacking } };
  }
  const { survivors, steps } = narrowByStrategy(feasible, instances, strategy, task.group, random);
  const chosen = survivors.length === 1 ? survivors[0] : pickOne(survivors, random);
  const ranking = survivors.length === 1 ? steps : [...steps, `tie → random ${chosen.id}`];
  return { ok: true, instanceId: chosen.id, reasons: { filteredOut, ranking: ranking.join('; ') } };
}
