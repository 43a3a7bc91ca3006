// Commands arrive from the UI, lessons and URLs: validate them like any other untrusted input,
// with the same field rules as the scenario, and name the field in every error.

import * as v from 'valibot';
import { MAX_DESIRED_COUNT, MAX_MAXIMUM_PERCENT } from './defaults';
import { containerDefinition, ecsName, intOrPercent, taskCpu, taskMemory, wholeNumber } from './scenarioSchema';

export const commandSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('RegisterTaskDefinition'),
    family: ecsName,
    containerDefinitions: v.pipe(v.array(containerDefinition), v.minLength(1, 'needs at least one container')),
    cpu: v.optional(taskCpu),
    memory: v.optional(taskMemory),
  }),
  v.strictObject({
    type: v.literal('UpdateService'),
    taskDefinition: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
    desiredCount: v.optional(wholeNumber(0, MAX_DESIRED_COUNT)),
    deploymentConfiguration: v.optional(
      v.strictObject({
        minimumHealthyPercent: v.optional(wholeNumber(0, 100, '%')),
        maximumPercent: v.optional(wholeNumber(100, MAX_MAXIMUM_PERCENT, '%')),
      }),
    ),
    forceNewDeployment: v.optional(v.boolean()),
    kubernetes: v.optional(
      v.strictObject({
        maxSurge: v.optional(intOrPercent),
        maxUnavailable: v.optional(intOrPercent),
        minReadySeconds: v.optional(wholeNumber(0, 3600, ' s')),
      }),
    ),
  }),
  v.strictObject({
    type: v.literal('StopTask'),
    task: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
    reason: v.optional(v.pipe(v.string(), v.maxLength(255, 'must be at most 255 characters'))),
  }),
]);
