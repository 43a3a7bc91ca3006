// Everything a running simulation holds, as plain data: a checkpoint is a structuredClone of it.

import type { EventQueue } from './clock/eventQueue';
import type { RandomState } from './clock/random';
import type { Timer } from './clock/sideContext';
import type { EcsWorld } from './ecs/ecsWorld';
import type { K8sWorld } from './k8s/k8sSide';
import type { Decision, IntOrPercent, RunStats, Scenario } from './types';

export type SimEvent = Timer | { side: 'ecs' | 'k8s'; kind: 'sync'; id: '' };

export interface SimulationState {
  /** The scenario with the settings in force now (UpdateService changes them). */
  scenario: Scenario;
  now: number;
  queue: EventQueue<SimEvent>;
  random: { ecs: RandomState; k8s: RandomState };
  syncPending: { ecs: boolean; k8s: boolean };
  ecs: EcsWorld;
  k8s: K8sWorld;
  /** Kubernetes values the learner set by hand; the rest follow ECS (translateToKubernetes). */
  k8sOverrides: { maxSurge?: IntOrPercent; maxUnavailable?: IntOrPercent };
  /** The API server's rejection of the last strategy Kubernetes was given, if any. */
  k8sStrategyError: string | null;
  /** Oldest first, capped. */
  decisions: Decision[];
  stats: RunStats;
}

export const emptyStats = (): RunStats => ({
  deploymentStartedAt: null,
  deploymentCompletedAt: null,
  k8sRolloutCompletedAt: null,
  minHealthyTasksDuringDeployment: null,
  maxTasksDuringDeployment: null,
  minAvailablePodsDuringRollout: null,
  maxPodsDuringRollout: null,
  deployments: [],
  k8sProgressDeadlineExceededAt: null,
  k8sRolledBackAt: null,
  stoppedTasksByStopCode: {},
  placements: [],
  unablePlaceEvents: 0,
  subnetExhausted: null,
  k8sFailedSchedulingAt: null,
  maxPodsPerNode: 0,
});
