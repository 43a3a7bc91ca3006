// The cluster and where a service's tasks run, as untrusted input: subnets, container instances,
// capacity providers, and the service's launchType / capacityProviderStrategy / placement /
// networkConfiguration, with the ECS API's field names. Cross-field rules live in parseCluster.ts.

import * as v from 'valibot';
import { wholeNumber } from './wholeNumber';

// Resource ids as EC2 writes them (subnet-, sg-, then 8 or 17 hex digits), plus short readable
// ids such as "subnet-a", which the lessons use; EC2 itself only checks the prefix in most APIs.
const subnetId = v.pipe(v.string('must be a string'), v.regex(/^subnet-[A-Za-z0-9]{1,17}$/, 'must be a subnet id such as "subnet-0a1b2c3d"'));
const securityGroupId = v.pipe(v.string('must be a string'), v.regex(/^sg-[A-Za-z0-9]{1,17}$/, 'must be a security group id such as "sg-0a1b2c3d"'));
const availabilityZone = v.pipe(v.string('must be a string'), v.regex(/^[a-z]{2}-[a-z]+-\d[a-z]$/, 'must be an Availability Zone such as "us-east-1a"'));
// The CIDR's own syntax and range are checked by parseCidr (network/cidr.ts), which says where it breaks.
const cidrText = v.pipe(v.string('must be a string'), v.maxLength(32, 'must be a CIDR block such as "10.0.1.0/24"'));
const instanceType = v.pipe(v.string('must be a string'), v.maxLength(32, 'must be an instance type such as "m5.large"'));

// Custom attribute names and values: 1–128 characters (ECS DG, "Attributes"; reference/ecs.md §6.2).
const attributes = v.record(
  v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.\-/@]{1,128}$/, 'attribute names may contain letters, numbers, and . - _ / @ (1–128)')),
  v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9_.\-/@:]{1,128}$/, 'attribute values may contain letters, numbers, and . - _ / @ : (1–128)')),
);

const subnetSpec = v.strictObject({ subnetId, cidr: cidrText, availabilityZone });

const containerInstanceSpec = v.strictObject({
  instanceType,
  availabilityZone: v.optional(availabilityZone),
  attributes: v.optional(attributes),
  external: v.optional(v.boolean('must be true or false')),
});

// Capacity provider names: "Up to 255 characters … letters (uppercase and lowercase), numbers,
// underscores, and hyphens", and not prefixed with aws, ecs or fargate (API CreateCapacityProvider).
const providerName = v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9_-]{1,255}$/, 'may contain only letters, numbers, hyphens and underscores (1–255)'));

const autoScalingGroupProvider = v.strictObject({
  autoScalingGroup: v.strictObject({
    instanceType,
    minSize: wholeNumber(0, 100),
    maxSize: wholeNumber(0, 100),
    desiredCapacity: v.optional(wholeNumber(0, 100)),
  }),
  // "targetCapacity … 0–100%, default 100" (reference/ecs.md §7); 0 is not accepted by the API.
  managedScaling: v.optional(
    v.strictObject({
      status: v.optional(v.picklist(['ENABLED', 'DISABLED'], 'must be "ENABLED" or "DISABLED"')),
      targetCapacity: v.optional(wholeNumber(1, 100, '%')),
    }),
  ),
});

// One object shape for both kinds, so an error inside an Auto Scaling group provider names its
// field; which kind a name may be is checked after (FARGATE and FARGATE_SPOT are reserved).
export const capacityProviderSpec = v.pipe(
  v.strictObject({ name: providerName, autoScalingGroupProvider: v.optional(autoScalingGroupProvider) }),
  v.forward(
    v.check(
      (p) => (p.name === 'FARGATE' || p.name === 'FARGATE_SPOT') === (p.autoScalingGroupProvider === undefined),
      'FARGATE and FARGATE_SPOT take no autoScalingGroupProvider; every other capacity provider needs one',
    ),
    ['autoScalingGroupProvider'],
  ),
);

export const clusterSchema = v.strictObject({
  // "between a /28 netmask … and a /16 netmask"; up to 16 subnets per awsvpcConfiguration.
  subnets: v.optional(v.pipe(v.array(subnetSpec), v.minLength(1, 'needs at least one subnet'), v.maxLength(16, 'Isomorph models at most 16 subnets'))),
  containerInstances: v.optional(v.pipe(v.array(containerInstanceSpec), v.maxLength(500, 'Isomorph models at most 500 container instances'))),
  awsvpcTrunking: v.optional(v.boolean('must be true or false')),
  capacityProviders: v.optional(v.pipe(v.array(capacityProviderSpec), v.maxLength(20, 'a cluster in Isomorph has at most 20 capacity providers'))),
});

// API CapacityProviderStrategyItem: base 0–100,000, weight 0–1,000.
const capacityProviderStrategyItem = v.strictObject({
  capacityProvider: providerName,
  base: v.optional(wholeNumber(0, 100_000)),
  weight: v.optional(wholeNumber(0, 1_000)),
});

const placementConstraint = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('distinctInstance') }),
    v.strictObject({ type: v.literal('memberOf'), expression: v.pipe(v.string('must be a string'), v.maxLength(2000, 'must be at most 2,000 characters')) }),
  ],
  'must be { "type": "distinctInstance" } or { "type": "memberOf", "expression": … }',
);

export const placementStrategy = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('binpack'), field: v.picklist(['cpu', 'memory'], 'must be "cpu" or "memory"') }),
    v.strictObject({
      type: v.literal('spread'),
      field: v.pipe(v.string('must be a string'), v.regex(/^(instanceId|host|attribute:[A-Za-z0-9_.\-/@]{1,128})$/, 'must be "instanceId", "host" or "attribute:<name>"')),
    }),
    v.strictObject({ type: v.literal('random') }),
  ],
  'must be { "type": "binpack" | "spread" | "random", "field"?: … }',
);

// "maximum of 10 constraints per task" and "four strategy rules per service" (reference/ecs.md §6).
export const placementConstraints = v.pipe(v.array(placementConstraint), v.maxLength(10, 'can have at most 10 constraints'));
export const placementStrategies = v.pipe(v.array(placementStrategy), v.maxLength(4, 'can have at most 4 strategy rules'));
export const capacityProviderStrategy = v.pipe(v.array(capacityProviderStrategyItem), v.maxLength(20, 'can contain at most 20 capacity providers'));

export const serviceNetworkConfiguration = v.strictObject({
  awsvpcConfiguration: v.strictObject({
    subnets: v.pipe(v.array(subnetId), v.minLength(1, 'needs at least one subnet'), v.maxLength(16, 'can have at most 16 subnets')),
    securityGroups: v.optional(v.pipe(v.array(securityGroupId), v.maxLength(5, 'can have at most 5 security groups'))),
    assignPublicIp: v.optional(v.picklist(['ENABLED', 'DISABLED'], 'must be "ENABLED" or "DISABLED"')),
  }),
});

export const launchType = v.picklist(['FARGATE', 'EC2', 'EXTERNAL'], 'must be "FARGATE", "EC2" or "EXTERNAL"');
