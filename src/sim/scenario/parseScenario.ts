// parseScenario: untrusted input → a complete Scenario with every default filled in, or a list of
// readable errors that each name the field ("service.desiredCount: must be at least 0").

import * as v from 'valibot';
import { targetGroupArn } from '../ecs/ids';
import type { LoadBalancer, Scenario } from '../types';
import {
  DEFAULT_CPU,
  DEFAULT_DESIRED_COUNT,
  DEFAULT_FAMILY,
  DEFAULT_IMAGE_REPOSITORY,
  DEFAULT_MAXIMUM_PERCENT,
  DEFAULT_MEMORY,
  DEFAULT_MIN_READY_SECONDS,
  DEFAULT_MINIMUM_HEALTHY_PERCENT,
  DEFAULT_SEED,
  DEFAULT_SERVICE_NAME,
  DEFAULT_TARGET_GROUP_NAME,
  DEFAULT_DEREGISTRATION_DELAY_SECONDS,
  DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS,
  DEFAULT_HEALTHY_THRESHOLD_COUNT,
} from './defaults';
import { describeIssue } from './describeIssue';
import { scenarioSchema, type ScenarioInput } from './scenarioSchema';
import { translateToKubernetes } from './translateToKubernetes';

export type { ScenarioInput };
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/**
 * Validates a scenario and fills in every default.
 * @example parseScenario({ service: { desiredCount: 3 } }) // → { ok: true, scenario: { seed: 1, … } }
 */
export function parseScenario(input: unknown): ParseResult {
  const result = v.safeParse(scenarioSchema, input ?? {});
  if (!result.success) return { ok: false, errors: result.issues.map(describeIssue) };
  const raw = result.output;
  const deploymentConfiguration = {
    minimumHealthyPercent: raw.service?.deploymentConfiguration?.minimumHealthyPercent ?? DEFAULT_MINIMUM_HEALTHY_PERCENT,
    maximumPercent: raw.service?.deploymentConfiguration?.maximumPercent ?? DEFAULT_MAXIMUM_PERCENT,
  };
  const derived = translateToKubernetes(deploymentConfiguration);
  const kubernetes = {
    maxSurge: raw.kubernetes?.maxSurge ?? derived.maxSurge,
    maxUnavailable: raw.kubernetes?.maxUnavailable ?? derived.maxUnavailable,
    minReadySeconds: raw.kubernetes?.minReadySeconds ?? DEFAULT_MIN_READY_SECONDS,
  };
  // Only values the learner wrote for Kubernetes are checked here; a derived 0 % / 0 % (ECS at
  // 100 / 100) is accepted and shown as the API server's rejection on the Kubernetes side.
  if (raw.kubernetes?.maxSurge !== undefined || raw.kubernetes?.maxUnavailable !== undefined) {
    const errors = kubernetesStrategyErrors(kubernetes.maxSurge, kubernetes.maxUnavailable);
    if (errors.length > 0) return { ok: false, errors };
  }
  const family = raw.taskDefinition?.family ?? DEFAULT_FAMILY;
  return {
    ok: true,
    scenario: {
      seed: raw.seed ?? DEFAULT_SEED,
      start: raw.start ?? 'steady',
      service: {
        serviceName: raw.service?.serviceName ?? DEFAULT_SERVICE_NAME,
        desiredCount: raw.service?.desiredCount ?? DEFAULT_DESIRED_COUNT,
        deploymentConfiguration,
        loadBalancer: loadBalancerOf(raw.service?.loadBalancer),
      },
      taskDefinition: {
        family,
        containerDefinitions: (raw.taskDefinition?.containerDefinitions ?? [{ name: family, image: `${DEFAULT_IMAGE_REPOSITORY}:v1` }]).map(
          (c) => ({ name: c.name, image: c.image, essential: c.essential ?? true }),
        ),
        cpu: raw.taskDefinition?.cpu ?? DEFAULT_CPU,
        memory: raw.taskDefinition?.memory ?? DEFAULT_MEMORY,
      },
      kubernetes,
    },
  };
}

function loadBalancerOf(input: NonNullable<NonNullable<ScenarioInput['service']>['loadBalancer']> | undefined): LoadBalancer | null {
  if (input === undefined) return null;
  const name = input.targetGroupName ?? DEFAULT_TARGET_GROUP_NAME;
  return {
    targetGroupArn: targetGroupArn(name),
    deregistrationDelaySeconds: input.deregistrationDelaySeconds ?? DEFAULT_DEREGISTRATION_DELAY_SECONDS,
    healthCheckIntervalSeconds: input.healthCheckIntervalSeconds ?? DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS,
    healthyThresholdCount: input.healthyThresholdCount ?? DEFAULT_HEALTHY_THRESHOLD_COUNT,
  };
}

// The API server's own validation (ValidateRollingUpdateDeployment, reference/k8s.md §1.1), in its
// wording. It checks the raw values, so 0 and "0%" both count as zero.
export function kubernetesStrategyErrors(maxSurge: number | string, maxUnavailable: number | string): string[] {
  const value = (x: number | string) => (typeof x === 'number' ? x : Number.parseInt(x, 10));
  const errors: string[] = [];
  if (value(maxSurge) === 0 && value(maxUnavailable) === 0) {
    errors.push(`kubernetes.maxUnavailable: Invalid value: ${JSON.stringify(maxUnavailable)}: may not be 0 when \`maxSurge\` is 0`);
  }
  if (typeof maxUnavailable === 'string' && value(maxUnavailable) > 100) {
    errors.push(`kubernetes.maxUnavailable: Invalid value: ${JSON.stringify(maxUnavailable)}: must not be greater than 100%`);
  }
  return errors;
}
