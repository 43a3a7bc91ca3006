// The cluster part of a scenario, and the service's launchType / strategy / placement / network,
// after the schema: every default filled in and the rules that span fields checked, each error
// naming the field, in ECS's or EC2's wording where a real message is known.

import { findInstanceType } from '../catalog/instanceLimits';
import { parseCidr, type Ipv4Cidr } from '../network/cidr';
import { strategyError } from '../capacity/capacityProviderStrategy';
import { parsePlacementExpression } from '../placement/queryLanguage';
import type { CapacityProviderSpec, ContainerInstanceSpec, PlacementConstraintSpec, PlacementStrategySpec, Scenario, SubnetSpec } from '../types';
import { DEFAULT_CAPACITY_PROVIDERS, DEFAULT_LAUNCH_TYPE, DEFAULT_SECURITY_GROUP, DEFAULT_SUBNETS, DEFAULT_TARGET_CAPACITY } from './defaults';
import type { ScenarioInput } from './scenarioSchema';

type ServiceInput = NonNullable<ScenarioInput['service']>;
type ClusterInput = NonNullable<ScenarioInput['cluster']>;
type Placed = Pick<Scenario['service'], 'launchType' | 'capacityProviderStrategy' | 'placementConstraints' | 'placementStrategy' | 'networkConfiguration'>;

export type ClusterParse = { ok: true; cluster: Scenario['cluster']; service: Placed } | { ok: false; errors: string[] };

/**
 * Fills in the cluster and where the service runs, or says what is wrong.
 * @example parseCluster(undefined, { desiredCount: 3 }, false)
 * // → { ok: true, cluster: { subnets: [3 × /18], containerInstances: [], … }, service: { launchType: 'FARGATE', … } }
 */
export function parseCluster(input: ClusterInput | undefined, service: ServiceInput | undefined, hasLoadBalancer: boolean): ClusterParse {
  const errors: string[] = [];
  const subnets: SubnetSpec[] = (input?.subnets ?? DEFAULT_SUBNETS).map((s) => ({ ...s }));
  checkSubnets(subnets, errors);
  const zones = [...new Set(subnets.map((s) => s.availabilityZone))];
  const containerInstances: ContainerInstanceSpec[] = (input?.containerInstances ?? []).map((ci, i) => ({
    instanceType: ci.instanceType,
    // Instances given without a zone are spread over the subnets' zones in turn (Isomorph's layout).
    availabilityZone: ci.availabilityZone ?? zones[i % zones.length],
    attributes: { ...ci.attributes },
    external: ci.external ?? false,
  }));
  containerInstances.forEach((ci, i) => {
    const found = findInstanceType(ci.instanceType);
    if (!found.ok) errors.push(`cluster.containerInstances.${i}.instanceType: ${found.error}`);
    if (!ci.external && !zones.includes(ci.availabilityZone)) {
      errors.push(`cluster.containerInstances.${i}.availabilityZone: no subnet of the cluster is in ${ci.availabilityZone} (subnets are in ${zones.join(', ')})`);
    }
  });
  const capacityProviders = capacityProvidersOf(input?.capacityProviders, errors);
  const placed = placedServiceOf(service, subnets, capacityProviders, hasLoadBalancer, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, cluster: { subnets, containerInstances, awsvpcTrunking: input?.awsvpcTrunking ?? false, capacityProviders }, service: placed };
}

function checkSubnets(subnets: readonly SubnetSpec[], errors: string[]): void {
  const parsed: { cidr: Ipv4Cidr; i: number }[] = [];
  subnets.forEach((subnet, i) => {
    const result = parseCidr(subnet.cidr);
    if (!result.ok) {
      errors.push(`cluster.subnets.${i}.cidr: ${result.error} (at character ${result.position + 1})`);
      return;
    }
    if (subnets.findIndex((s) => s.subnetId === subnet.subnetId) !== i) errors.push(`cluster.subnets.${i}.subnetId: "${subnet.subnetId}" is used twice`);
    // EC2 CreateSubnet's error for overlapping blocks: "The CIDR '…' conflicts with another subnet" (InvalidSubnet.Conflict).
    const clash = parsed.find((p) => overlaps(p.cidr, result.cidr));
    if (clash) errors.push(`cluster.subnets.${i}.cidr: The CIDR '${subnet.cidr}' conflicts with another subnet (cluster.subnets.${clash.i})`);
    parsed.push({ cidr: result.cidr, i });
  });
}

function overlaps(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  const size = (c: Ipv4Cidr) => 2 ** (32 - c.prefixLength);
  return a.network < b.network + size(b) && b.network < a.network + size(a);
}

function capacityProvidersOf(input: ClusterInput['capacityProviders'], errors: string[]): CapacityProviderSpec[] {
  if (input === undefined) return DEFAULT_CAPACITY_PROVIDERS.map((p) => ({ ...p }));
  return input.map((provider, i) => {
    if (input.findIndex((p) => p.name === provider.name) !== i) errors.push(`cluster.capacityProviders.${i}.name: "${provider.name}" is associated twice`);
    if (provider.autoScalingGroupProvider === undefined) return { name: provider.name as 'FARGATE' | 'FARGATE_SPOT' };
    const field = `cluster.capacityProviders.${i}.autoScalingGroupProvider`;
    // "The name cannot be prefixed with "aws", "ecs", or "fargate"." (API CreateCapacityProvider)
    if (/^(aws|ecs|fargate)/i.test(provider.name)) errors.push(`cluster.capacityProviders.${i}.name: The name cannot be prefixed with "aws", "ecs", or "fargate".`);
    const { autoScalingGroup, managedScaling } = provider.autoScalingGroupProvider;
    const found = findInstanceType(autoScalingGroup.instanceType);
    if (!found.ok) errors.push(`${field}.autoScalingGroup.instanceType: ${found.error}`);
    const desiredCapacity = autoScalingGroup.desiredCapacity ?? autoScalingGroup.minSize;
    // EC2 Auto Scaling's ValidationErrors: bounds the wrong way round, then a desired capacity outside them.
    if (autoScalingGroup.minSize > autoScalingGroup.maxSize) {
      errors.push(`${field}.autoScalingGroup: Max bound, ${autoScalingGroup.maxSize}, must be greater than or equal to min bound, ${autoScalingGroup.minSize}`);
    } else if (desiredCapacity < autoScalingGroup.minSize || desiredCapacity > autoScalingGroup.maxSize) {
      errors.push(
        `${field}.autoScalingGroup: Desired capacity:${desiredCapacity} must be between the specified min size:${autoScalingGroup.minSize} and max size:${autoScalingGroup.maxSize}`,
      );
    }
    return {
      name: provider.name,
      autoScalingGroupProvider: {
        autoScalingGroup: { ...autoScalingGroup, desiredCapacity },
        managedScaling: { status: managedScaling?.status ?? 'ENABLED', targetCapacity: managedScaling?.targetCapacity ?? DEFAULT_TARGET_CAPACITY },
      },
    };
  });
}

const isFargateProvider = (name: string) => name === 'FARGATE' || name === 'FARGATE_SPOT';

function placedServiceOf(
  service: ServiceInput | undefined,
  subnets: readonly SubnetSpec[],
  providers: readonly CapacityProviderSpec[],
  hasLoadBalancer: boolean,
  errors: string[],
): Placed {
  const strategyInput = service?.capacityProviderStrategy;
  if (strategyInput !== undefined && service?.launchType !== undefined) {
    // CreateService's InvalidParameterException for both at once.
    errors.push('service.launchType: Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.');
  }
  const capacityProviderStrategy = (strategyInput ?? []).map((item) => ({ capacityProvider: item.capacityProvider, base: item.base ?? 0, weight: item.weight ?? 0 }));
  const launchType = strategyInput !== undefined ? null : (service?.launchType ?? DEFAULT_LAUNCH_TYPE);
  if (strategyInput !== undefined) checkStrategy(capacityProviderStrategy, providers, errors);
  const onFargate = launchType === 'FARGATE' || capacityProviderStrategy.some((item) => isFargateProvider(item.capacityProvider));
  const placementConstraints = (service?.placementConstraints ?? []).map((c) => ({ ...c }));
  const placementStrategy = (service?.placementStrategy ?? []).map((s) => ({ ...s }));
  if (onFargate && (placementConstraints.length > 0 || placementStrategy.length > 0)) {
    // "Task placement strategies and constraints aren't supported for tasks using the Fargate launch type." (reference/ecs.md §6)
    errors.push(`service.${placementConstraints.length > 0 ? 'placementConstraints' : 'placementStrategy'}: Task placement strategies and constraints aren't supported for tasks using the Fargate launch type.`);
  }
  placementConstraints.forEach((c, i) => {
    if (c.type !== 'memberOf') return;
    const parsed = parsePlacementExpression(c.expression);
    if (!parsed.ok) errors.push(`service.placementConstraints.${i}.expression: ${parsed.error} (at character ${parsed.position + 1})`);
  });
  if (launchType === 'EXTERNAL') {
    // ECS Anywhere: "Service load balancing isn't supported." "The awsvpc network mode isn't supported." (reference/ecs.md §7)
    if (hasLoadBalancer) errors.push("service.loadBalancer: Service load balancing isn't supported for the EXTERNAL launch type.");
    if (service?.networkConfiguration !== undefined) errors.push("service.networkConfiguration: The awsvpc network mode isn't supported for the EXTERNAL launch type.");
    return { launchType, capacityProviderStrategy, placementConstraints, placementStrategy, networkConfiguration: null };
  }
  const vpc = service?.networkConfiguration?.awsvpcConfiguration;
  const chosen = vpc?.subnets ?? subnets.map((s) => s.subnetId);
  chosen.forEach((id, i) => {
    // EC2's own words, as CreateService relays them (InvalidSubnetID.NotFound).
    if (!subnets.some((s) => s.subnetId === id)) errors.push(`service.networkConfiguration.awsvpcConfiguration.subnets.${i}: The subnet ID '${id}' does not exist`);
  });
  return {
    launchType,
    capacityProviderStrategy,
    placementConstraints,
    placementStrategy,
    networkConfiguration: {
      awsvpcConfiguration: { subnets: [...chosen], securityGroups: [...(vpc?.securityGroups ?? [DEFAULT_SECURITY_GROUP])], assignPublicIp: vpc?.assignPublicIp ?? 'DISABLED' },
    },
  };
}

/** The strategy is valid and every provider in it is associated with the cluster. */
function checkStrategy(
  strategy: readonly { capacityProvider: string; base: number; weight: number }[],
  providers: readonly CapacityProviderSpec[],
  errors: string[],
  field = 'service.capacityProviderStrategy',
): void {
  const problem = strategyError(strategy);
  if (problem !== null) errors.push(`${field}: ${problem}`);
  strategy.forEach((item, i) => {
    if (!providers.some((p) => p.name === item.capacityProvider)) {
      // CreateService's InvalidParameterException for a provider the cluster does not have.
      errors.push(
        `${field}.${i}.capacityProvider: The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.`,
      );
    }
  });
  const kinds = new Set(strategy.map((item) => isFargateProvider(item.capacityProvider)));
  // "a capacity provider strategy can only contain Auto Scaling group or Fargate capacity providers, but not both." (reference/ecs.md §7)
  if (kinds.size > 1) errors.push(`${field}: A capacity provider strategy can only contain Auto Scaling group or Fargate capacity providers, but not both.`);
}

/**
 * Why UpdateService would refuse these placement fields for the running service, or null. The
 * field paths are UpdateService's.
 */
export function placementUpdateError(
  scenario: Scenario,
  strategy: readonly { capacityProvider: string; base: number; weight: number }[] | undefined,
  constraints: readonly PlacementConstraintSpec[] | undefined,
  placementStrategy: readonly PlacementStrategySpec[] | undefined,
): string | null {
  const errors: string[] = [];
  const { service, cluster } = scenario;
  const wasOnFargate = service.launchType === 'FARGATE' || service.capacityProviderStrategy.some((item) => isFargateProvider(item.capacityProvider));
  let onFargate = wasOnFargate;
  if (strategy !== undefined) {
    checkStrategy(strategy, cluster.capacityProviders, errors, 'capacityProviderStrategy');
    onFargate = strategy.some((item) => isFargateProvider(item.capacityProvider));
    const wasOnGroups = service.capacityProviderStrategy.length > 0 && !wasOnFargate;
    // "You can't update a service using an Auto Scaling group capacity provider to use a Fargate
    // capacity provider. The opposite is also the case." (reference/ecs.md §7)
    if ((wasOnGroups && onFargate) || (service.capacityProviderStrategy.length > 0 && wasOnFargate && !onFargate)) {
      errors.push("capacityProviderStrategy: You can't update a service using an Auto Scaling group capacity provider to use a Fargate capacity provider. The opposite is also the case.");
    }
  }
  const constraining = (constraints ?? service.placementConstraints).length > 0 || (placementStrategy ?? service.placementStrategy).length > 0;
  if (onFargate && constraining) {
    errors.push(`${constraints !== undefined ? 'placementConstraints' : 'placementStrategy'}: Task placement strategies and constraints aren't supported for tasks using the Fargate launch type.`);
  }
  constraints?.forEach((c, i) => {
    if (c.type !== 'memberOf') return;
    const parsed = parsePlacementExpression(c.expression);
    if (!parsed.ok) errors.push(`placementConstraints.${i}.expression: ${parsed.error} (at character ${parsed.position + 1})`);
  });
  return errors.length > 0 ? errors.join('; ') : null;
}
