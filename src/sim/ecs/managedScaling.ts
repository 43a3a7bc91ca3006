// Managed scaling of an Auto Scaling group capacity provider: ECS computes CapacityProviderReservation
// every minute and moves the group toward targetCapacity (DG cluster-auto-scaling.html; reference/ecs.md §7).

import type { SideContext } from '../clock/sideContext';
import { findInstanceType, taskEniLimit } from '../catalog/instanceLimits';
import { releaseEni } from '../network/eniAllocation';
import { registerInstance, type ContainerInstance, type EcsCluster, type ProviderState } from './ecsCluster';
import type { EcsWorld } from './ecsWorld';
import { revisionOf } from './ecsTasks';
import { taskSize } from './taskCapacity';
import { placeWaitingTasks } from './waitingTasks';

/** "Every minute" (reference/ecs.md §7). */
const EVALUATION_SECONDS = 60;
/** EC2 boot and ECS agent registration; not documented (inferred). */
const REGISTRATION_SECONDS = 90;
/** Scale-in waits for the metric to stay low; the target-tracking scale-in alarm's 15 minutes (inferred). */
const SCALE_IN_AFTER_SECONDS = 15 * 60;

/**
 * CapacityProviderReservation = M / N × 100, M the instances needed, N those running: 100 means
 * "all container instances are running at least one non-daemon task"; with no instance and tasks
 * waiting ECS reports 200 (inferred from the metric's definition).
 * @example capacityProviderReservation(3, 2) // → 150
 */
export function capacityProviderReservation(needed: number, running: number): number {
  if (running === 0) return needed > 0 ? 200 : 100;
  return Math.round((needed / running) * 100);
}

/**
 * The group size that brings the metric to targetCapacity: "to keep 10% free capacity … set the
 * target capacity value to 90%", within the group's bounds.
 * @example desiredInstances(9, 90, 0, 20) // → 10
 */
export function desiredInstances(needed: number, targetCapacity: number, minSize: number, maxSize: number): number {
  return Math.min(maxSize, Math.max(minSize, Math.ceil((needed * 100) / targetCapacity)));
}

const ofProvider = (cluster: EcsCluster, provider: ProviderState): ContainerInstance[] =>
  cluster.instanceIds.map((id) => cluster.instances[id]).filter((i) => i.capacityProvider === provider.name);

/** Puts an evaluation on the queue when some group is not at its target and none is queued. */
export function queueManagedScaling(world: EcsWorld, ctx: SideContext): void {
  const cluster = world.cluster;
  if (cluster.scalingQueued) return;
  const unsettled = Object.values(cluster.providers).some((provider) => {
    if (provider.managedScaling?.status !== 'ENABLED' || !provider.autoScalingGroup) return false;
    const instances = ofProvider(cluster, provider);
    const waiting = cluster.waitingTaskIds.some((id) => world.tasks[id]?.capacityProvider === provider.name);
    if (waiting) return true;
    const busy = instances.filter((i) => i.taskIds.length > 0).length;
    const { minSize, maxSize } = provider.autoScalingGroup;
    return desiredInstances(busy, provider.managedScaling.targetCapacity, minSize, maxSize) < instances.length;
  });
  if (!unsettled) return;
  cluster.scalingQueued = true;
  ctx.after(EVALUATION_SECONDS, 'cluster.managedScaling', '');
}

export function evaluateManagedScaling(world: EcsWorld, ctx: SideContext): void {
  const cluster = world.cluster;
  cluster.scalingQueued = false;
  for (const provider of Object.values(cluster.providers)) {
    const group = provider.autoScalingGroup;
    if (!group || provider.managedScaling?.status !== 'ENABLED') continue;
    const instances = ofProvider(cluster, provider);
    const waiting = cluster.waitingTaskIds.map((id) => world.tasks[id]).filter((t) => t?.capacityProvider === provider.name && t.desiredStatus === 'RUNNING');
    const busy = instances.filter((i) => i.taskIds.length > 0).length;
    // Scale-out sizing binpacks the waiting tasks onto new instances of the group's type (reference/ecs.md §7).
    const perInstance = waiting.length === 0 ? 1 : tasksPerEmptyInstance(cluster, group.instanceType, revisionOf(world, waiting[0].taskDefinitionArn));
    // M counts the instances running tasks and those the waiting tasks need; spare empty ones and
    // ones still registering are not "needed" (reference/ecs.md §7). N counts every instance of the
    // group, registering ones too, so instances on their way are not asked for twice (inferred).
    const needed = busy + Math.ceil(waiting.length / perInstance);
    provider.reservation = capacityProviderReservation(needed, instances.length);
    const desired = desiredInstances(needed, provider.managedScaling.targetCapacity, group.minSize, group.maxSize);
    if (desired > instances.length) launchInstances(world, provider, desired - instances.length, ctx);
    else if (desired < instances.length) retireEmptyInstances(cluster, instances, instances.length - desired, ctx.now);
    group.desiredCapacity = ofProvider(cluster, provider).length;
  }
  ctx.requestSync();
}

function tasksPerEmptyInstance(cluster: EcsCluster, instanceType: string, revision: Parameters<typeof taskSize>[0]): number {
  const found = findInstanceType(instanceType);
  if (!found.ok) return 1;
  const { cpu, memory } = taskSize(revision);
  const byEni = cluster.awsvpc === null ? Infinity : taskEniLimit(instanceType, { trunking: cluster.trunking });
  return Math.max(1, Math.min(Math.floor(found.spec.cpuUnits / cpu), Math.floor(found.spec.memoryMiB / memory), byEni));
}

function launchInstances(world: EcsWorld, provider: ProviderState, count: number, ctx: SideContext): void {
  const cluster = world.cluster;
  const zones = [...new Set(cluster.subnetIds.map((id) => cluster.subnets[id].availabilityZone))];
  const existing = ofProvider(cluster, provider);
  for (let n = 0; n < count; n++) {
    // The group balances its zones: the next instance goes to the zone with the fewest (EC2 Auto Scaling, inferred).
    const zone = zones.reduce((best, z) => (existing.filter((i) => i.availabilityZone === z).length < existing.filter((i) => i.availabilityZone === best).length ? z : best));
    const instance = registerInstance(cluster, { instanceType: provider.autoScalingGroup!.instanceType, availabilityZone: zone, attributes: {}, external: false, capacityProvider: provider.name }, ctx.random, 'REGISTERING');
    // The zone's subnet is full: the launch fails, and the next evaluation may try again.
    if (instance === null) continue;
    existing.push(instance);
    ctx.after(REGISTRATION_SECONDS, 'cluster.instanceRegistered', instance.id);
  }
}

/** The instance's agent has registered: it is ACTIVE and waiting tasks can land on it. */
export function onInstanceRegistered(world: EcsWorld, instanceId: string, ctx: SideContext): void {
  const instance = world.cluster.instances[instanceId];
  if (!instance || instance.status !== 'REGISTERING') return;
  instance.status = 'ACTIVE';
  placeWaitingTasks(world, ctx);
  ctx.requestSync();
}

/**
 * Scale-in terminates instances that have run no task for the whole scale-in period; managed
 * scaling never takes an instance with tasks on it (reference/ecs.md §7: the metric counts
 * "the number of container instances that are empty").
 */
function retireEmptyInstances(cluster: EcsCluster, instances: readonly ContainerInstance[], count: number, now: number): void {
  let left = count;
  for (const instance of [...instances].reverse()) {
    if (instance.status !== 'ACTIVE' || instance.taskIds.length > 0) {
      instance.emptySince = null;
      continue;
    }
    instance.emptySince ??= now;
    if (left === 0 || now - instance.emptySince < SCALE_IN_AFTER_SECONDS) continue;
    left--;
    for (const eni of [instance.primaryEni, instance.trunkEni]) if (eni) releaseEni(cluster.subnets[eni.subnetId], eni);
    delete cluster.instances[instance.id];
    cluster.instanceIds = cluster.instanceIds.filter((id) => id !== instance.id);
  }
}
