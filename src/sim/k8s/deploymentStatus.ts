// Deployment status and conditions as the controller computes them (reference/k8s.md §1.7, §1.8;
// upstream pkg/controller/deployment/sync.go calculateStatus, progress.go syncRolloutStatus,
// util/deployment_util.go DeploymentComplete / DeploymentProgressing / SetDeploymentCondition).

import type { DeploymentConditionView } from '../types';

export interface DeploymentStatusCounts {
  replicas: number;
  updatedReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
  unavailableReplicas: number;
}

/** One ReplicaSet's spec.replicas and status counts. */
export interface ReplicaSetStatusCounts {
  spec: number;
  replicas: number;
  ready: number;
  available: number;
}

/** calculateStatus: status counts summed over the ReplicaSets; `updated` is the new RS's. */
export function calculateStatus(all: readonly ReplicaSetStatusCounts[], newRS: ReplicaSetStatusCounts | null): DeploymentStatusCounts {
  let spec = 0;
  const status = { replicas: 0, updatedReplicas: newRS?.replicas ?? 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 0 };
  for (const rs of all) {
    spec += rs.spec;
    status.replicas += rs.replicas;
    status.readyReplicas += rs.ready;
    status.availableReplicas += rs.available;
  }
  // "If unavailableReplicas is negative ... default unavailableReplicas to zero."
  status.unavailableReplicas = Math.max(0, spec - status.availableReplicas);
  return status;
}

/** DeploymentComplete: every replica updated, present and available (current versions, §1.7). */
export function deploymentComplete(specReplicas: number, status: DeploymentStatusCounts): boolean {
  return (
    status.updatedReplicas === specReplicas &&
    status.replicas === specReplicas &&
    status.availableReplicas === specReplicas
  );
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available pods than before. */
export function deploymentProgressing(before: DeploymentStatusCounts, after: DeploymentStatusCounts): boolean {
  return (
    after.updatedReplicas > before.updatedReplicas ||
    after.replicas - after.updatedReplicas < before.replicas - before.updatedReplicas ||
    after.readyReplicas > before.readyReplicas ||
    after.availableReplicas > before.availableReplicas
  );
}

type Condition = DeploymentConditionView;

function condition(type: Condition['type'], status: Condition['status'], reason: string, message: string, now: number): Condition {
  return { type, status, reason, message, lastUpdateTime: now, lastTransitionTime: now };
}

/**
 * SetDeploymentCondition: same status and reason → unchanged; same status → keep
 * lastTransitionTime. Returns a new array with Available before Progressing.
 */
export function setCondition(conditions: readonly Condition[], next: Condition): Condition[] {
  const current = conditions.find((c) => c.type === next.type);
  if (current && current.status === next.status && current.reason === next.reason) return [...conditions];
  const merged = current && current.status === next.status ? { ...next, lastTransitionTime: current.lastTransitionTime } : next;
  const others = conditions.filter((c) => c.type !== next.type);
  return [...others, merged].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/**
 * The ReplicaSetUpdated refresh in syncRolloutStatus: it replaces the condition outright, so
 * lastUpdateTime moves on every progress while a True lastTransitionTime is kept.
 */
export function refreshCondition(conditions: readonly Condition[], next: Condition): Condition[] {
  const current = conditions.find((c) => c.type === next.type);
  const kept = current && current.status === 'True' && next.status === 'True' ? { ...next, lastTransitionTime: current.lastTransitionTime } : next;
  return setCondition(conditions.filter((c) => c.type !== next.type), kept);
}

/** calculateStatus's Available condition: available ≥ replicas − MaxUnavailable. */
export function availableCondition(available: number, minAvailable: number, now: number): Condition {
  return available >= minAvailable
    ? condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', now)
    : condition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', now);
}

/** getNewReplicaSet, on creating the new ReplicaSet. */
export const newReplicaSetCreated = (replicaSet: string, now: number) =>
  condition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${replicaSet}"`, now);

/** syncRolloutStatus while the rollout progresses. */
export const replicaSetUpdated = (replicaSet: string, now: number) =>
  condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${replicaSet}" is progressing.`, now);

/** syncRolloutStatus once DeploymentComplete holds. */
export const newReplicaSetAvailable = (replicaSet: string, now: number) =>
  condition('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${replicaSet}" has successfully progressed.`, now);

/** syncRolloutStatus once DeploymentTimedOut holds: Progressing False (reference/k8s.md §1.8). */
export const progressDeadlineExceeded = (replicaSet: string, now: number) =>
  condition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${replicaSet}" has timed out progressing.`, now);

/**
 * DeploymentTimedOut (util/deployment_util.go): never after NewReplicaSetAvailable, always once
 * timed out, else when `lastUpdateTime + progressDeadlineSeconds` is before now (strictly).
 */
export function deploymentTimedOut(conditions: readonly DeploymentConditionView[], progressDeadlineSeconds: number, now: number): boolean {
  const progressing = conditions.find((c) => c.type === 'Progressing');
  if (progressing === undefined || progressing.reason === 'NewReplicaSetAvailable') return false;
  if (progressing.reason === 'ProgressDeadlineExceeded') return true;
  return progressing.lastUpdateTime + progressDeadlineSeconds < now;
}
