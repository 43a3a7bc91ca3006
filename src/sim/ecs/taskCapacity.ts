// Where a new task runs and what it holds while it lives: the capacity provider its strategy picks
// (base, then weight), the container instance placement picks (EC2 / EXTERNAL), the subnet and
// private IP of its ENI (awsvpc), and giving all of it back when the task STOPS.

import { distributeTasks } from '../capacity/capacityProviderStrategy';
import type { SideContext } from '../clock/sideContext';
import { allocateEni, INSUFFICIENT_FREE_ADDRESSES, releaseEni } from '../network/eniAllocation';
import type { SubnetPool } from '../network/subnetPool';
import { placeTask } from '../placement/placeTask';
import { unablePlaceMessage } from '../placement/unablePlaceMessage';
import type { LaunchType, PlacementFilter, PlacementReasonView, TaskDefinitionView } from '../types';
import { derivedEniId, type ContainerInstance, type EcsCluster } from './ecsCluster';
import type { EcsTask } from './ecsWorld';

export type LaunchPlan =
  | { kind: 'run'; launchType: LaunchType; capacityProvider?: string; instance?: ContainerInstance; subnet?: SubnetPool; placement?: PlacementReasonView }
  /** An Auto Scaling group provider with managed scaling has no room yet: the task waits in PROVISIONING. */
  | { kind: 'wait'; capacityProvider: string }
  | { kind: 'unplaceable'; message: string };

const isFargateProvider = (name: string) => name === 'FARGATE' || name === 'FARGATE_SPOT';

/** Each task keeps its placement reasons; listing all 500 rejected instances on each of 10,000 tasks would not do. */
const FILTERED_OUT_KEPT = 24;

function countBy(filteredOut: readonly { by: PlacementFilter }[]): Partial<Record<PlacementFilter, number>> {
  const counts: Partial<Record<PlacementFilter, number>> = {};
  for (const { by } of filteredOut) counts[by] = (counts[by] ?? 0) + 1;
  return counts;
}

/** Task size in CPU units and MiB, as the revision declares it. */
export function taskSize(revision: TaskDefinitionView): { cpu: number; memory: number } {
  return { cpu: Number(revision.cpu), memory: Number(revision.memory) };
}

/** Decides where the next task of the service runs, or why it cannot. Nothing is held yet. */
export function planLaunch(cluster: EcsCluster, serviceName: string, revision: TaskDefinitionView, ctx: SideContext): LaunchPlan {
  let launchType = cluster.launchType;
  let capacityProvider: string | undefined;
  if (launchType === null) {
    const running = Object.fromEntries(Object.values(cluster.providers).map((p) => [p.name, p.tasks]));
    const split = distributeTasks(cluster.strategy, 1, running);
    // The scenario validated the strategy, so the split exists.
    if (!split.ok) throw new Error(split.error);
    capacityProvider = Object.keys(split.tasks).find((name) => split.tasks[name] > 0) as string;
    launchType = isFargateProvider(capacityProvider) ? 'FARGATE' : 'EC2';
  }
  if (launchType === 'FARGATE') {
    const subnet = fargateSubnet(cluster);
    return { kind: 'run', launchType, capacityProvider, subnet };
  }
  const instances = candidatesFor(cluster, launchType, capacityProvider);
  const { cpu, memory } = taskSize(revision);
  const placed = placeTask({
    instances,
    task: { cpu, memory, needsEni: cluster.awsvpc !== null, group: `service:${serviceName}` },
    constraints: cluster.constraints,
    strategy: cluster.placementStrategy,
    random: ctx.random,
  });
  if (!placed.ok) {
    const provider = capacityProvider === undefined ? undefined : cluster.providers[capacityProvider];
    // With managed scaling, a task that does not fit waits in PROVISIONING for the group to grow
    // ("tasks … in the PROVISIONING state" while managed scaling launches instances, DG cluster-auto-scaling.html).
    if (provider?.managedScaling?.status === 'ENABLED') return { kind: 'wait', capacityProvider: provider.name };
    return { kind: 'unplaceable', message: unablePlaceMessage(serviceName, placed.closest) };
  }
  const instance = cluster.instances[placed.instanceId];
  const placement: PlacementReasonView = {
    containerInstanceId: instance.id,
    filteredOut: placed.reasons.filteredOut.slice(0, FILTERED_OUT_KEPT).map((f) => ({ containerInstanceId: f.instanceId, by: f.by })),
    filteredOutBy: countBy(placed.reasons.filteredOut),
    ranking: placed.reasons.ranking,
    ...(capacityProvider !== undefined && { capacityProvider }),
    time: ctx.now,
  };
  return { kind: 'run', launchType, capacityProvider, instance, subnet: taskSubnet(cluster, instance), placement };
}

/**
 * The instances a task may go to: ACTIVE, of its kind (EXTERNAL tasks run only on external
 * instances), of its capacity provider's group if it has one, and, for awsvpc, in a zone that
 * one of the service's subnets covers, since the task's ENI is created in such a subnet (inferred).
 */
function candidatesFor(cluster: EcsCluster, launchType: LaunchType, capacityProvider: string | undefined): ContainerInstance[] {
  const zones = cluster.awsvpc === null ? null : new Set(cluster.awsvpc.subnets.map((id) => cluster.subnets[id]?.availabilityZone));
  const out: ContainerInstance[] = [];
  for (const id of cluster.instanceIds) {
    const instance = cluster.instances[id];
    if (instance.status !== 'ACTIVE' || instance.external !== (launchType === 'EXTERNAL')) continue;
    if (capacityProvider !== undefined && instance.capacityProvider !== capacityProvider) continue;
    if (zones !== null && !zones.has(instance.availabilityZone)) continue;
    out.push(instance);
  }
  return out;
}

/**
 * Fargate: "the service scheduler attempts to maintain a balance across Availability Zones"
 * (reference/ecs.md §6): the subnet whose zone has the fewest addresses in use (with no container
 * instances, that is the service's tasks), preferring one with a free address; only when every
 * subnet is full does the task get a full one and fail (inferred: ECS does not document how it
 * picks among the subnets).
 */
function fargateSubnet(cluster: EcsCluster): SubnetPool {
  const ids = cluster.awsvpc?.subnets ?? cluster.subnetIds;
  const perZone = new Map<string, number>();
  for (const id of ids) {
    const pool = cluster.subnets[id];
    perZone.set(pool.availabilityZone, (perZone.get(pool.availabilityZone) ?? 0) + pool.used);
  }
  let best: SubnetPool | undefined;
  for (const id of ids) {
    const pool = cluster.subnets[id];
    const full = pool.used >= pool.usable;
    if (best === undefined) {
      best = pool;
      continue;
    }
    const bestFull = best.used >= best.usable;
    if (full !== bestFull ? !full : (perZone.get(pool.availabilityZone) ?? 0) < (perZone.get(best.availabilityZone) ?? 0)) best = pool;
  }
  return best as SubnetPool;
}

/** An EC2 task's ENI goes into one of the service's subnets in its instance's zone. */
function taskSubnet(cluster: EcsCluster, instance: ContainerInstance): SubnetPool | undefined {
  if (cluster.awsvpc === null) return undefined;
  const ids = cluster.awsvpc.subnets.filter((id) => cluster.subnets[id]?.availabilityZone === instance.availabilityZone);
  return ids.map((id) => cluster.subnets[id]).find((pool) => pool.used < pool.usable) ?? cluster.subnets[ids[0]];
}

/**
 * The task takes what its plan gives it: the instance's CPU, memory and an ENI attachment point,
 * and an address for its ENI, created while the task is PROVISIONING (DG task-networking-awsvpc.html).
 * Returns the launch failure when the subnet has no address left.
 */
export function holdResources(cluster: EcsCluster, task: EcsTask, plan: Extract<LaunchPlan, { kind: 'run' }>, revision: TaskDefinitionView, group: string): string | null {
  task.launchType = plan.launchType;
  task.capacityProvider = plan.capacityProvider;
  if (plan.capacityProvider !== undefined) cluster.providers[plan.capacityProvider].tasks++;
  if (plan.instance) {
    const { cpu, memory } = taskSize(revision);
    const instance = plan.instance;
    instance.remainingCpu -= cpu;
    instance.remainingMemory -= memory;
    instance.taskGroups[group] = (instance.taskGroups[group] ?? 0) + 1;
    instance.taskIds.push(task.taskId);
    instance.emptySince = null;
    task.containerInstanceId = instance.id;
    task.availabilityZone = instance.availabilityZone;
    task.placement = plan.placement;
    cluster.lastPlacement = plan.placement ?? null;
    if (cluster.awsvpc !== null) instance.attachedTaskEnis++;
  }
  if (plan.subnet === undefined) return null;
  task.availabilityZone = plan.subnet.availabilityZone;
  const eni = allocateEni(plan.subnet, derivedEniId('0', task.taskId), task.taskId, 'task');
  if (eni === null) {
    task.eniSubnetId = plan.subnet.subnetId;
    return `${INSUFFICIENT_FREE_ADDRESSES.code}: ${INSUFFICIENT_FREE_ADDRESSES.message}`;
  }
  task.eni = eni;
  return null;
}

/** The task has STOPPED: its ENI is deleted and its instance's resources are free again. */
export function releaseResources(cluster: EcsCluster, task: EcsTask, revision: TaskDefinitionView, group: string): void {
  if (task.eni !== undefined) releaseEni(cluster.subnets[task.eni.subnetId], task.eni);
  if (task.capacityProvider !== undefined) cluster.providers[task.capacityProvider].tasks--;
  const instance = task.containerInstanceId === undefined ? undefined : cluster.instances[task.containerInstanceId];
  if (!instance) return;
  const { cpu, memory } = taskSize(revision);
  instance.remainingCpu += cpu;
  instance.remainingMemory += memory;
  const at = instance.taskIds.indexOf(task.taskId);
  if (at >= 0) instance.taskIds.splice(at, 1);
  if ((instance.taskGroups[group] ?? 0) > 0) instance.taskGroups[group]--;
  if (cluster.awsvpc !== null) instance.attachedTaskEnis--;
}
