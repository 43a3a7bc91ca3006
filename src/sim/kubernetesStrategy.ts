// Which rollingUpdate strategy the Kubernetes twin runs: the learner's own values where they set
// them, otherwise the translation of the ECS deploymentConfiguration. A pair the API server would
// reject (both zero) is not applied; its error is shown instead, in the API server's wording.

import { kubernetesStrategyErrors } from './scenario/parseScenario';
import { translateToKubernetes } from './scenario/translateToKubernetes';
import type { SimulationState } from './simulationState';
import type { IntOrPercent, Scenario } from './types';

/** Kubernetes' defaults, used when even the first strategy would be rejected (reference/k8s.md §1.1). */
const KUBERNETES_DEFAULT_STRATEGY = { maxSurge: '25%', maxUnavailable: '25%' } as const;

export function desiredKubernetesStrategy(state: SimulationState): { maxSurge: IntOrPercent; maxUnavailable: IntOrPercent } {
  const derived = translateToKubernetes(state.scenario.service.deploymentConfiguration);
  return {
    maxSurge: state.k8sOverrides.maxSurge ?? derived.maxSurge,
    maxUnavailable: state.k8sOverrides.maxUnavailable ?? derived.maxUnavailable,
  };
}

/** The API server's error for a strategy, or null when it would accept it. */
export function strategyRejection(deploymentName: string, strategy: { maxSurge: IntOrPercent; maxUnavailable: IntOrPercent }): string | null {
  const errors = kubernetesStrategyErrors(strategy.maxSurge, strategy.maxUnavailable);
  if (errors.length === 0) return null;
  return `The Deployment "${deploymentName}" is invalid: ${errors.map((e) => e.replace(/^kubernetes\./, 'spec.strategy.rollingUpdate.')).join(', ')}`;
}

/** Records which Kubernetes values the scenario set by hand, and picks the twin's first strategy. */
export function initialKubernetesStrategy(state: SimulationState): Scenario['kubernetes'] {
  const derived = translateToKubernetes(state.scenario.service.deploymentConfiguration);
  const k = state.scenario.kubernetes;
  if (k.maxSurge !== derived.maxSurge) state.k8sOverrides.maxSurge = k.maxSurge;
  if (k.maxUnavailable !== derived.maxUnavailable) state.k8sOverrides.maxUnavailable = k.maxUnavailable;
  state.k8sStrategyError = strategyRejection(state.scenario.service.serviceName, k);
  return state.k8sStrategyError ? { ...k, ...KUBERNETES_DEFAULT_STRATEGY } : k;
}
