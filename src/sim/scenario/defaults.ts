// Defaults for every scenario field. ECS values are AWS's own defaults (reference/ecs.md §1.2:
// a REPLICA service defaults to minimumHealthyPercent 100 / maximumPercent 200); the Kubernetes
// side is derived from them unless the scenario overrides it (scenario/translateToKubernetes.ts).

import type { ScenarioInput } from './scenarioSchema';

export const DEFAULT_SERVICE_NAME = 'web';
export const DEFAULT_FAMILY = 'web';
export const DEFAULT_IMAGE_REPOSITORY = 'public.ecr.aws/isomorph/web';
export const DEFAULT_DESIRED_COUNT = 3;
export const DEFAULT_MINIMUM_HEALTHY_PERCENT = 100;
export const DEFAULT_MAXIMUM_PERCENT = 200;
export const DEFAULT_SEED = 1;
/** Fargate's smallest size (0.25 vCPU, 512 MiB). */
export const DEFAULT_CPU = '256';
export const DEFAULT_MEMORY = '512';
/** Kubernetes' own default: `.spec.minReadySeconds` "defaults to 0" (reference/k8s.md §1.7). */
export const DEFAULT_MIN_READY_SECONDS = 0;

/**
 * The app's default scenario: three tasks at AWS's default 100 / 200. It lives here, not beside
 * parseScenario, so the main thread can use it without loading the validator (valibot).
 */
export const DEFAULT_SCENARIO_INPUT: ScenarioInput = { service: { desiredCount: DEFAULT_DESIRED_COUNT } };

/**
 * Isomorph's own ceiling, not an AWS quota: beyond it the panels stop being readable and a
 * browser tab slows down. AWS's "tasks per service" quota is higher.
 */
export const MAX_DESIRED_COUNT = 10_000;
/** Isomorph's own ceiling for maximumPercent (the API sets no documented upper bound). */
export const MAX_MAXIMUM_PERCENT = 400;

// Target-group defaults (Elastic Load Balancing, target group attributes and health checks;
// reference/ecs.md §1.7): deregistration_delay.timeout_seconds 300, HealthCheckIntervalSeconds 30,
// HealthyThresholdCount 5 — "30 seconds * 5 = 150 seconds" before a new target is healthy.
export const DEFAULT_TARGET_GROUP_NAME = 'web-tg';
export const DEFAULT_DEREGISTRATION_DELAY_SECONDS = 300;
export const DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS = 30;
export const DEFAULT_HEALTHY_THRESHOLD_COUNT = 5;
