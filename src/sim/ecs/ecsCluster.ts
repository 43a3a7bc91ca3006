// The ECS cluster under a service, as plain mutable data: its subnets' addresses, its container
// instances with their remaining resources and ENI attachments, its capacity providers, and how
// the service asks to be placed (launch type or strategy, constraints, placement strategy, awsvpc).

import { findInstanceType, taskEniLimit } from '../catalog/instanceLimits';
import type { CpuArchitecture } from '../catalog/instanceTypes';
import { randomHex, type RandomState } from '../clock/random';
import { allocateEni, type EniAddress } from '../network/eniAllocation';
import { createSubnetPool, type SubnetPool } from '../network/subnetPool';
import { parsePlacementExpression } from '../placement/queryLanguage';
import { SERVICE_DEFAULT_STRATEGY, type PlacementConstraint, type PlacementStrategyRule } from '../placement/placementTypes';
import type { AwsVpcConfiguration, CapacityProviderStrategyItem, LaunchType, PlacementConstraintSpec, PlacementReasonView, PlacementStrategySpec, Scenario } from '../types';

/** A container instance in the shape placeTask reads (CandidateInstance), plus what ECS tracks about it. */
export interface ContainerInstance {
  id: string;
  ec2InstanceId: string;
  instanceType: string;
  availabilityZone: string;
  osType: 'linux' | 'windows';
  cpuArchitecture: CpuArchitecture;
  attributes: Record<string, string>;
  registeredCpu: number;
  registeredMemory: number;
  remainingCpu: number;
  remainingMemory: number;
  attachedTaskEnis: number;
  taskEniLimit: number;
  /** How many tasks of each group (`service:<name>`) are placed here and not yet STOPPED. */
  taskGroups: Record<string, number>;
  subnetId: string;
  capacityProvider: string | null;
  external: boolean;
  status: 'REGISTERING' | 'ACTIVE';
  primaryEni: EniAddress | null;
  trunkEni: EniAddress | null;
  /** Tasks placed here and not yet STOPPED, oldest first. */
  taskIds: string[];
  /** When managed scaling first saw it without tasks (scale-in waits), or null. */
  emptySince: number | null;
}

export interface ProviderState {
  name: string;
  type: 'FARGATE' | 'FARGATE_SPOT' | 'AUTO_SCALING_GROUP';
  autoScalingGroup?: { instanceType: string; minSize: number; maxSize: number; desiredCapacity: number };
  managedScaling?: { status: 'ENABLED' | 'DISABLED'; targetCapacity: number };
  /** The service's tasks on this provider that are not yet STOPPED. */
  tasks: number;
  /** CapacityProviderReservation at the last evaluation (ASG with managed scaling). */
  reservation?: number;
}

export interface EcsCluster {
  launchType: LaunchType | null;
  strategy: CapacityProviderStrategyItem[];
  constraints: PlacementConstraint[];
  placementStrategy: PlacementStrategyRule[];
  awsvpc: AwsVpcConfiguration | null;
  trunking: boolean;
  subnets: Record<string, SubnetPool>;
  /** Cluster order. */
  subnetIds: string[];
  instances: Record<string, ContainerInstance>;
  /** Registration order. */
  instanceIds: string[];
  providers: Record<string, ProviderState>;
  /** Tasks in PROVISIONING waiting for an Auto Scaling group provider's capacity, oldest first. */
  waitingTaskIds: string[];
  lastPlacement: PlacementReasonView | null;
  /** The last "unable to place" event, so the same one is not logged every pass. */
  lastUnable: { message: string; at: number } | null;
  /** Whether a managed-scaling evaluation is on the queue. */
  scalingQueued: boolean;
}

/** Parsed placement constraints; the scenario has validated every expression already. */
export function constraintsOf(specs: readonly PlacementConstraintSpec[]): PlacementConstraint[] {
  return specs.map((spec) => {
    if (spec.type === 'distinctInstance') return { type: 'distinctInstance' };
    const parsed = parsePlacementExpression(spec.expression);
    if (!parsed.ok) throw new Error(parsed.error);
    return { type: 'memberOf', expression: parsed.expression };
  });
}

/** The service default applies when no strategy is given (reference/ecs.md §6). */
export const strategyOf = (specs: readonly PlacementStrategySpec[]): PlacementStrategyRule[] =>
  specs.length > 0 ? specs.map((s) => ({ ...s })) : [...SERVICE_DEFAULT_STRATEGY];

export function createEcsCluster(scenario: Scenario, random: RandomState): EcsCluster {
  const { cluster, service } = scenario;
  const subnets: Record<string, SubnetPool> = {};
  for (const spec of cluster.subnets) subnets[spec.subnetId] = createSubnetPool(spec);
  const world: EcsCluster = {
    launchType: service.launchType,
    strategy: service.capacityProviderStrategy.map((item) => ({ ...item })),
    constraints: constraintsOf(service.placementConstraints),
    placementStrategy: strategyOf(service.placementStrategy),
    awsvpc: service.networkConfiguration && structuredClone(service.networkConfiguration.awsvpcConfiguration),
    trunking: cluster.awsvpcTrunking,
    subnets,
    subnetIds: cluster.subnets.map((s) => s.subnetId),
    instances: {},
    instanceIds: [],
    providers: {},
    waitingTaskIds: [],
    lastPlacement: null,
    lastUnable: null,
    scalingQueued: false,
  };
  for (const provider of cluster.capacityProviders) {
    if (!('autoScalingGroupProvider' in provider)) {
      world.providers[provider.name] = { name: provider.name, type: provider.name, tasks: 0 };
      continue;
    }
    const { autoScalingGroup, managedScaling } = provider.autoScalingGroupProvider;
    world.providers[provider.name] = { name: provider.name, type: 'AUTO_SCALING_GROUP', autoScalingGroup: { ...autoScalingGroup }, managedScaling: { ...managedScaling }, tasks: 0 };
  }
  const zones = [...new Set(cluster.subnets.map((s) => s.availabilityZone))];
  for (const spec of cluster.containerInstances) {
    registerInstance(world, { instanceType: spec.instanceType, availabilityZone: spec.availabilityZone, attributes: spec.attributes, external: spec.external, capacityProvider: null }, random, 'ACTIVE');
  }
  for (const provider of Object.values(world.providers)) {
    const group = provider.autoScalingGroup;
    if (!group) continue;
    // An Auto Scaling group spreads its instances over its zones in turn (inferred from EC2 Auto Scaling's AZ balancing).
    for (let n = 0; n < group.desiredCapacity; n++) {
      registerInstance(world, { instanceType: group.instanceType, availabilityZone: zones[n % zones.length], attributes: {}, external: false, capacityProvider: provider.name }, random, 'ACTIVE');
    }
  }
  return world;
}

interface InstanceLaunch {
  instanceType: string;
  availabilityZone: string;
  attributes: Record<string, string>;
  external: boolean;
  capacityProvider: string | null;
}

/**
 * Adds a container instance. Its primary ENI takes an address in its zone's subnet, and with
 * awsvpcTrunking on a type that supports it ECS attaches a trunk ENI, which takes one more
 * (DG container-instance-eni.html; reference/ecs.md §8.1, §8.3 "the instance's own primary ENI
 * (and, with trunking, the trunk ENI) also consume IPs", inferred there). An instance whose subnet
 * has no address left never launches (EC2: "There are not enough free addresses in subnet …",
 * PrairieLearn/PrairieLearn#3271) and null comes back; one that gets no trunk ENI keeps the limit
 * without trunking (ECS reports REGISTRATION_FAILED for the trunk, reference/ecs.md §8.1; inferred).
 */
export function registerInstance(world: EcsCluster, launch: InstanceLaunch, random: RandomState, status: ContainerInstance['status']): ContainerInstance | null {
  const found = findInstanceType(launch.instanceType);
  if (!found.ok) throw new Error(found.error);
  const spec = found.spec;
  const id = randomHex(random, 32);
  const subnet = instanceSubnet(world, launch.availabilityZone);
  const trunks = !launch.external && world.trunking && spec.trunking.supported;
  const instance: ContainerInstance = {
    id,
    ec2InstanceId: launch.external ? `mi-${randomHex(random, 17)}` : `i-${randomHex(random, 17)}`,
    instanceType: spec.instanceType,
    availabilityZone: launch.availabilityZone,
    osType: 'linux',
    cpuArchitecture: spec.architecture,
    attributes: { ...launch.attributes, ...(launch.external && { 'ecs.capability.external': '' }) },
    // ECS registers vCPU × 1,024 CPU units; it registers slightly less memory than the type has
    // (the OS keeps some), which Isomorph leaves out (inferred simplification).
    registeredCpu: spec.cpuUnits,
    registeredMemory: spec.memoryMiB,
    remainingCpu: spec.cpuUnits,
    remainingMemory: spec.memoryMiB,
    attachedTaskEnis: 0,
    // ECS Anywhere has no awsvpc: "The awsvpc network mode isn't supported." (reference/ecs.md §7)
    taskEniLimit: launch.external ? 0 : taskEniLimit(spec.instanceType, { trunking: false }),
    taskGroups: {},
    subnetId: subnet?.subnetId ?? '',
    capacityProvider: launch.capacityProvider,
    external: launch.external,
    status,
    primaryEni: null,
    trunkEni: null,
    taskIds: [],
    emptySince: null,
  };
  if (subnet && !launch.external) {
    instance.primaryEni = allocateEni(subnet, derivedEniId('1', id), instance.ec2InstanceId, 'instance');
    if (instance.primaryEni === null) return null;
    if (trunks) {
      instance.trunkEni = allocateEni(subnet, derivedEniId('2', id), instance.ec2InstanceId, 'trunk');
      if (instance.trunkEni) {
        instance.attributes['ecs.awsvpc-trunk-id'] = instance.trunkEni.eniId;
        instance.taskEniLimit = taskEniLimit(spec.instanceType, { trunking: true });
      }
    }
  }
  world.instances[id] = instance;
  world.instanceIds.push(id);
  return instance;
}

/** The subnet an instance in `zone` launches into: the service's subnets first, then the cluster's. */
function instanceSubnet(world: EcsCluster, zone: string): SubnetPool | undefined {
  const preferred = world.awsvpc?.subnets ?? [];
  for (const id of [...preferred, ...world.subnetIds]) {
    const pool = world.subnets[id];
    if (pool && pool.availabilityZone === zone) return pool;
  }
  return undefined;
}

/**
 * An ENI id for `owner` (a 32-hex task or instance id): `eni-` and 17 hex digits, derived rather
 * than drawn, so adding ENIs leaves the rest of a seeded timeline as it was.
 */
export const derivedEniId = (prefix: string, owner: string) => `eni-${prefix}${owner.slice(0, 16)}`;
