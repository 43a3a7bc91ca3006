// The cluster part of parseScenario: defaults, and an error that names the field for each rule.
// Expected wording comes from the sources, not from the code: AWS's own error text where it is
// known (quoted with where it was seen), the documented rule otherwise (shared/reference/ecs.md
// §6–8); Isomorph's own messages are checked for the field, the value and the position.

import { describe, expect, it } from 'vitest';
import { parseScenario } from './parseScenario';

function errorsOf(input: unknown): string[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error(`expected errors, got a scenario for ${JSON.stringify(input)}`);
  return result.errors;
}

function scenarioOf(input: unknown) {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

const subnet = (subnetId: string, cidr: string, availabilityZone: string) => ({ subnetId, cidr, availabilityZone });
const withSubnets = (...subnets: ReturnType<typeof subnet>[]) => ({ cluster: { subnets } });
const asgProvider = (name: string, autoScalingGroup: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  name,
  autoScalingGroupProvider: { autoScalingGroup: { instanceType: 'm5.large', minSize: 0, maxSize: 4, ...autoScalingGroup }, ...rest },
});
const onEc2 = (service: Record<string, unknown>) => ({ service: { launchType: 'EC2', ...service } });

describe('parseScenario: the cluster’s defaults', () => {
  it('gives a scenario without a cluster three /18 subnets, one per zone, FARGATE and FARGATE_SPOT, and no instances', () => {
    const { cluster } = scenarioOf({});
    // Isomorph's own layout (AWS has no default here): 3 × 16,379 usable addresses.
    expect(cluster.subnets).toEqual([
      { subnetId: 'subnet-1a', cidr: '10.0.0.0/18', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-1b', cidr: '10.0.64.0/18', availabilityZone: 'us-east-1b' },
      { subnetId: 'subnet-1c', cidr: '10.0.128.0/18', availabilityZone: 'us-east-1c' },
    ]);
    // FARGATE and FARGATE_SPOT "only need to be associated with a cluster" (ecs.md §7).
    expect(cluster.capacityProviders).toEqual([{ name: 'FARGATE' }, { name: 'FARGATE_SPOT' }]);
    expect(cluster.containerInstances).toEqual([]);
    expect(cluster.awsvpcTrunking).toBe(false);
  });

  it('runs the service on FARGATE in every subnet, with the default security group and no public IP', () => {
    const { service } = scenarioOf({ service: { desiredCount: 2 } });
    // Isomorph's default launch type; AWS would use the cluster's default capacity provider strategy (ecs.md §7).
    expect(service.launchType).toBe('FARGATE');
    expect(service.capacityProviderStrategy).toEqual([]);
    expect(service.placementConstraints).toEqual([]);
    expect(service.placementStrategy).toEqual([]);
    // "default SG of the VPC if none given; assignPublicIp default DISABLED" (ecs.md §8); Isomorph calls that group sg-default.
    expect(service.networkConfiguration).toEqual({
      awsvpcConfiguration: { subnets: ['subnet-1a', 'subnet-1b', 'subnet-1c'], securityGroups: ['sg-default'], assignPublicIp: 'DISABLED' },
    });
  });

  it('uses the subnets the scenario gives, and the service runs in all of them unless it names some', () => {
    const scenario = scenarioOf(withSubnets(subnet('subnet-a', '10.0.1.0/24', 'us-east-1a'), subnet('subnet-b', '10.0.2.0/24', 'us-east-1b')));
    expect(scenario.cluster.subnets.map((s) => s.subnetId)).toEqual(['subnet-a', 'subnet-b']);
    expect(scenario.service.networkConfiguration?.awsvpcConfiguration.subnets).toEqual(['subnet-a', 'subnet-b']);
    const named = scenarioOf({
      ...withSubnets(subnet('subnet-a', '10.0.1.0/24', 'us-east-1a'), subnet('subnet-b', '10.0.2.0/24', 'us-east-1b')),
      service: { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-b'], securityGroups: ['sg-web'], assignPublicIp: 'ENABLED' } } },
    });
    expect(named.service.networkConfiguration).toEqual({ awsvpcConfiguration: { subnets: ['subnet-b'], securityGroups: ['sg-web'], assignPublicIp: 'ENABLED' } });
  });

  it('spreads instances given without a zone over the subnets’ zones in turn, and keeps a zone that is given', () => {
    const four = scenarioOf({ cluster: { containerInstances: Array.from({ length: 4 }, () => ({ instanceType: 'm5.large' })) } });
    expect(four.cluster.containerInstances.map((ci) => ci.availabilityZone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1a']);
    // Two subnets in one zone count as one zone.
    const zones = scenarioOf({
      cluster: {
        subnets: [subnet('subnet-a', '10.0.1.0/24', 'us-east-1a'), subnet('subnet-a2', '10.0.2.0/24', 'us-east-1a'), subnet('subnet-b', '10.0.3.0/24', 'us-east-1b')],
        containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'c5.large', availabilityZone: 'us-east-1a' }, { instanceType: 'm5.large' }],
      },
    });
    expect(zones.cluster.containerInstances.map((ci) => ci.availabilityZone)).toEqual(['us-east-1a', 'us-east-1a', 'us-east-1a']);
    expect(zones.cluster.containerInstances[0]).toEqual({ instanceType: 'm5.large', availabilityZone: 'us-east-1a', attributes: {}, external: false });
  });

  it('fills an Auto Scaling group provider: desired capacity = min size, target capacity 100', () => {
    const { cluster } = scenarioOf({ cluster: { capacityProviders: [asgProvider('ec2-large', { minSize: 1, maxSize: 4 })] } });
    const provider = cluster.capacityProviders[0];
    expect(provider.name).toBe('ec2-large');
    if (!('autoScalingGroupProvider' in provider) || provider.autoScalingGroupProvider === undefined) throw new Error('an Auto Scaling group provider');
    // CreateAutoScalingGroup: without a desired capacity, the group starts at its minimum size.
    expect(provider.autoScalingGroupProvider.autoScalingGroup).toEqual({ instanceType: 'm5.large', minSize: 1, maxSize: 4, desiredCapacity: 1 });
    // targetCapacity "0–100%, default 100" (ecs.md §7).
    expect(provider.autoScalingGroupProvider.managedScaling.targetCapacity).toBe(100);
  });

  it('takes a strategy instead of a launch type; base and weight default to 0 through the API', () => {
    const { service } = scenarioOf({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 1, weight: 1 }, { capacityProvider: 'FARGATE_SPOT' }] } });
    expect(service.launchType).toBeNull();
    // "If using the API or AWS CLI, the default value of 0 is used" (weight); base "Default 0" (ecs.md §7).
    expect(service.capacityProviderStrategy).toEqual([
      { capacityProvider: 'FARGATE', base: 1, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 0 },
    ]);
  });

  it('accepts the edges of the documented ranges: /16 and /28 subnets, 10 constraints, 4 strategy rules', () => {
    expect(parseScenario(withSubnets(subnet('subnet-a', '10.1.0.0/16', 'us-east-1a'), subnet('subnet-b', '10.2.0.0/28', 'us-east-1b'))).ok).toBe(true);
    expect(parseScenario(onEc2({ placementConstraints: Array.from({ length: 10 }, () => ({ type: 'distinctInstance' })) })).ok).toBe(true);
    expect(parseScenario(onEc2({ placementStrategy: Array.from({ length: 4 }, () => ({ type: 'random' })) })).ok).toBe(true);
  });

  it('accepts adjacent subnets that do not overlap, and a provider name that only contains "ecs"', () => {
    expect(parseScenario(withSubnets(subnet('subnet-a', '10.0.0.0/25', 'us-east-1a'), subnet('subnet-b', '10.0.0.128/25', 'us-east-1b'))).ok).toBe(true);
    expect(parseScenario({ cluster: { capacityProviders: [asgProvider('my-ecs-group')] } }).ok).toBe(true);
  });
});

describe('parseScenario: subnets', () => {
  it('says where a CIDR block stops parsing, counting characters from 1', () => {
    // "10.0." is five characters: the bad octet starts at character 6.
    expect(errorsOf(withSubnets(subnet('subnet-a', '10.0.300.0/24', 'us-east-1a')))).toEqual([
      'cluster.subnets.0.cidr: "10.0.300.0/24": octet 3 is 300, above 255 (at character 6)',
    ]);
  });

  it('refuses blocks outside /16–/28: "between a /28 netmask (16 IP addresses) and a /16 netmask" (EC2 CreateSubnet, ecs.md §8.3)', () => {
    for (const [cidr, prefix] of [
      ['10.0.1.0/29', '/29'],
      ['10.0.0.0/15', '/15'],
    ]) {
      const [error] = errorsOf(withSubnets(subnet('subnet-a', cidr, 'us-east-1a')));
      expect(error.startsWith(`cluster.subnets.0.cidr: "${cidr}": `), error).toBe(true);
      expect(error).toContain(prefix);
      expect(error).toContain('/16–/28');
      // The prefix length starts after "10.0.1.0/" / "10.0.0.0/": character 10.
      expect(error.endsWith('(at character 10)'), error).toBe(true);
    }
  });

  it('refuses overlapping subnets in EC2’s words: "The CIDR \'…\' conflicts with another subnet" (InvalidSubnet.Conflict)', () => {
    // EC2's text as users report it, e.g. hashicorp/terraform#33470: "InvalidSubnet.Conflict: The CIDR '10.0.1.0/24' conflicts with another subnet".
    const errors = errorsOf(withSubnets(subnet('subnet-a', '10.0.1.0/24', 'us-east-1a'), subnet('subnet-b', '10.0.1.128/25', 'us-east-1b')));
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith("cluster.subnets.1.cidr: The CIDR '10.0.1.128/25' conflicts with another subnet"), errors[0]).toBe(true);
    // Isomorph names the subnet it clashes with after EC2's sentence.
    expect(errors[0]).toContain('cluster.subnets.0');
  });

  it('refuses a subnet id used twice', () => {
    expect(errorsOf(withSubnets(subnet('subnet-a', '10.0.1.0/24', 'us-east-1a'), subnet('subnet-a', '10.0.2.0/24', 'us-east-1b')))).toEqual([
      'cluster.subnets.1.subnetId: "subnet-a" is used twice',
    ]);
  });
});

describe('parseScenario: container instances', () => {
  it('refuses an instance type outside the catalog and suggests the closest', () => {
    expect(errorsOf({ cluster: { containerInstances: [{ instanceType: 'm5.larg' }] } })).toEqual([
      'cluster.containerInstances.0.instanceType: unknown instance type "m5.larg": did you mean m5.large?',
    ]);
    const [asgError] = errorsOf({ cluster: { capacityProviders: [asgProvider('ec2-large', { instanceType: 'c5.larg' })] } });
    expect(asgError).toBe('cluster.capacityProviders.0.autoScalingGroupProvider.autoScalingGroup.instanceType: unknown instance type "c5.larg": did you mean c5.large?');
  });

  it('refuses an instance in a zone where the cluster has no subnet, unless it is external', () => {
    expect(errorsOf({ cluster: { containerInstances: [{ instanceType: 'm5.large', availabilityZone: 'us-east-1d' }] } })).toEqual([
      'cluster.containerInstances.0.availabilityZone: no subnet of the cluster is in us-east-1d (subnets are in us-east-1a, us-east-1b, us-east-1c)',
    ]);
    // An ECS Anywhere instance is not in the VPC.
    expect(parseScenario({ cluster: { containerInstances: [{ instanceType: 'm5.large', availabilityZone: 'eu-west-1a', external: true }] } }).ok).toBe(true);
  });
});

describe('parseScenario: launch type and capacity provider strategy', () => {
  it('refuses both at once: "If a capacityProviderStrategy is specified, the launchType parameter must be omitted" (ecs.md §7)', () => {
    // CreateService's InvalidParameterException, as reported in terraform-linters/tflint-ruleset-aws#349.
    expect(errorsOf({ service: { launchType: 'EC2', capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } })).toEqual([
      'service.launchType: Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    ]);
  });

  it('refuses a provider the cluster does not have, naming the strategy item', () => {
    // RunTask's InvalidParameterException, dask/dask-cloudprovider#328.
    const fargateOnly = { cluster: { capacityProviders: [{ name: 'FARGATE' }] } };
    expect(errorsOf({ ...fargateOnly, service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 1 }] } })).toEqual([
      'service.capacityProviderStrategy.1.capacityProvider: The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.',
    ]);
  });

  it('refuses two bases: "Only one capacity provider in a capacity provider strategy can have a base defined." (ecs.md §7)', () => {
    expect(
      errorsOf({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 1, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', base: 2, weight: 1 }] } }),
    ).toEqual(['service.capacityProviderStrategy: Only one capacity provider in a capacity provider strategy can have a base defined.']);
  });

  it('refuses a strategy whose weights are all 0: such CreateService calls "fail" (ecs.md §7)', () => {
    const errors = errorsOf({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 2 }, { capacityProvider: 'FARGATE_SPOT' }] } });
    expect(errors).toHaveLength(1);
    // The real text, for a cluster's default strategy (terraform-aws-modules/terraform-aws-ecs#27): "There are no capacity providers
    // with a weight value greater than zero defined in the default capacity provider strategy. At least one capacity provider must
    // have a weight value greater than zero specified. …"; said here of the service's own strategy.
    expect(errors[0].startsWith('service.capacityProviderStrategy: There are no capacity providers with a weight value greater than zero defined in the'), errors[0]).toBe(
      true,
    );
    expect(errors[0]).toContain('At least one capacity provider must have a weight value greater than zero specified.');
  });

  it('refuses Fargate and Auto Scaling group providers in one strategy (ecs.md §7)', () => {
    const errors = errorsOf({
      cluster: { capacityProviders: [{ name: 'FARGATE' }, asgProvider('ec2-large')] },
      service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }, { capacityProvider: 'ec2-large', weight: 1 }] },
    });
    expect(errors).toEqual(['service.capacityProviderStrategy: A capacity provider strategy can only contain Auto Scaling group or Fargate capacity providers, but not both.']);
  });
});

describe('parseScenario: placement', () => {
  const fargatePlacement = "Task placement strategies and constraints aren't supported for tasks using the Fargate launch type.";

  it('refuses placement on Fargate, by launch type or by strategy (DG task-placement, ecs.md §6)', () => {
    expect(errorsOf({ service: { placementStrategy: [{ type: 'spread', field: 'instanceId' }] } })).toEqual([`service.placementStrategy: ${fargatePlacement}`]);
    expect(errorsOf({ service: { placementConstraints: [{ type: 'distinctInstance' }] } })).toEqual([`service.placementConstraints: ${fargatePlacement}`]);
    expect(errorsOf({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }], placementStrategy: [{ type: 'random' }] } })).toEqual([
      `service.placementStrategy: ${fargatePlacement}`,
    ]);
    expect(parseScenario(onEc2({ placementStrategy: [{ type: 'binpack', field: 'memory' }], placementConstraints: [{ type: 'distinctInstance' }] })).ok).toBe(true);
  });

  it('says where a memberOf expression breaks, counting characters from 1', () => {
    // "attribute:ecs.os-type " is 22 characters: the lone "=" is character 23.
    const [error] = errorsOf(onEc2({ placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type = linux' }] }));
    expect(error.startsWith('service.placementConstraints.0.expression: '), error).toBe(true);
    expect(error).toContain('"="');
    expect(error.endsWith('(at character 23)'), error).toBe(true);
    // The DG's own examples parse (ecs.md §6.2).
    for (const expression of ['attribute:ecs.instance-type == t2.small', 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', 'attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d']) {
      expect(parseScenario(onEc2({ placementConstraints: [{ type: 'memberOf', expression }] })).ok, expression).toBe(true);
    }
  });

  it('refuses more than 10 constraints and more than four strategy rules (ecs.md §6)', () => {
    expect(errorsOf(onEc2({ placementConstraints: Array.from({ length: 11 }, () => ({ type: 'distinctInstance' })) }))).toEqual([
      'service.placementConstraints: can have at most 10 constraints',
    ]);
    for (const length of [5, 11]) {
      expect(errorsOf(onEc2({ placementStrategy: Array.from({ length }, () => ({ type: 'random' })) }))).toEqual(['service.placementStrategy: can have at most 4 strategy rules']);
    }
  });
});

describe('parseScenario: EXTERNAL (ECS Anywhere)', () => {
  it('refuses a load balancer: "Service load balancing isn\'t supported." (DG ecs-anywhere, ecs.md §7)', () => {
    const errors = errorsOf({ service: { launchType: 'EXTERNAL', loadBalancer: {} } });
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith('service.loadBalancer: '), errors[0]).toBe(true);
    expect(errors[0]).toContain("Service load balancing isn't supported");
  });

  it('refuses an awsvpc configuration: "The awsvpc network mode isn\'t supported." (DG ecs-anywhere, ecs.md §7)', () => {
    const errors = errorsOf({ service: { launchType: 'EXTERNAL', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1a'] } } } });
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith('service.networkConfiguration: '), errors[0]).toBe(true);
    expect(errors[0]).toContain("The awsvpc network mode isn't supported");
  });

  it('runs without a network configuration otherwise', () => {
    expect(scenarioOf({ service: { launchType: 'EXTERNAL' } }).service.networkConfiguration).toBeNull();
  });
});

describe('parseScenario: awsvpcConfiguration', () => {
  it('refuses a subnet the cluster does not have, in EC2’s words (InvalidSubnetID.NotFound)', () => {
    // "The subnet ID 'birdzview' does not exist (ErrorCode: InvalidSubnetID.NotFound)", relayed by CreateService (eddmann/serverless-fargate#20).
    expect(errorsOf({ service: { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1a', 'subnet-zz'] } } } })).toEqual([
      "service.networkConfiguration.awsvpcConfiguration.subnets.1: The subnet ID 'subnet-zz' does not exist",
    ]);
  });
});

describe('parseScenario: capacity providers', () => {
  it('refuses a desired capacity outside min and max in EC2 Auto Scaling’s words', () => {
    // ValidationError as CloudFormation relays it: "Desired capacity:2 must be between the specified min size:4 and max size:10" (convox/praxis#258).
    expect(errorsOf({ cluster: { capacityProviders: [asgProvider('ec2-large', { minSize: 0, maxSize: 4, desiredCapacity: 5 })] } })).toEqual([
      'cluster.capacityProviders.0.autoScalingGroupProvider.autoScalingGroup: Desired capacity:5 must be between the specified min size:0 and max size:4',
    ]);
  });

  // FAILS against parseCluster.ts today: with min > max it reports "Desired capacity:5 must be between the specified min size:5 and
  // max size:3". EC2 Auto Scaling checks the bounds first: "An error occurred (ValidationError) when calling the
  // UpdateAutoScalingGroup operation: Max bound, 3, must be greater than or equal to min bound, 5" (a boto3 caller quoting the
  // error it handles; MinSize 5 and DesiredCapacity 5 against a group whose max is 3).
  it('refuses min size above max size in EC2 Auto Scaling’s words', () => {
    expect(errorsOf({ cluster: { capacityProviders: [asgProvider('ec2-large', { minSize: 5, maxSize: 3 })] } })).toEqual([
      'cluster.capacityProviders.0.autoScalingGroupProvider.autoScalingGroup: Max bound, 3, must be greater than or equal to min bound, 5',
    ]);
  });

  it('refuses a provider name prefixed with aws, ecs or fargate (API CreateCapacityProvider)', () => {
    // API: "The name can't be prefixed with "aws", "ecs", or "fargate"." The error ends with the same rule as
    // 'The name cannot be prefixed with "aws", "ecs", or "fargate".' (aws-samples/aws-cdk-examples#628).
    for (const name of ['ecs-foo', 'aws-group', 'fargate2']) {
      const errors = errorsOf({ cluster: { capacityProviders: [asgProvider(name)] } });
      expect(errors).toHaveLength(1);
      expect(errors[0].startsWith('cluster.capacityProviders.0.name: '), errors[0]).toBe(true);
      expect(errors[0]).toContain('The name cannot be prefixed with "aws", "ecs", or "fargate".');
    }
  });

  it('refuses a provider associated twice', () => {
    expect(errorsOf({ cluster: { capacityProviders: [asgProvider('ec2-large'), asgProvider('ec2-large')] } })).toEqual([
      'cluster.capacityProviders.1.name: "ec2-large" is associated twice',
    ]);
  });

  // FAILS against clusterSchema.ts today: capacityProviderSpec is a v.union, and when the Auto Scaling group branch fails on a type
  // (a misspelt key, a wrong enum value, a string for a number) valibot reports the union's own message at
  // "cluster.capacityProviders.0", so the field is not named ("must be { "name": "FARGATE" }, … or an Auto Scaling group provider …").
  it('names the field inside an Auto Scaling group provider that is wrong', () => {
    expect(errorsOf({ cluster: { capacityProviders: [asgProvider('ec2-large', { instanceTyp: 'm5.large' })] } })).toEqual([
      'cluster.capacityProviders.0.autoScalingGroupProvider.autoScalingGroup.instanceTyp: is not a field Isomorph knows',
    ]);
    expect(errorsOf({ cluster: { capacityProviders: [asgProvider('ec2-large', {}, { managedScaling: { status: 'on' } })] } })).toEqual([
      'cluster.capacityProviders.0.autoScalingGroupProvider.managedScaling.status: must be "ENABLED" or "DISABLED"',
    ]);
  });
});
