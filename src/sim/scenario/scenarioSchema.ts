// The scenario as untrusted input (from a URL, a lesson, a text box): a strict valibot schema,
// so unknown fields and impossible values come back as issues that name the field.

import * as v from 'valibot';
import { FAULT_NAMES } from '../faults/faultNames';
import {
  capacityProviderStrategy,
  clusterSchema,
  launchType,
  placementConstraints,
  placementStrategies,
  serviceNetworkConfiguration,
} from './clusterSchema';
import { MAX_DESIRED_COUNT, MAX_HEALTH_CHECK_GRACE_PERIOD_SECONDS, MAX_MAXIMUM_PERCENT } from './defaults';
import { wholeNumber } from './wholeNumber';

export { wholeNumber };

// ECS's naming rule for services and task definition families: "Up to 255 letters (uppercase and
// lowercase), numbers, underscores, and hyphens are allowed." (API CreateService / RegisterTaskDefinition)
export const ecsName = v.pipe(
  v.string('must be a string'),
  v.regex(/^[A-Za-z0-9_-]{1,255}$/, 'may contain only letters, numbers, hyphens and underscores (1–255)'),
);

// Kubernetes IntOrString for maxSurge / maxUnavailable: a non-negative integer or "N%".
const INT_OR_PERCENT = 'must be a whole number or a percentage such as "25%"';
export const intOrPercent = v.union(
  [
    v.pipe(v.number(INT_OR_PERCENT), v.integer(INT_OR_PERCENT), v.minValue(0, 'must not be negative')),
    v.pipe(v.string(INT_OR_PERCENT), v.regex(/^\d{1,4}%$/, INT_OR_PERCENT)),
  ],
  INT_OR_PERCENT,
);

// Fargate's task sizes, and 128 units, the smallest an EC2 task may ask for ("128 CPU units (0.125
// vCPUs)", task definition parameters, Task size); parseScenario keeps 128 off Fargate.
export const taskCpu = v.picklist(['128', '256', '512', '1024', '2048', '4096', '8192', '16384'], 'must be a Fargate CPU size such as "256"');
export const taskMemory = v.pipe(v.string('must be a string'), v.regex(/^\d{3,6}$/, 'must be MiB as a string, such as "512"'));

// Container health check ranges from the task definition parameters (reference/ecs.md §1.7).
export const containerHealthCheck = v.strictObject({
  command: v.pipe(v.array(v.string('must be a string')), v.minLength(1, 'needs at least one element, such as "CMD-SHELL"')),
  interval: v.optional(wholeNumber(5, 300, ' s')),
  timeout: v.optional(wholeNumber(2, 60, ' s')),
  retries: v.optional(wholeNumber(1, 10)),
  startPeriod: v.optional(wholeNumber(0, 300, ' s')),
});

export const faultName = v.picklist(FAULT_NAMES, `must be one of ${FAULT_NAMES.map((f) => `"${f}"`).join(', ')}`);

export const containerDefinition = v.strictObject({
  name: v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9_-]{1,255}$/, 'may contain only letters, numbers, hyphens and underscores')),
  image: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), v.maxLength(255, 'must be at most 255 characters')),
  essential: v.optional(v.boolean('must be true or false')),
  healthCheck: v.optional(containerHealthCheck),
  simulate: v.optional(v.strictObject({ fault: faultName })),
});

export const containerDefinitions = v.pipe(
  v.array(containerDefinition),
  v.minLength(1, 'needs at least one container'),
  v.maxLength(10, 'Isomorph models at most 10 containers'),
  // "All tasks must have at least one essential container." (reference/ecs.md §5.2)
  v.check((cs) => cs.some((c) => c.essential !== false), 'needs at least one essential container'),
);

// IAM role ARNs as RegisterTaskDefinition takes them.
export const roleArn = v.pipe(
  v.string('must be a string'),
  v.regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, 'must be an IAM role ARN such as "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"'),
);

// Isomorph's own limits for the threshold value; the API documents none (reference/ecs.md §2.2).
const thresholdConfiguration = v.variant('type', [
  v.strictObject({ type: v.literal('COUNT'), value: wholeNumber(1, 10_000) }),
  v.strictObject({ type: v.literal('BOUNDED_PERCENT'), value: wholeNumber(1, 100, '%') }),
  v.strictObject({ type: v.literal('UNBOUNDED_PERCENT'), value: wholeNumber(1, 100, '%') }),
], 'must be one of "COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"');

export const deploymentCircuitBreaker = v.pipe(
  v.strictObject({
    enable: v.boolean('must be true or false'),
    rollback: v.boolean('must be true or false'),
    thresholdConfiguration: v.optional(thresholdConfiguration),
    resetOnHealthyTask: v.optional(v.boolean('must be true or false')),
  }),
  v.forward(
    v.check((b) => b.enable || !b.rollback, 'is true, but rollback only happens when the circuit breaker is on: set enable to true too'),
    ['rollback'],
  ),
);

export const deploymentConfiguration = v.strictObject({
  // minimumHealthyPercent is a percentage of desiredCount that must stay RUNNING (reference/ecs.md §1.1).
  minimumHealthyPercent: v.optional(wholeNumber(0, 100, '%')),
  maximumPercent: v.optional(wholeNumber(100, MAX_MAXIMUM_PERCENT, '%')),
  deploymentCircuitBreaker: v.optional(deploymentCircuitBreaker),
});

export const healthCheckGracePeriodSeconds = wholeNumber(0, MAX_HEALTH_CHECK_GRACE_PERIOD_SECONDS, ' s');

export const kubernetesSettings = v.strictObject({
  maxSurge: v.optional(intOrPercent),
  maxUnavailable: v.optional(intOrPercent),
  minReadySeconds: v.optional(wholeNumber(0, 3600, ' s')),
  progressDeadlineSeconds: v.optional(wholeNumber(1, 86_400, ' s')),
});

export const scenarioSchema = v.strictObject({
  seed: v.optional(wholeNumber(0, 2 ** 31 - 1)),
  start: v.optional(v.picklist(['steady', 'empty'], 'must be "steady" or "empty"')),
  service: v.optional(
    v.strictObject({
      serviceName: v.optional(ecsName),
      desiredCount: v.optional(wholeNumber(0, MAX_DESIRED_COUNT)),
      deploymentConfiguration: v.optional(deploymentConfiguration),
      healthCheckGracePeriodSeconds: v.optional(healthCheckGracePeriodSeconds),
      // The ranges are Elastic Load Balancing's own for target groups.
      loadBalancer: v.optional(
        v.strictObject({
          targetGroupName: v.optional(v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9-]{1,32}$/, 'may contain only letters, numbers and hyphens (1–32)'))),
          deregistrationDelaySeconds: v.optional(wholeNumber(0, 3600, ' s')),
          healthCheckIntervalSeconds: v.optional(wholeNumber(5, 300, ' s')),
          healthyThresholdCount: v.optional(wholeNumber(2, 10)),
          unhealthyThresholdCount: v.optional(wholeNumber(2, 10)),
          containerPort: v.optional(wholeNumber(1, 65_535)),
        }),
      ),
      launchType: v.optional(launchType),
      capacityProviderStrategy: v.optional(capacityProviderStrategy),
      placementConstraints: v.optional(placementConstraints),
      placementStrategy: v.optional(placementStrategies),
      networkConfiguration: v.optional(serviceNetworkConfiguration),
    }),
  ),
  cluster: v.optional(clusterSchema),
  taskDefinition: v.optional(
    v.strictObject({
      family: v.optional(ecsName),
      containerDefinitions: v.optional(containerDefinitions),
      cpu: v.optional(taskCpu),
      memory: v.optional(taskMemory),
      executionRoleArn: v.optional(roleArn),
      taskRoleArn: v.optional(roleArn),
    }),
  ),
  kubernetes: v.optional(kubernetesSettings),
});

export type ScenarioInput = v.InferInput<typeof scenarioSchema>;
