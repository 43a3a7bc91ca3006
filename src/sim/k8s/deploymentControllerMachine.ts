// The control flow of the Deployment controller's sync for one Deployment, as its Progressing
// condition shows it (reference/k8s.md §1.4, §1.7, §1.8; upstream progress.go syncRolloutStatus,
// sync.go getNewReplicaSet / syncDeploymentStatus). Modes map to the API like this:
//   progressing → Progressing True NewReplicaSetCreated or ReplicaSetUpdated
//   complete    → Progressing True NewReplicaSetAvailable
//   stalled     → Progressing False ProgressDeadlineExceeded (no progress for progressDeadlineSeconds)
// The arithmetic lives in rollingUpdate.ts and proportionalScaling.ts; each pass of
// deploymentSync.ts sends the machine what it observed and decided. Stepped with xstate's pure
// transition() and stored as plain { value, context }: no actors, no timers.

import { assign, enqueueActions, setup } from 'xstate';
import type { Decision, DeploymentConditionView } from '../types';
import { decisionKey, timedOutDecision } from './k8sDecisions';
import {
  availableCondition,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  progressDeadlineExceeded,
  newReplicaSetAvailable,
  newReplicaSetCreated,
  refreshCondition,
  replicaSetUpdated,
  setCondition,
  type DeploymentStatusCounts,
} from './deploymentStatus';

export interface DeploymentControllerContext {
  /** The Deployment's status as the last pass wrote it. */
  status: DeploymentStatusCounts;
  conditions: DeploymentConditionView[];
  /** deployment.kubernetes.io/revision */
  revision: number;
  /** decisionKey of the last decision recorded, so an unchanged wait is not recorded again. */
  lastDecisionKey: string | null;
}

/** What one pass computed; the machine turns it into conditions and a decision to record. */
export interface SyncObservation {
  now: number;
  specReplicas: number;
  minAvailable: number;
  status: DeploymentStatusCounts;
  /** The new ReplicaSet, or the name getNewReplicaSet would give it when a scaling pass runs first. */
  newReplicaSet: string;
  createdReplicaSet: boolean;
  revision: number;
  /** .spec.progressDeadlineSeconds */
  progressDeadlineSeconds: number;
  decision: Decision;
}

export type DeploymentControllerEvent =
  /** A rolloutRolling pass: conditions follow syncRolloutStatus. */
  | { type: 'rollout.synced'; observation: SyncObservation }
  /** A scaling pass (`sync`): only calculateStatus's Available condition is refreshed. */
  | { type: 'scaling.synced'; observation: SyncObservation };

export type DeploymentControllerState = 'progressing' | 'complete' | 'stalled';

const controllerSetup = setup({
  types: { context: {} as DeploymentControllerContext, events: {} as DeploymentControllerEvent },
  guards: {
    createdNewReplicaSet: ({ event }) => event.observation.createdReplicaSet,
    isDeploymentComplete: ({ event }) => deploymentComplete(event.observation.specReplicas, event.observation.status),
    isDeploymentProgressing: ({ context, event }) => deploymentProgressing(context.status, event.observation.status),
    // progress.go isCompleteDeployment: every pod updated while the condition says complete.
    hasNoOldReplicas: ({ event }) => event.observation.status.replicas === event.observation.status.updatedReplicas,
    isDeploymentTimedOut: ({ context, event: { observation: o } }) => deploymentTimedOut(context.conditions, o.progressDeadlineSeconds, o.now),
  },
  actions: {
    markNewReplicaSetCreated: assign({
      conditions: ({ context, event: { observation: o } }) => setCondition(context.conditions, newReplicaSetCreated(o.newReplicaSet, o.now)),
    }),
    markReplicaSetUpdated: assign({
      conditions: ({ context, event: { observation: o } }) => refreshCondition(context.conditions, replicaSetUpdated(o.newReplicaSet, o.now)),
    }),
    markProgressDeadlineExceeded: assign({
      conditions: ({ context, event: { observation: o } }) => setCondition(context.conditions, progressDeadlineExceeded(o.newReplicaSet, o.now)),
    }),
    markNewReplicaSetAvailable: assign({
      conditions: ({ context, event: { observation: o } }) => setCondition(context.conditions, newReplicaSetAvailable(o.newReplicaSet, o.now)),
    }),
    observeStatus: assign(({ context, event: { observation: o } }) => ({
      status: o.status,
      revision: o.revision,
      conditions: setCondition(context.conditions, availableCondition(o.status.availableReplicas, o.minAvailable, o.now)),
    })),
    /** Placeholder the simulation carries out (transition() returns it with its params). */
    recordDecision: (_, _decision: Decision) => {},
  },
});

// Extended so that enqueue() knows the recordDecision action and its params.
export const deploymentControllerMachine = controllerSetup.extend<{ reportDecision: undefined; reportTimeout: undefined }>({
  actions: {
    reportDecision: enqueueActions(({ context, event, enqueue }) => {
      const key = decisionKey(event.observation.decision);
      if (key === context.lastDecisionKey) return;
      enqueue({ type: 'recordDecision', params: event.observation.decision });
      enqueue.assign({ lastDecisionKey: key });
    }),
    // Runs before markProgressDeadlineExceeded, while the condition still holds the last progress.
    reportTimeout: enqueueActions(({ context, event: { observation: o }, enqueue }) => {
      const lastProgress = context.conditions.find((c) => c.type === 'Progressing')?.lastUpdateTime ?? o.now;
      const decision = timedOutDecision(o.now, o.newReplicaSet, o.progressDeadlineSeconds, lastProgress);
      enqueue({ type: 'recordDecision', params: decision });
      enqueue.assign({ lastDecisionKey: decisionKey(decision) });
    }),
  },
}).createMachine({
  id: 'deploymentController',
  initial: 'progressing',
  context: {
    status: { replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 0 },
    conditions: [],
    revision: 0,
    lastDecisionKey: null,
  },
  on: { 'scaling.synced': { actions: ['observeStatus', 'reportDecision'] } },
  states: {
    progressing: {
      on: {
        'rollout.synced': [
          { guard: 'createdNewReplicaSet', actions: ['markNewReplicaSetCreated', 'observeStatus', 'reportDecision'] },
          { guard: 'isDeploymentComplete', target: 'complete', actions: ['markNewReplicaSetAvailable', 'observeStatus', 'reportDecision'] },
          { guard: 'isDeploymentProgressing', actions: ['markReplicaSetUpdated', 'observeStatus', 'reportDecision'] },
          {
            guard: 'isDeploymentTimedOut',
            target: 'stalled',
            actions: ['reportTimeout', 'markProgressDeadlineExceeded', 'observeStatus'],
            description: 'no progress for progressDeadlineSeconds; Kubernetes reports it and does nothing else',
          },
          { actions: ['observeStatus', 'reportDecision'] },
        ],
      },
    },
    stalled: {
      on: {
        'rollout.synced': [
          { guard: 'createdNewReplicaSet', target: 'progressing', actions: ['markNewReplicaSetCreated', 'observeStatus', 'reportDecision'] },
          { guard: 'isDeploymentComplete', target: 'complete', actions: ['markNewReplicaSetAvailable', 'observeStatus', 'reportDecision'] },
          { guard: 'isDeploymentProgressing', target: 'progressing', actions: ['markReplicaSetUpdated', 'observeStatus', 'reportDecision'] },
          // Still stuck: the timeout decision already says why.
          { actions: ['observeStatus'] },
        ],
      },
    },
    complete: {
      on: {
        'rollout.synced': [
          {
            guard: 'createdNewReplicaSet',
            target: 'progressing',
            actions: ['markNewReplicaSetCreated', 'observeStatus', 'reportDecision'],
            description: 'a new pod template: getNewReplicaSet creates its ReplicaSet',
          },
          { guard: 'hasNoOldReplicas', actions: ['observeStatus', 'reportDecision'] },
          {
            guard: 'isDeploymentProgressing',
            target: 'progressing',
            actions: ['markReplicaSetUpdated', 'observeStatus', 'reportDecision'],
            description: 'an older ReplicaSet became the new one again (rollback or restored template)',
          },
          { actions: ['observeStatus', 'reportDecision'] },
        ],
      },
    },
  },
});
