// Step 3 of ECS task placement: narrow the instances that passed the filters, one strategy rule at
// a time, in the order given (ECS DG task-placement-strategies.html, "You can create an array of
// strategies in the order that you want them performed").

import { nextRandom, type RandomState } from '../clock/random';
import { instanceAttributes, type CandidateInstance, type PlacementStrategyRule } from './placementTypes';

export interface StrategyNarrowing {
  readonly survivors: readonly CandidateInstance[];
  /** One clause per rule, e.g. `spread(attribute:ecs.availability-zone): us-east-1b has 0 tasks → i-2, i-3`. */
  readonly steps: readonly string[];
}

/**
 * Applies each rule to the candidates, keeping the ones it ranks best (ties survive to the next rule).
 * `all` is every instance in the cluster: spread counts the group's tasks on all of them, not only
 * the feasible ones, since the aim is an even spread of the service (inferred).
 * @example narrowByStrategy(feasible, all, [{ type: 'binpack', field: 'memory' }], 'service:web', random)
 * // → { survivors: [the instance with the least remaining memory], steps: ['binpack(memory): i-2 has 512 MiB left → i-2'] }
 */
export function narrowByStrategy(
  feasible: readonly CandidateInstance[],
  all: readonly CandidateInstance[],
  strategy: readonly PlacementStrategyRule[],
  group: string,
  random: RandomState,
): StrategyNarrowing {
  let survivors = feasible;
  const steps: string[] = [];
  for (const rule of strategy) {
    if (survivors.length <= 1) break;
    if (rule.type === 'binpack') {
      // "a task is placed on the instance with the least amount of remaining memory but still enough
      // to run the task" (API PlacementStrategy.type)
      const left = (i: CandidateInstance) => (rule.field === 'cpu' ? i.remainingCpu : i.remainingMemory);
      const least = Math.min(...survivors.map(left));
      survivors = survivors.filter((i) => left(i) === least);
      steps.push(`binpack(${rule.field}): least ${rule.field === 'cpu' ? 'CPU units' : 'MiB'} left is ${least} → ${ids(survivors)}`);
    } else if (rule.type === 'spread') {
      // "Service tasks are spread based on the tasks from that service." (DG task-placement-strategies.html)
      const valueOf = spreadValue(rule.field);
      const counts = new Map<string, number>();
      for (const instance of all) {
        const value = valueOf(instance);
        const here = instance.taskGroups[group] ?? 0;
        counts.set(value, (counts.get(value) ?? 0) + here);
      }
      const fewest = Math.min(...survivors.map((i) => counts.get(valueOf(i)) ?? 0));
      survivors = survivors.filter((i) => (counts.get(valueOf(i)) ?? 0) === fewest);
      steps.push(`spread(${rule.field}): fewest ${group} tasks is ${fewest} → ${ids(survivors)}`);
    } else {
      // "Tasks are placed randomly." (DG task-placement-strategies.html)
      survivors = [pickOne(survivors, random)];
      steps.push(`random → ${ids(survivors)}`);
    }
  }
  return { survivors, steps };
}

/**
 * The value an instance has for a spread field: its id for `instanceId`/`host` ("or host, which
 * has the same effect", API PlacementStrategy.field), else the attribute ('' when missing, inferred).
 * @example spreadValue('attribute:ecs.availability-zone')(instance) // → 'us-east-1a'
 */
export function spreadValue(field: string): (instance: CandidateInstance) => string {
  if (field === 'instanceId' || field === 'host') return (instance) => instance.id;
  const name = field.startsWith('attribute:') ? field.slice('attribute:'.length) : field;
  // The built-in attributes are read straight off the instance: spreading 10,000 tasks over 500
  // instances asks for them millions of times.
  if (name === 'ecs.availability-zone') return (instance) => instance.availabilityZone;
  if (name === 'ecs.instance-type') return (instance) => instance.instanceType;
  return (instance) => instanceAttributes(instance)[name] ?? '';
}

/** One element chosen with the seeded source; advances `random`. */
export function pickOne<T>(items: readonly T[], random: RandomState): T {
  return items[Math.floor(nextRandom(random) * items.length)];
}

/** The first few survivors by id, and how many there are: a rule may leave hundreds. */
function ids(instances: readonly CandidateInstance[]): string {
  const shown = instances.slice(0, SHOWN_IDS).map((i) => i.id).join(', ');
  return instances.length > SHOWN_IDS ? `${instances.length} instances: ${shown}, …` : shown;
}

const SHOWN_IDS = 3;
