// What the settings forms send as UpdateService, and its validation before anything reaches
// the worker: the learner's current settings with the patch applied must still parse as a
// scenario, so every error names its field ("service.desiredCount: …").

import { translateToKubernetes } from '../sim';
import type { DeploymentCircuitBreakerInput, IntOrPercent, PlacementConstraintSpec, PlacementStrategySpec, Snapshot } from '../sim';

export interface ServicePatch {
  desiredCount?: number;
  deploymentConfiguration?: { minimumHealthyPercent?: number; maximumPercent?: number; deploymentCircuitBreaker?: DeploymentCircuitBreakerInput };
  healthCheckGracePeriodSeconds?: number;
  /** Replaces the whole strategy, as UpdateService does; starts a new deployment. */
  capacityProviderStrategy?: { capacityProvider: string; base?: number; weight?: number }[];
  /** Replaces every constraint; `[]` removes them all. */
  placementConstraints?: PlacementConstraintSpec[];
  /** Replaces every strategy rule; `[]` goes back to the service default. */
  placementStrategy?: PlacementStrategySpec[];
  kubernetes?: { maxSurge?: IntOrPercent; maxUnavailable?: IntOrPercent; minReadySeconds?: number; progressDeadlineSeconds?: number };
}

/** Reads a number field as typed; an empty field is not a number (Number('') would be 0). */
export function parseNumberField(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Reads an IntOrString field the way Kubernetes writes it: 1 or "25%". Anything else stays a string for validation to reject. */
export function parseIntOrPercentField(text: string): IntOrPercent {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Where the service runs, as scenario input, with `patch` applied: the launch type or the
 * capacity provider strategy (never both: "If a capacityProviderStrategy is specified, the
 * launchType parameter must be omitted"), the placement rules and the awsvpc configuration, so
 * an EC2 service's patch is checked as EC2, not as the default Fargate.
 */
function placementInput(placed: Snapshot['scenario']['service'], patch: ServicePatch) {
  const strategy = patch.capacityProviderStrategy ?? (placed.launchType === null ? placed.capacityProviderStrategy : undefined);
  return {
    ...(strategy !== undefined ? { capacityProviderStrategy: strategy } : placed.launchType !== null && { launchType: placed.launchType }),
    placementConstraints: patch.placementConstraints ?? placed.placementConstraints,
    placementStrategy: patch.placementStrategy ?? placed.placementStrategy,
    ...(placed.networkConfiguration !== null && { networkConfiguration: placed.networkConfiguration }),
  };
}

/**
 * The scenario input the simulation is running now, with `patch` applied. Kubernetes values
 * still derived from ECS stay out, so parseScenario derives them again from the patched ECS
 * settings, as the simulation will. The cluster is the resolved one, which is valid input as it is.
 */
function candidateInput(snapshot: Snapshot, patch: ServicePatch) {
  const { service } = snapshot.ecs;
  const { strategy, minReadySeconds, progressDeadlineSeconds } = snapshot.k8s.deployment;
  const derived = translateToKubernetes(service.deploymentConfiguration);
  const overridden: ServicePatch['kubernetes'] = { minReadySeconds, progressDeadlineSeconds };
  if (String(strategy.maxSurge) !== derived.maxSurge) overridden.maxSurge = strategy.maxSurge;
  if (String(strategy.maxUnavailable) !== derived.maxUnavailable) overridden.maxUnavailable = strategy.maxUnavailable;
  return {
    ...snapshot.scenario,
    // Only the fields a patch can change: the resolved load balancer is not scenario input.
    service: {
      serviceName: service.serviceName,
      desiredCount: patch.desiredCount ?? service.desiredCount,
      deploymentConfiguration: { ...service.deploymentConfiguration, ...patch.deploymentConfiguration },
      healthCheckGracePeriodSeconds: patch.healthCheckGracePeriodSeconds ?? service.healthCheckGracePeriodSeconds,
      ...(snapshot.scenario.service.loadBalancer && { loadBalancer: loadBalancerInput(snapshot.scenario.service.loadBalancer) }),
      ...placementInput(snapshot.scenario.service, patch),
    },
    cluster: snapshot.scenario.cluster,
    kubernetes: { ...overridden, ...patch.kubernetes },
  };
}

/** The scenario input that resolves to `lb`: the name is the ARN's, the rest as resolved. */
function loadBalancerInput(lb: NonNullable<Snapshot['scenario']['service']['loadBalancer']>) {
  return {
    targetGroupName: lb.targetGroupArn.split('/')[1],
    containerPort: lb.containerPort,
    deregistrationDelaySeconds: lb.deregistrationDelaySeconds,
    healthCheckIntervalSeconds: lb.healthCheckIntervalSeconds,
    healthyThresholdCount: lb.healthyThresholdCount,
    unhealthyThresholdCount: lb.unhealthyThresholdCount,
  };
}

/** Field-named errors for `patch`, or none when it can be sent. */
export async function validateServicePatch(snapshot: Snapshot, patch: ServicePatch): Promise<string[]> {
  const candidate = candidateInput(snapshot, patch);
  const { parseScenario } = await import('./scenarioCheck');
  const parsed = parseScenario(candidate);
  return parsed.ok ? [] : parsed.errors;
}
