// parseScenario: untrusted input → a complete Scenario with every default filled in, or a list of
// readable errors that each name the field ("service.desiredCount: must be at least 0").

import * as v from 'valibot';
import { targetGroupArn } from '../ecs/ids';
import { faultConflicts } from '../faults/faultConflicts';
import type { ContainerDefinition, DeploymentCircuitBreaker, LoadBalancer, Scenario } from '../types';
import {
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_CONTAINER_PORT,
  DEFAULT_EXECUTION_ROLE_ARN,
  DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS,
  DEFAULT_PROGRESS_DEADLINE_SECONDS,
  DEFAULT_TASK_ROLE_ARN,
  DEFAULT_UNHEALTHY_THRESHOLD_COUNT,
  HEALTH_CHECK_DEFAULTS,
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
import { parseCluster } from './parseCluster';
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
    deploymentCircuitBreaker: circuitBreakerOf(raw.service?.deploymentConfiguration?.deploymentCircuitBreaker),
  };
  const derived = translateToKubernetes(deploymentConfiguration);
  const kubernetes = {
    maxSurge: raw.kubernetes?.maxSurge ?? derived.maxSurge,
    maxUnavailable: raw.kubernetes?.maxUnavailable ?? derived.maxUnavailable,
    minReadySeconds: raw.kubernetes?.minReadySeconds ?? DEFAULT_MIN_READY_SECONDS,
    progressDeadlineSeconds: raw.kubernetes?.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS,
  };
  const deadlineError = progressDeadlineError(kubernetes.progressDeadlineSeconds, kubernetes.minReadySeconds);
  if (deadlineError) return { ok: false, errors: [deadlineError] };
  // Only values the learner wrote for Kubernetes are checked here; a derived 0 % / 0 % (ECS at
  // 100 / 100) is accepted and shown as the API server's rejection on the Kubernetes side.
  if (raw.kubernetes?.maxSurge !== undefined || raw.kubernetes?.maxUnavailable !== undefined) {
    const errors = kubernetesStrategyErrors(kubernetes.maxSurge, kubernetes.maxUnavailable);
    if (errors.length > 0) return { ok: false, errors };
  }
  const family = raw.taskDefinition?.family ?? DEFAULT_FAMILY;
  const containerDefinitions = (raw.taskDefinition?.containerDefinitions ?? [{ name: family, image: `${DEFAULT_IMAGE_REPOSITORY}:v1` }]).map(
    withContainerDefaults,
  );
  const loadBalancer = loadBalancerOf(raw.service?.loadBalancer, containerDefinitions);
  const conflicts = faultConflicts(containerDefinitions, loadBalancer, 'taskDefinition.containerDefinitions');
  if (conflicts.length > 0) return { ok: false, errors: conflicts };
  const placed = parseCluster(raw.cluster, raw.service, loadBalancer !== null);
  if (!placed.ok) return { ok: false, errors: placed.errors };
  const onFargate = placed.service.launchType === 'FARGATE' || placed.service.capacityProviderStrategy.some((item) => item.capacityProvider.startsWith('FARGATE'));
  if (onFargate && raw.taskDefinition?.cpu === '128') {
    return { ok: false, errors: ['taskDefinition.cpu: "128" runs only on EC2: the smallest Fargate task is "256" (0.25 vCPU)'] };
  }
  return {
    ok: true,
    scenario: {
      seed: raw.seed ?? DEFAULT_SEED,
      start: raw.start ?? 'steady',
      service: {
        serviceName: raw.service?.serviceName ?? DEFAULT_SERVICE_NAME,
        desiredCount: raw.service?.desiredCount ?? DEFAULT_DESIRED_COUNT,
        deploymentConfiguration,
        loadBalancer,
        healthCheckGracePeriodSeconds: raw.service?.healthCheckGracePeriodSeconds ?? DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS,
        ...placed.service,
      },
      cluster: placed.cluster,
      taskDefinition: {
        family,
        containerDefinitions,
        cpu: raw.taskDefinition?.cpu ?? DEFAULT_CPU,
        memory: raw.taskDefinition?.memory ?? DEFAULT_MEMORY,
        executionRoleArn: raw.taskDefinition?.executionRoleArn ?? DEFAULT_EXECUTION_ROLE_ARN,
        taskRoleArn: raw.taskDefinition?.taskRoleArn ?? DEFAULT_TASK_ROLE_ARN,
      },
      kubernetes,
    },
  };
}

type ContainerInput = NonNullable<NonNullable<ScenarioInput['taskDefinition']>['containerDefinitions']>[number];

/** A container definition with `essential` and the health check's defaults filled in. */
export function withContainerDefaults(c: ContainerInput): ContainerDefinition {
  return {
    name: c.name,
    image: c.image,
    essential: c.essential ?? true,
    ...(c.healthCheck && { healthCheck: { ...HEALTH_CHECK_DEFAULTS, ...c.healthCheck } }),
    ...(c.simulate && { simulate: { fault: c.simulate.fault } }),
  };
}

type CircuitBreakerInput = NonNullable<NonNullable<NonNullable<ScenarioInput['service']>['deploymentConfiguration']>['deploymentCircuitBreaker']>;

/** The circuit breaker with the API's defaults for what the input leaves out. */
export function circuitBreakerOf(input: CircuitBreakerInput | undefined): DeploymentCircuitBreaker {
  return {
    enable: input?.enable ?? DEFAULT_CIRCUIT_BREAKER.enable,
    rollback: input?.rollback ?? DEFAULT_CIRCUIT_BREAKER.rollback,
    thresholdConfiguration: { ...(input?.thresholdConfiguration ?? DEFAULT_CIRCUIT_BREAKER.thresholdConfiguration) },
    resetOnHealthyTask: input?.resetOnHealthyTask ?? DEFAULT_CIRCUIT_BREAKER.resetOnHealthyTask,
  };
}

function loadBalancerOf(
  input: NonNullable<NonNullable<ScenarioInput['service']>['loadBalancer']> | undefined,
  containers: readonly ContainerDefinition[],
): LoadBalancer | null {
  if (input === undefined) return null;
  const name = input.targetGroupName ?? DEFAULT_TARGET_GROUP_NAME;
  // The target is the first essential container, as a one-container web service registers it.
  const target = containers.find((c) => c.essential !== false) ?? containers[0];
  return {
    targetGroupArn: targetGroupArn(name),
    containerName: target.name,
    containerPort: input.containerPort ?? DEFAULT_CONTAINER_PORT,
    deregistrationDelaySeconds: input.deregistrationDelaySeconds ?? DEFAULT_DEREGISTRATION_DELAY_SECONDS,
    healthCheckIntervalSeconds: input.healthCheckIntervalSeconds ?? DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS,
    healthyThresholdCount: input.healthyThresholdCount ?? DEFAULT_HEALTHY_THRESHOLD_COUNT,
    unhealthyThresholdCount: input.unhealthyThresholdCount ?? DEFAULT_UNHEALTHY_THRESHOLD_COUNT,
  };
}

/**
 * ValidateDeploymentSpec: "must be greater than minReadySeconds" (kubernetes pkg/apis/apps/
 * validation), in the API server's wording.
 */
export function progressDeadlineError(progressDeadlineSeconds: number, minReadySeconds: number): string | null {
  return progressDeadlineSeconds <= minReadySeconds
    ? `kubernetes.progressDeadlineSeconds: Invalid value: ${progressDeadlineSeconds}: must be greater than minReadySeconds`
    : null;
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
