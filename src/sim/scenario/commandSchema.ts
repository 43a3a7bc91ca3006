// Commands arrive from the UI, lessons and URLs: validate them like any other untrusted input,
// with the same field rules as the scenario, and name the field in every error.

import * as v from 'valibot';
import { capacityProviderStrategy, placementConstraints, placementStrategies } from './clusterSchema';
import { MAX_DESIRED_COUNT } from './defaults';
import {
  containerDefinitions,
  deploymentConfiguration,
  ecsName,
  healthCheckGracePeriodSeconds,
  kubernetesSettings,
  roleArn,
  taskCpu,
  taskMemory,
  wholeNumber,
} from './scenarioSchema';

export const commandSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('RegisterTaskDefinition'),
    family: ecsName,
    containerDefinitions,
    cpu: v.optional(taskCpu),
    memory: v.optional(taskMemory),
    executionRoleArn: v.optional(roleArn),
    taskRoleArn: v.optional(roleArn),
  }),
  v.strictObject({
    type: v.literal('UpdateService'),
    taskDefinition: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
    desiredCount: v.optional(wholeNumber(0, MAX_DESIRED_COUNT)),
    deploymentConfiguration: v.optional(deploymentConfiguration),
    healthCheckGracePeriodSeconds: v.optional(healthCheckGracePeriodSeconds),
    capacityProviderStrategy: v.optional(capacityProviderStrategy),
    placementConstraints: v.optional(placementConstraints),
    placementStrategy: v.optional(placementStrategies),
    forceNewDeployment: v.optional(v.boolean()),
    kubernetes: v.optional(kubernetesSettings),
  }),
  v.strictObject({
    type: v.literal('StopTask'),
    task: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
    reason: v.optional(v.pipe(v.string(), v.maxLength(255, 'must be at most 255 characters'))),
  }),
  v.strictObject({
    type: v.literal('RolloutUndo'),
    toRevision: v.optional(wholeNumber(1, 1_000_000)),
  }),
]);
