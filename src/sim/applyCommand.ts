// Applies an ECS API command to the ECS side and the matching change to the Kubernetes twin:
// a new task definition revision in a deployment ↔ a new pod template; desiredCount ↔ replicas;
// StopTask ↔ deleting a pod; forceNewDeployment ↔ `kubectl rollout restart`.

import * as v from 'valibot';
import type { SideContext } from './clock/sideContext';
import { beginDeployment, registerRevision, stopTaskByUser } from './ecs/ecsSide';
import { observeService } from './ecs/ecsSync';
import { familyRevision } from './ecs/ids';
import { deletePod, k8sRolloutProgress, restartRollout, rolloutUndo, scaleDeployment, setPodTemplate, setProgressDeadline, setStrategy } from './k8s/k8sSide';
import { podTemplateFromTaskDefinition } from './k8s/podTemplateFromTaskDefinition';
import { schedulingFromPlacement } from './k8s/schedulingFromPlacement';
import { desiredKubernetesStrategy, strategyRejection } from './kubernetesStrategy';
import { faultConflicts } from './faults/faultConflicts';
import { commandSchema } from './scenario/commandSchema';
import { circuitBreakerOf, progressDeadlineError, withContainerDefaults } from './scenario/parseScenario';
import { describeIssue } from './scenario/describeIssue';
import { placementUpdateError } from './scenario/parseCluster';
import { constraintsOf, strategyOf } from './ecs/ecsCluster';
import type { SimulationState } from './simulationState';
import type { Command, CommandResult, Scenario, TaskDefinitionView } from './types';

type Contexts = Record<'ecs' | 'k8s', SideContext>;

export function applyCommand(state: SimulationState, contexts: Contexts, input: Command): CommandResult {
  const parsed = v.safeParse(commandSchema, input);
  if (!parsed.success) return { ok: false, error: parsed.issues.map(describeIssue).join('; ') };
  const command = parsed.output;
  switch (command.type) {
    case 'RegisterTaskDefinition': {
      const { cpu, memory, executionRoleArn, taskRoleArn } = state.scenario.taskDefinition;
      const containerDefinitions = command.containerDefinitions.map(withContainerDefaults);
      const conflicts = faultConflicts(containerDefinitions, state.ecs.loadBalancer, 'containerDefinitions');
      if (conflicts.length > 0) return { ok: false, error: conflicts.join('; ') };
      const revision = registerRevision(
        state.ecs.taskDefinitions,
        {
          family: command.family,
          containerDefinitions,
          cpu: command.cpu ?? cpu,
          memory: command.memory ?? memory,
          executionRoleArn: command.executionRoleArn ?? executionRoleArn,
          taskRoleArn: command.taskRoleArn ?? taskRoleArn,
        },
        state.now,
      );
      state.ecs.taskDefinitions.push(revision);
      return { ok: true };
    }
    case 'UpdateService':
      return updateService(state, contexts, command);
    case 'StopTask': {
      const result = stopTaskByUser(state.ecs, command.task, command.reason, contexts.ecs);
      if (!result.ok) return result;
      // The twin loses a pod only when ECS really stopped a task, so the two sides stay in step.
      if (result.stopped) deletePod(state.k8s, undefined, contexts.k8s);
      return { ok: true };
    }
    case 'RolloutUndo': {
      const result = rolloutUndo(state.k8s, command.toRevision, contexts.k8s);
      if (result.ok) state.stats.k8sRolledBackAt = state.now;
      return result;
    }
  }
}

/** `family`, `family:revision` or a full ARN, as UpdateService accepts (latest revision for a bare family). */
function findTaskDefinition(all: readonly TaskDefinitionView[], ref: string): TaskDefinitionView | undefined {
  const wanted = ref.startsWith('arn:') ? familyRevision(ref) : ref;
  if (wanted.includes(':')) return all.find((td) => `${td.family}:${td.revision}` === wanted);
  return all.filter((td) => td.family === wanted).sort((a, b) => b.revision - a.revision)[0];
}

function updateService(state: SimulationState, contexts: Contexts, command: Extract<Command, { type: 'UpdateService' }>): CommandResult {
  const taskDefinition = command.taskDefinition === undefined ? undefined : findTaskDefinition(state.ecs.taskDefinitions, command.taskDefinition);
  // The wording ECS returns for an unknown revision is inferred.
  if (command.taskDefinition !== undefined && !taskDefinition) return { ok: false, error: 'ClientException: TaskDefinition not found.' };
  // Every check comes before the first change: a refused UpdateService changes nothing.
  const strategy = command.capacityProviderStrategy?.map((item) => ({ capacityProvider: item.capacityProvider, base: item.base ?? 0, weight: item.weight ?? 0 }));
  const placementError = placementUpdateError(state.scenario, strategy, command.placementConstraints, command.placementStrategy);
  if (placementError !== null) return { ok: false, error: placementError };
  if (command.kubernetes) {
    const deadlineError = progressDeadlineError(
      command.kubernetes.progressDeadlineSeconds ?? state.scenario.kubernetes.progressDeadlineSeconds,
      command.kubernetes.minReadySeconds ?? state.scenario.kubernetes.minReadySeconds,
    );
    if (deadlineError) return { ok: false, error: deadlineError };
  }

  const service = state.scenario.service;
  const ecs = state.ecs;
  if (command.desiredCount !== undefined) {
    service.desiredCount = command.desiredCount;
    ecs.desiredCount = command.desiredCount;
    scaleDeployment(state.k8s, command.desiredCount, contexts.k8s);
  }
  if (command.deploymentConfiguration) {
    const { deploymentCircuitBreaker, ...percents } = command.deploymentConfiguration;
    service.deploymentConfiguration = {
      ...service.deploymentConfiguration,
      ...percents,
      // The API replaces the whole circuit breaker object; what it leaves out takes the defaults.
      ...(deploymentCircuitBreaker && { deploymentCircuitBreaker: circuitBreakerOf(deploymentCircuitBreaker) }),
    };
    ecs.deploymentConfiguration = structuredClone(service.deploymentConfiguration);
  }
  if (command.healthCheckGracePeriodSeconds !== undefined) {
    // "This parameter doesn't trigger a new service deployment." (API UpdateService, reference/ecs.md §1.7)
    service.healthCheckGracePeriodSeconds = command.healthCheckGracePeriodSeconds;
    ecs.healthCheckGracePeriodSeconds = command.healthCheckGracePeriodSeconds;
  }
  if (command.kubernetes) {
    const { minReadySeconds, progressDeadlineSeconds, ...overrides } = command.kubernetes;
    Object.assign(state.k8sOverrides, overrides);
    if (minReadySeconds !== undefined) {
      state.scenario.kubernetes.minReadySeconds = minReadySeconds;
      setStrategy(state.k8s, { minReadySeconds }, contexts.k8s);
    }
    if (progressDeadlineSeconds !== undefined) {
      state.scenario.kubernetes.progressDeadlineSeconds = progressDeadlineSeconds;
      setProgressDeadline(state.k8s, progressDeadlineSeconds, contexts.k8s);
    }
  }
  if (command.deploymentConfiguration || command.kubernetes) applyKubernetesStrategy(state, contexts);
  const placementChanged = updatePlacement(state, strategy, command);

  const primary = ecs.deployments[0];
  const newRevision = taskDefinition && taskDefinition.taskDefinitionArn !== primary?.taskDefinitionArn;
  if (newRevision || command.forceNewDeployment || placementChanged) {
    const arn = taskDefinition?.taskDefinitionArn ?? primary.taskDefinitionArn;
    beginDeployment(ecs, arn, contexts.ecs);
    if (newRevision) setPodTemplate(state.k8s, podTemplateFromTaskDefinition(taskDefinition, state.scenario.service.loadBalancer), contexts.k8s);
    if (placementChanged) {
      // The twin's counterpart: new scheduling rules in the pod template start a new ReplicaSet.
      const { image, revisionLabel } = state.k8s.deployment.template;
      setPodTemplate(state.k8s, { image, revisionLabel, scheduling: schedulingFromPlacement(service.placementConstraints, service.placementStrategy) }, contexts.k8s);
    } else if (!newRevision) restartRollout(state.k8s, contexts.k8s);
    startTracking(state);
  }
  contexts.ecs.requestSync();
  contexts.k8s.requestSync();
  return { ok: true };
}

function applyKubernetesStrategy(state: SimulationState, contexts: Contexts): void {
  const strategy = desiredKubernetesStrategy(state);
  state.k8sStrategyError = strategyRejection(state.scenario.service.serviceName, strategy);
  if (state.k8sStrategyError) return;
  state.scenario.kubernetes = { ...state.scenario.kubernetes, ...strategy };
  setStrategy(state.k8s, strategy, contexts.k8s);
}

/** Starts the run statistics that lesson challenges check over a whole deployment. */
function startTracking(state: SimulationState): void {
  const o = observeService(state.ecs);
  const k = k8sRolloutProgress(state.k8s);
  state.stats = {
    ...state.stats,
    deploymentStartedAt: state.now,
    deploymentCompletedAt: null,
    k8sRolloutCompletedAt: null,
    minHealthyTasksDuringDeployment: o.primaryHealthy + o.oldHealthy,
    maxTasksDuringDeployment: o.primaryAlive + o.oldAlive,
    minAvailablePodsDuringRollout: k.available,
    maxPodsDuringRollout: k.total,
  };
}

/**
 * UpdateService's placement fields, already checked. Changing where tasks run starts a new
 * deployment: "When you update any of these parameters, Amazon ECS starts new tasks with the new
 * configuration." (API UpdateService, of the task placement constraints and strategies and the
 * rest). Returns whether anything was given.
 */
function updatePlacement(
  state: SimulationState,
  strategy: Scenario['service']['capacityProviderStrategy'] | undefined,
  command: Extract<Command, { type: 'UpdateService' }>,
): boolean {
  const { placementConstraints, placementStrategy } = command;
  if (strategy === undefined && placementConstraints === undefined && placementStrategy === undefined) return false;
  const service = state.scenario.service;
  const cluster = state.ecs.cluster;
  if (strategy !== undefined) {
    service.capacityProviderStrategy = strategy;
    service.launchType = null;
    cluster.strategy = structuredClone(strategy);
    cluster.launchType = null;
  }
  if (placementConstraints !== undefined) {
    service.placementConstraints = structuredClone(placementConstraints);
    cluster.constraints = constraintsOf(placementConstraints);
  }
  if (placementStrategy !== undefined) {
    service.placementStrategy = structuredClone(placementStrategy);
    cluster.placementStrategy = strategyOf(placementStrategy);
  }
  return true;
}
