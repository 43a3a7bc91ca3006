// The placement panel's data, without geometry: machines grouped by Availability Zone, the tasks
// and pods on each with the generation they belong to, the last placement's filtered-out
// instances grouped by filter, and the capacity providers beside the service's strategy.

import type {
  CapacityProviderStrategyItem,
  CapacityProviderView,
  DeploymentView,
  PlacementReasonView,
  PodView,
  ReplicaSetView,
  TaskView,
} from '../../sim';

export type Generation = 'new' | 'old';

export interface ZoneGroup<T> {
  zone: string;
  items: T[];
}

/** Items grouped by zone, zones in name order, items in their given order. */
export function byZone<T>(items: readonly T[], zoneOf: (item: T) => string): ZoneGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const zone = zoneOf(item);
    const list = groups.get(zone);
    if (list) list.push(item);
    else groups.set(zone, [item]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([zone, list]) => ({ zone, items: list }));
}

/** Tasks that hold a place: not STOPPED. */
export const placedTasks = (tasks: readonly TaskView[]) => tasks.filter((t) => t.lastStatus !== 'STOPPED');

export function tasksByInstance(tasks: readonly TaskView[]): Map<string, TaskView[]> {
  const map = new Map<string, TaskView[]>();
  for (const task of placedTasks(tasks)) {
    if (task.containerInstanceArn === undefined) continue;
    const list = map.get(task.containerInstanceArn);
    if (list) list.push(task);
    else map.set(task.containerInstanceArn, [task]);
  }
  return map;
}

export function podsByNode(pods: readonly PodView[]): Map<string, PodView[]> {
  const map = new Map<string, PodView[]>();
  for (const pod of pods) {
    if (pod.node === null) continue;
    const list = map.get(pod.node);
    if (list) list.push(pod);
    else map.set(pod.node, [pod]);
  }
  return map;
}

/** A task started by the PRIMARY deployment is the new generation; anything else is older. */
export function taskGeneration(task: TaskView, deployments: readonly DeploymentView[]): Generation {
  return deployments.find((d) => d.id === task.startedBy)?.status === 'PRIMARY' ? 'new' : 'old';
}

/** A pod of the ReplicaSet at the Deployment's revision is the new generation. */
export function podGeneration(pod: PodView, replicaSets: readonly ReplicaSetView[], revision: number): Generation {
  return replicaSets.find((rs) => rs.name === pod.replicaSet)?.revision === revision ? 'new' : 'old';
}

export interface FilterGroup {
  by: PlacementReasonView['filteredOut'][number]['by'];
  /** Every instance this filter removed (filteredOutBy). */
  count: number;
  /** The ones the view names (the first few of them). */
  instances: string[];
}

/** The filtered-out instances grouped by the filter that removed them, filters in first-seen order. */
export function filteredByReason(placement: PlacementReasonView): FilterGroup[] {
  const groups: FilterGroup[] = [];
  const groupOf = (by: FilterGroup['by']) => {
    let group = groups.find((g) => g.by === by);
    if (!group) groups.push((group = { by, count: 0, instances: [] }));
    return group;
  };
  for (const { containerInstanceId, by } of placement.filteredOut) groupOf(by).instances.push(containerInstanceId);
  for (const [by, count] of Object.entries(placement.filteredOutBy) as [FilterGroup['by'], number][]) groupOf(by).count = count;
  for (const g of groups) g.count = Math.max(g.count, g.instances.length);
  return groups;
}

export interface ProviderRow {
  provider: CapacityProviderView;
  /** The service's strategy item for this provider, or null when the strategy leaves it out. */
  item: CapacityProviderStrategyItem | null;
}

/** The cluster's providers, those in the service's strategy first, in the strategy's order. */
export function providerRows(providers: readonly CapacityProviderView[], strategy: readonly CapacityProviderStrategyItem[]): ProviderRow[] {
  const rank = (name: string) => {
    const i = strategy.findIndex((s) => s.capacityProvider === name);
    return i < 0 ? strategy.length : i;
  };
  return [...providers]
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map((provider) => ({ provider, item: strategy.find((s) => s.capacityProvider === provider.name) ?? null }));
}
