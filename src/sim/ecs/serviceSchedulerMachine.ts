// The ECS Service Scheduler's control flow for one REPLICA service with the rolling-update (ECS)
// deployment controller. The arithmetic lives in planRollingStep.ts and circuitBreaker.ts; this
// machine only says which mode the service is in and what a pass concluded. Modes map to API values:
//   steady      → PRIMARY rolloutState COMPLETED, runningCount = desiredCount
//   converging  → COMPLETED deployment, tasks being started or stopped (scaling, replacing a task)
//   deploying   → PRIMARY rolloutState IN_PROGRESS
//   stalled     → IN_PROGRESS, and the configuration can neither start nor stop a task (§1.4)
//   failed      → PRIMARY rolloutState FAILED: "A deployment in FAILED state doesn't launch any
//                 new tasks" (API Deployment.rolloutState; §2.1)
//   rollingBack → the circuit breaker failed the deployment and the last COMPLETED one is PRIMARY
//                 again, IN_PROGRESS until it runs desiredCount healthy tasks (§2.2)
// Outside a deployment the service is steady by the same test as a completed deployment:
// desiredCount healthy PRIMARY tasks and nothing older left.
// Stepped with xstate's pure transition() by the simulation clock: no timers, no actors.

import { assign, setup } from 'xstate';
import type { BreakerVerdict } from './circuitBreaker';
import { isDeploymentComplete, planRollingStep, type RollingPlan, type ServiceObservation } from './planRollingStep';
import { breakerTripPlan, failedDeploymentPlan } from './breakerPlans';

export type SchedulerOutcome = 'steadyState' | 'deploymentCompleted' | 'stalled' | 'deploymentFailed' | 'rollingBack' | null;

export interface SchedulerContext {
  /** What the latest pass decided; the simulation carries it out. */
  plan: RollingPlan | null;
  /** A milestone the latest pass reached, which becomes a service event. */
  outcome: SchedulerOutcome;
}

export type SchedulerEvent =
  | { type: 'service.reconcile'; observation: ServiceObservation; breaker: BreakerVerdict }
  | { type: 'service.deploymentStarted' };

const observationOf = (event: SchedulerEvent) => (event.type === 'service.reconcile' ? event.observation : null);
const verdictOf = (event: SchedulerEvent) => (event.type === 'service.reconcile' ? event.breaker : null);

export const serviceSchedulerMachine = setup({
  types: { context: {} as SchedulerContext, events: {} as SchedulerEvent },
  guards: {
    hasWork: ({ event }) => {
      const o = observationOf(event);
      return o !== null && !isDeploymentComplete(o);
    },
    isDeploymentComplete: ({ event }) => {
      const o = observationOf(event);
      return o !== null && isDeploymentComplete(o);
    },
    isConfigurationStuck: ({ event }) => {
      const o = observationOf(event);
      return o !== null && planRollingStep(o).stuck;
    },
    hasCircuitBreakerTripped: ({ event }) => verdictOf(event)?.tripped === true,
    canRollBack: ({ event }) => {
      const v = verdictOf(event);
      return v !== null && v.tripped && v.rollback && v.rollbackTo !== null;
    },
  },
  actions: {
    planPass: assign(({ event }) => {
      const o = observationOf(event);
      return { plan: o ? planRollingStep(o) : null, outcome: null };
    }),
    holdFailedDeployment: assign({ plan: () => failedDeploymentPlan(), outcome: null }),
    reportSteadyState: assign({ outcome: 'steadyState' }),
    reportDeploymentCompleted: assign({ outcome: 'deploymentCompleted' }),
    reportStalled: assign({ outcome: 'stalled' }),
    reportDeploymentFailed: assign(({ event }) => ({ plan: breakerTripPlan(verdictOf(event)!), outcome: 'deploymentFailed' as const })),
    reportRollingBack: assign(({ event }) => ({ plan: breakerTripPlan(verdictOf(event)!), outcome: 'rollingBack' as const })),
  },
}).createMachine({
  id: 'serviceScheduler',
  context: { plan: null, outcome: null },
  initial: 'steady',
  on: { 'service.deploymentStarted': { target: '.deploying', reenter: true } },
  states: {
    steady: {
      on: {
        'service.reconcile': [{ guard: 'hasWork', target: 'converging', actions: 'planPass' }, { actions: 'planPass' }],
      },
    },
    converging: {
      on: {
        'service.reconcile': [
          { guard: 'isDeploymentComplete', target: 'steady', actions: ['planPass', 'reportSteadyState'] },
          { actions: 'planPass' },
        ],
      },
    },
    deploying: {
      on: {
        'service.reconcile': [
          { guard: 'canRollBack', target: 'rollingBack', actions: 'reportRollingBack' },
          { guard: 'hasCircuitBreakerTripped', target: 'failed', actions: 'reportDeploymentFailed' },
          { guard: 'isDeploymentComplete', target: 'steady', actions: ['planPass', 'reportDeploymentCompleted'] },
          { guard: 'isConfigurationStuck', target: 'stalled', actions: ['planPass', 'reportStalled'] },
          { actions: 'planPass' },
        ],
      },
    },
    stalled: {
      on: {
        'service.reconcile': [{ guard: 'isConfigurationStuck', actions: 'planPass' }, { target: 'deploying', actions: 'planPass' }],
      },
    },
    failed: {
      on: { 'service.reconcile': { actions: 'holdFailedDeployment' } },
    },
    rollingBack: {
      on: {
        'service.reconcile': [
          { guard: 'isDeploymentComplete', target: 'steady', actions: ['planPass', 'reportDeploymentCompleted'] },
          { actions: 'planPass' },
        ],
      },
    },
  },
});
