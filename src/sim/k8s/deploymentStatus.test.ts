import { describe, expect, it } from 'vitest';
import {
  availableCondition,
  calculateStatus,
  deploymentComplete,
  deploymentProgressing,
  newReplicaSetCreated,
  refreshCondition,
  replicaSetUpdated,
  setCondition,
  type DeploymentStatusCounts,
} from './deploymentStatus';

const status = (replicas: number, updatedReplicas: number, readyReplicas: number, availableReplicas: number): DeploymentStatusCounts => ({
  replicas,
  updatedReplicas,
  readyReplicas,
  availableReplicas,
  unavailableReplicas: 0,
});

describe('calculateStatus (reference/k8s.md §1.7)', () => {
  it('sums status over the ReplicaSets and takes updated from the new one', () => {
    const oldRS = { spec: 2, replicas: 2, ready: 2, available: 2 };
    const newRS = { spec: 2, replicas: 2, ready: 1, available: 0 };
    expect(calculateStatus([oldRS, newRS], newRS)).toEqual({
      replicas: 4,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 2,
      unavailableReplicas: 2,
    });
  });

  it('floors unavailableReplicas at 0 while scaling down', () => {
    expect(calculateStatus([{ spec: 1, replicas: 3, ready: 3, available: 3 }], null).unavailableReplicas).toBe(0);
  });
});

describe('DeploymentComplete and DeploymentProgressing', () => {
  it('is complete only when every replica is updated, present and available', () => {
    expect(deploymentComplete(3, status(3, 3, 3, 3))).toBe(true);
    expect(deploymentComplete(3, status(4, 3, 4, 4))).toBe(false);
    expect(deploymentComplete(3, status(3, 3, 3, 2))).toBe(false);
  });

  it('progresses on more updated, fewer old, more ready or more available pods', () => {
    const before = status(4, 1, 3, 3);
    expect(deploymentProgressing(before, status(4, 2, 3, 3))).toBe(true);
    expect(deploymentProgressing(before, status(3, 1, 3, 3))).toBe(true);
    expect(deploymentProgressing(before, status(4, 1, 4, 3))).toBe(true);
    expect(deploymentProgressing(before, status(4, 1, 3, 4))).toBe(true);
    expect(deploymentProgressing(before, before)).toBe(false);
  });
});

describe('conditions (reference/k8s.md §1.8)', () => {
  it('words the Available condition', () => {
    expect(availableCondition(3, 3, 5)).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' });
    expect(availableCondition(2, 3, 5)).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' });
  });

  it('SetDeploymentCondition keeps an unchanged condition and the transition time of an unchanged status', () => {
    const first = setCondition([], newReplicaSetCreated('web-a', 1));
    expect(first[0]).toMatchObject({ reason: 'NewReplicaSetCreated', message: 'Created new replica set "web-a"', lastTransitionTime: 1 });
    expect(setCondition(first, newReplicaSetCreated('web-a', 9))).toEqual(first);
    const updated = setCondition(first, replicaSetUpdated('web-a', 9));
    expect(updated[0]).toMatchObject({ reason: 'ReplicaSetUpdated', lastUpdateTime: 9, lastTransitionTime: 1 });
  });

  it('refreshes ReplicaSetUpdated on every progress, keeping lastTransitionTime', () => {
    const once = refreshCondition([], replicaSetUpdated('web-a', 3));
    const twice = refreshCondition(once, replicaSetUpdated('web-a', 8));
    expect(twice[0]).toMatchObject({ lastUpdateTime: 8, lastTransitionTime: 3, message: 'ReplicaSet "web-a" is progressing.' });
  });

  it('lists Available before Progressing', () => {
    const conditions = setCondition(setCondition([], replicaSetUpdated('web-a', 1)), availableCondition(3, 3, 1));
    expect(conditions.map((c) => c.type)).toEqual(['Available', 'Progressing']);
  });
});
