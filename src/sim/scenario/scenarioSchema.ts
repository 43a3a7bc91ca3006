// The scenario as untrusted input (from a URL, a lesson, a text box): a strict valibot schema,
// so unknown fields and impossible values come back as issues that name the field.

import * as v from 'valibot';
import { MAX_DESIRED_COUNT, MAX_MAXIMUM_PERCENT } from './defaults';

export const wholeNumber = (min: number, max: number, unit = '') =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}${unit}`),
    v.maxValue(max, `must be at most ${max}${unit}`),
  );

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

export const taskCpu = v.picklist(['256', '512', '1024', '2048', '4096', '8192', '16384'], 'must be a Fargate CPU size such as "256"');
export const taskMemory = v.pipe(v.string('must be a string'), v.regex(/^\d{3,6}$/, 'must be MiB as a string, such as "512"'));

export const containerDefinition = v.strictObject({
  name: v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9_-]{1,255}$/, 'may contain only letters, numbers, hyphens and underscores')),
  image: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), v.maxLength(255, 'must be at most 255 characters')),
  essential: v.optional(v.boolean('must be true or false')),
});

export const scenarioSchema = v.strictObject({
  seed: v.optional(wholeNumber(0, 2 ** 31 - 1)),
  start: v.optional(v.picklist(['steady', 'empty'], 'must be "steady" or "empty"')),
  service: v.optional(
    v.strictObject({
      serviceName: v.optional(ecsName),
      desiredCount: v.optional(wholeNumber(0, MAX_DESIRED_COUNT)),
      deploymentConfiguration: v.optional(
        v.strictObject({
          // minimumHealthyPercent is a percentage of desiredCount that must stay RUNNING (reference/ecs.md §1.1).
          minimumHealthyPercent: v.optional(wholeNumber(0, 100, '%')),
          maximumPercent: v.optional(wholeNumber(100, MAX_MAXIMUM_PERCENT, '%')),
        }),
      ),
      // The ranges are Elastic Load Balancing's own for target groups.
      loadBalancer: v.optional(
        v.strictObject({
          targetGroupName: v.optional(v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9-]{1,32}$/, 'may contain only letters, numbers and hyphens (1–32)'))),
          deregistrationDelaySeconds: v.optional(wholeNumber(0, 3600, ' s')),
          healthCheckIntervalSeconds: v.optional(wholeNumber(5, 300, ' s')),
          healthyThresholdCount: v.optional(wholeNumber(2, 10)),
        }),
      ),
    }),
  ),
  taskDefinition: v.optional(
    v.strictObject({
      family: v.optional(ecsName),
      containerDefinitions: v.optional(v.pipe(v.array(containerDefinition), v.minLength(1, 'needs at least one container'), v.maxLength(10, 'Isomorph models at most 10 containers'))),
      cpu: v.optional(taskCpu),
      memory: v.optional(taskMemory),
    }),
  ),
  kubernetes: v.optional(
    v.strictObject({
      maxSurge: v.optional(intOrPercent),
      maxUnavailable: v.optional(intOrPercent),
      minReadySeconds: v.optional(wholeNumber(0, 3600, ' s')),
    }),
  ),
});

export type ScenarioInput = v.InferInput<typeof scenarioSchema>;
