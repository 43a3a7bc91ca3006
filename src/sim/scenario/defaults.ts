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
export const DEFAULT_UNHEALTHY_THRESHOLD_COUNT = 2;
/** An Application Load Balancer target group forwards to the container's port 80 unless told otherwise. */
export const DEFAULT_CONTAINER_PORT = 80;

// Container health check defaults and ranges (task definition parameters; reference/ecs.md §1.7).
export const HEALTH_CHECK_DEFAULTS = { interval: 30, timeout: 5, retries: 3, startPeriod: 0 } as const;

/** `healthCheckGracePeriodSeconds` "default value of 0"; the API's ceiling is 2,147,483,647 s. */
export const DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS = 0;
export const MAX_HEALTH_CHECK_GRACE_PERIOD_SECONDS = 2_147_483_647;

/**
 * The circuit breaker as a service created through the API has it: off (describe-services shows
 * `{"enable": false, "rollback": false}`), with the threshold defaults of API ThresholdConfiguration
 * (BOUNDED_PERCENT 50) and resetOnHealthyTask true (reference/ecs.md §2.2).
 */
export const DEFAULT_CIRCUIT_BREAKER = {
  enable: false,
  rollback: false,
  thresholdConfiguration: { type: 'BOUNDED_PERCENT', value: 50 },
  resetOnHealthyTask: true,
} as const;

// IAM roles in the app's made-up account (reference/ecs.md §9).
export const DEFAULT_EXECUTION_ROLE_ARN = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
export const DEFAULT_TASK_ROLE_ARN = 'arn:aws:iam::123456789012:role/webTaskRole';

/** `.spec.progressDeadlineSeconds` "defaults to 600" (reference/k8s.md §1.8). */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

// The default VPC: three subnets, one per Availability Zone, big enough for 10,000 tasks at
// maximumPercent 400 (3 × 16,379 usable addresses). Isomorph's own layout; AWS has no default here.
export const DEFAULT_SUBNETS = [
  { subnetId: 'subnet-1a', cidr: '10.0.0.0/18', availabilityZone: 'us-east-1a' },
  { subnetId: 'subnet-1b', cidr: '10.0.64.0/18', availabilityZone: 'us-east-1b' },
  { subnetId: 'subnet-1c', cidr: '10.0.128.0/18', availabilityZone: 'us-east-1c' },
] as const;

/**
 * "If you don't specify a security group, the default security group for the VPC is used"
 * (API AwsVpcConfiguration.securityGroups); Isomorph names it so the panels can show it.
 */
export const DEFAULT_SECURITY_GROUP = 'sg-default';

/**
 * Isomorph's default launch type when a service names neither a launchType nor a strategy: FARGATE,
 * as every scenario before issue 4 assumed. (AWS would use the cluster's default capacity provider
 * strategy, reference/ecs.md §7.)
 */
export const DEFAULT_LAUNCH_TYPE = 'FARGATE';

/** FARGATE and FARGATE_SPOT "only need to be associated with a cluster" (reference/ecs.md §7). */
export const DEFAULT_CAPACITY_PROVIDERS = [{ name: 'FARGATE' }, { name: 'FARGATE_SPOT' }] as const;

/** Managed scaling's targetCapacity "default 100" (reference/ecs.md §7). */
export const DEFAULT_TARGET_CAPACITY = 100;
