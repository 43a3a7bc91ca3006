import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { Decision } from '../types';
import {
  deploymentControllerMachine,
  type DeploymentControllerContext,
  type DeploymentControllerEvent,
  type DeploymentControllerState,
  type SyncObservation,
} from './deploymentControllerMachine';
import type { DeploymentStatusCounts } from './deploymentStatus';

type Stored = { value: DeploymentControllerState; context: DeploymentControllerContext };

const decision = (summary: string): Decision => ({ side: 'k8s', time: 0, action: 'wait', count: 0, rule: 'maxUnavailable', observed: {}, summary });

const counts = (replicas: number, updatedReplicas: number, availableReplicas: number): DeploymentStatusCounts => ({
  replicas,
  updatedReplicas,
  readyReplicas: availableReplicas,
  availableReplicas,
  unavailableReplicas: Math.max(0, replicas - availableReplicas),
});

const observation = (now: number, status: DeploymentStatusCounts, extra: Partial<SyncObservation> = {}): SyncObservation => ({
  now,
  specReplicas: 3,
  minAvailable: 3,
  status,
  newReplicaSet: 'web-new',
  createdReplicaSet: false,
  revision: 2,
  progressDeadlineSeconds: 600,
  decision: decision(`at ${status.updatedReplicas}/${status.availableReplicas}`),
  ...extra,
});

/** Steps the machine the way k8sSide does: plain { value, context } in, plain out. */
function step(stored: Stored, event: DeploymentControllerEvent) {
  const [next, actions] = transition(deploymentControllerMachine, deploymentControllerMachine.resolveState(stored), event);
  return { stored: { value: next.value as DeploymentControllerState, context: next.context }, actions };
}

function start(): Stored {
  const [initial] = initialTransition(deploymentControllerMachine);
  return { value: initial.value as DeploymentControllerState, context: initial.context };
}

describe('deploymentControllerMachine', () => {
  it('starts progressing with no conditions', () => {
    expect(start()).toMatchObject({ value: 'progressing', context: { conditions: [], revision: 0 } });
  });

  it('follows a rollout: NewReplicaSetCreated → ReplicaSetUpdated → NewReplicaSetAvailable', () => {
    let s = start();
    s = step(s, { type: 'rollout.synced', observation: observation(1, counts(3, 0, 3), { createdReplicaSet: true }) }).stored;
    expect(s.value).toBe('progressing');
    expect(s.context.conditions.find((c) => c.type === 'Progressing')).toMatchObject({ reason: 'NewReplicaSetCreated', message: 'Created new replica set "web-new"' });

    s = step(s, { type: 'rollout.synced', observation: observation(9, counts(4, 1, 3)) }).stored;
    expect(s.context.conditions.find((c) => c.type === 'Progressing')).toMatchObject({ reason: 'ReplicaSetUpdated', lastTransitionTime: 1, lastUpdateTime: 9 });
    expect(s.context.conditions.find((c) => c.type === 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });

    s = step(s, { type: 'rollout.synced', observation: observation(30, counts(3, 3, 3)) }).stored;
    expect(s.value).toBe('complete');
    expect(s.context.conditions.find((c) => c.type === 'Progressing')).toMatchObject({
      reason: 'NewReplicaSetAvailable',
      message: 'ReplicaSet "web-new" has successfully progressed.',
    });
    expect(s.context.status).toEqual(counts(3, 3, 3));
  });

  it('stays complete through a scale-up of the only ReplicaSet (isCompleteDeployment)', () => {
    let s = start();
    s = step(s, { type: 'rollout.synced', observation: observation(1, counts(3, 3, 3)) }).stored;
    s = step(s, { type: 'rollout.synced', observation: observation(5, counts(5, 5, 3), { specReplicas: 5 }) }).stored;
    expect(s.value).toBe('complete');
  });

  it('goes back to progressing when a new ReplicaSet is created', () => {
    let s = start();
    s = step(s, { type: 'rollout.synced', observation: observation(1, counts(3, 3, 3)) }).stored;
    s = step(s, { type: 'rollout.synced', observation: observation(7, counts(3, 0, 3), { createdReplicaSet: true, newReplicaSet: 'web-newer' }) }).stored;
    expect(s.value).toBe('progressing');
    expect(s.context.conditions.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetCreated');
  });

  it('after a rollback to an old ReplicaSet, returns to progressing once the rollout progresses', () => {
    let s = start();
    s = step(s, { type: 'rollout.synced', observation: observation(1, counts(3, 3, 3)) }).stored;
    s = step(s, { type: 'rollout.synced', observation: observation(5, counts(3, 0, 3), { newReplicaSet: 'web-old' }) }).stored;
    expect(s.value).toBe('complete');
    s = step(s, { type: 'rollout.synced', observation: observation(6, counts(4, 1, 3), { newReplicaSet: 'web-old' }) }).stored;
    expect(s.value).toBe('progressing');
    expect(s.context.conditions.find((c) => c.type === 'Progressing')).toMatchObject({ reason: 'ReplicaSetUpdated', message: 'ReplicaSet "web-old" is progressing.' });
  });

  it('turns Available False below minAvailable and leaves Progressing alone on a scaling pass', () => {
    let s = start();
    s = step(s, { type: 'rollout.synced', observation: observation(1, counts(3, 3, 3)) }).stored;
    s = step(s, { type: 'scaling.synced', observation: observation(4, counts(3, 3, 3), { specReplicas: 6, minAvailable: 5 }) }).stored;
    expect(s.value).toBe('complete');
    expect(s.context.conditions.find((c) => c.type === 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable' });
    expect(s.context.conditions.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
  });

  it('asks the host to record a decision only when it differs from the last one', () => {
    let s = start();
    const first = step(s, { type: 'rollout.synced', observation: observation(1, counts(4, 1, 3)) });
    expect(first.actions.map((a) => a.type)).toEqual(['recordDecision']);
    expect(first.actions[0].params).toMatchObject({ summary: 'at 1/3' });
    s = first.stored;
    const same = step(s, { type: 'rollout.synced', observation: observation(2, counts(4, 1, 3)) });
    expect(same.actions).toEqual([]);
    const changed = step(same.stored, { type: 'rollout.synced', observation: observation(3, counts(4, 2, 3)) });
    expect(changed.actions.map((a) => a.type)).toEqual(['recordDecision']);
  });

  it('stalls when lastUpdateTime + progressDeadlineSeconds has passed, and leaves the stall on progress', () => {
    let s = start();
    s = step(s, { type: 'rollout.synced', observation: observation(1, counts(3, 0, 3), { createdReplicaSet: true }) }).stored;
    s = step(s, { type: 'rollout.synced', observation: observation(2, counts(4, 1, 3)) }).stored;
    // DeploymentTimedOut compares strictly: 2 + 600 is not before 602.
    s = step(s, { type: 'rollout.synced', observation: observation(602, counts(4, 1, 3)) }).stored;
    expect(s.value).toBe('progressing');
    const timedOut = step(s, { type: 'rollout.synced', observation: observation(603, counts(4, 1, 3)) });
    expect(timedOut.stored.value).toBe('stalled');
    expect(timedOut.stored.context.conditions.find((c) => c.type === 'Progressing')).toEqual({
      type: 'Progressing',
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "web-new" has timed out progressing.',
      lastUpdateTime: 603,
      lastTransitionTime: 603,
    });
    expect(timedOut.actions.map((a) => a.params)).toMatchObject([{ action: 'fail', rule: 'progressDeadlineSeconds', observed: { secondsWithoutProgress: 601 } }]);
    const still = step(timedOut.stored, { type: 'rollout.synced', observation: observation(700, counts(4, 1, 3)) });
    expect(still.stored.value).toBe('stalled');
    expect(still.actions).toEqual([]);
    const moving = step(still.stored, { type: 'rollout.synced', observation: observation(701, counts(4, 1, 4)) }).stored;
    expect(moving.value).toBe('progressing');
    expect(moving.context.conditions.find((c) => c.type === 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated', lastTransitionTime: 701 });
  });

  it('round-trips through structuredClone between passes', () => {
    const s = step(start(), { type: 'rollout.synced', observation: observation(1, counts(3, 0, 3), { createdReplicaSet: true }) }).stored;
    const cloned = structuredClone(s);
    const a = step(s, { type: 'rollout.synced', observation: observation(9, counts(4, 1, 3)) }).stored;
    const b = step(cloned, { type: 'rollout.synced', observation: observation(9, counts(4, 1, 3)) }).stored;
    expect(b).toEqual(a);
  });
});
