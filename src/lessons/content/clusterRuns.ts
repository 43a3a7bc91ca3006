// Reading a run for the lessons about where tasks run (6 "Where does it run?", 7 "Who runs it?",
// 8 "One task, one ENI"): how many tasks a container instance can hold, whether a placement kept
// the Availability Zones even, the fewest instances an even placement needs, and the shortcut
// that restarts the scenario with a cluster or launch-type change.

import type { ContainerInstanceView, PlacementStat, Snapshot } from '../../sim';
import type { ScenarioChange } from '../../store/reconfigureScenario';
import type { LessonCommand } from '../defineLesson';

/** The shortcut command that recreates the service (and its cluster) with `change` applied. */
export const reconfigure = (change: ScenarioChange): LessonCommand => ({ type: 'reconfigureScenario', change });

/** CPU units and MiB of one task of the service's current revision. */
function serviceTaskSize(s: Snapshot): { cpu: number; memory: number } {
  const current = s.ecs.taskDefinitions.find((d) => d.taskDefinitionArn === s.ecs.service.taskDefinition);
  const definition = current ?? s.scenario.taskDefinition;
  return { cpu: Number(definition.cpu), memory: Number(definition.memory) };
}

/**
 * How many of the service's tasks fit on one container instance: CPU, memory and, for awsvpc, its
 * task ENI limit ("Each task that uses the awsvpc network mode requires an ENI", reference/ecs.md §8;
 * the limit counts trunking, §8.1). Ports and GPUs play no part in these lessons.
 * @example instanceCapacity(m5large, { cpu: 512, memory: 1024 }, true) // → 2 without trunking (ENI), 4 with (CPU)
 */
export function instanceCapacity(instance: ContainerInstanceView, task: { cpu: number; memory: number }, awsvpc: boolean): number {
  const byCpu = task.cpu > 0 ? Math.floor(instance.registeredResources.cpu / task.cpu) : Infinity;
  const byMemory = task.memory > 0 ? Math.floor(instance.registeredResources.memory / task.memory) : Infinity;
  return Math.min(byCpu, byMemory, awsvpc ? instance.taskEniLimit : Infinity);
}

/** The zones an even spread is measured over: every zone with an instance the service could use, and any zone that ran a task. */
export function serviceZones(s: Snapshot, stat?: PlacementStat): string[] {
  const zones = new Set(s.ecs.cluster.containerInstances.filter((i) => !i.external).map((i) => i.availabilityZone));
  for (const zone of Object.keys(stat?.tasksPerAz ?? {})) zones.add(zone);
  return [...zones].sort();
}

/** Tasks per zone over `zones`, a zone without tasks counted as 0. */
const tasksIn = (stat: PlacementStat, zones: readonly string[]): number[] => zones.map((zone) => stat.tasksPerAz[zone] ?? 0);

/** "Balanced": no zone runs more than one task more than another (max − min ≤ 1). */
export function azBalanced(stat: PlacementStat, zones: readonly string[]): boolean {
  const counts = tasksIn(stat, zones);
  return counts.length > 0 && Math.max(...counts) - Math.min(...counts) <= 1;
}

/** "us-east-1a 8, us-east-1b 4, us-east-1c 0" */
export const perZoneText = (stat: PlacementStat, zones: readonly string[]): string => zones.map((zone) => `${zone} ${stat.tasksPerAz[zone] ?? 0}`).join(', ');

/** The fewest instances, taken from `capacities` (tasks each holds), that hold `tasks`: the largest first. Infinity if they cannot. */
function fewestFor(capacities: readonly number[], tasks: number): number {
  const largestFirst = [...capacities].sort((a, b) => b - a);
  let held = 0;
  let used = 0;
  for (const capacity of largestFirst) {
    if (held >= tasks) break;
    held += capacity;
    used++;
  }
  return held >= tasks ? used : Infinity;
}

/**
 * The fewest instances that hold `tasks` tasks spread evenly over the zones (max − min ≤ 1). With
 * tasks = q × zones + r, r zones take q + 1 and the rest q; the zones are independent, so the r
 * extra tasks go where they cost the fewest extra instances. Infinity when no even spread fits.
 * @example fewestInstancesBalanced(new Map([['a', [4, 4]], ['b', [4, 8]], ['c', [8, 8]]]), 12) // → 3 (4 + 4 + 4, one instance each)
 */
export function fewestInstancesBalanced(capacitiesByZone: ReadonlyMap<string, readonly number[]>, tasks: number): number {
  const zones = [...capacitiesByZone.values()];
  if (zones.length === 0) return Infinity;
  const q = Math.floor(tasks / zones.length);
  const r = tasks % zones.length;
  const base = zones.map((capacities) => fewestFor(capacities, q));
  const extra = zones.map((capacities, i) => fewestFor(capacities, q + 1) - base[i]).sort((a, b) => a - b);
  return base.reduce((sum, n) => sum + n, 0) + extra.slice(0, r).reduce((sum, n) => sum + n, 0);
}

/** fewestInstancesBalanced for the snapshot's own cluster and the service's task size. */
export function fewestBalancedFor(s: Snapshot, tasks: number): number {
  const size = serviceTaskSize(s);
  const awsvpc = s.scenario.service.networkConfiguration !== null;
  const byZone = new Map<string, number[]>();
  for (const instance of s.ecs.cluster.containerInstances) {
    if (instance.external) continue;
    const list = byZone.get(instance.availabilityZone) ?? [];
    list.push(instanceCapacity(instance, size, awsvpc));
    byZone.set(instance.availabilityZone, list);
  }
  return fewestInstancesBalanced(byZone, tasks);
}

/** RUNNING tasks of the service by capacity provider (tasks placed without one are left out). */
export function runningByProvider(s: Snapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const task of s.ecs.tasks) {
    if (task.lastStatus !== 'RUNNING' || task.capacityProviderName === undefined) continue;
    counts[task.capacityProviderName] = (counts[task.capacityProviderName] ?? 0) + 1;
  }
  return counts;
}
