// The ECS Service Scheduler's control flow for one REPLICA service with the rolling-update (ECS)
// deployment controller. The arithmetic lives in planRollingStep.ts; this machine only says which
// mode the service is in and what a pass concluded. Modes map to API values:
//   steady     → PRIMARY rolloutState COMPLETED, runningCount = desiredCount
//   converging → COMPLETED deployment, tasks being started or stopped (scaling, replacing a task)
//   deploying  → PRIMARY rolloutState IN_PROGRESS
//   stalled    → IN_PROGRESS, and the configuration can neither start nor stop a task (§1.4)
// Outside a deployment the service is steady by the same test as a completed deployment:
// desiredCount healthy PRIMARY tasks and nothing older left.
// Stepped with xstate's pure transition() by the simulation clock: no timers, no actors.

import { assign, setup } from 'xstate';
import { isDeploymentComplete, planRollingStep, type RollingPlan, type ServiceObservation } from './planRollingStep';

export type SchedulerOutcome = 'steadyState' | 'deploymentCompleted' | 'stalled' | null;

export interface SchedulerContext {
  /** What the latest pass decided; the simulation carries it out. */
  plan: RollingPlan | null;
  /** A milestone the latest pass reached, which becomes a service event. */
  outcome: SchedulerOutcome;
}

export type SchedulerEvent =
  | { type: 'service.reconcile'; observation: ServiceObservation }
  | { type: 'service.deploymentStarted' };

const observationOf = (event: SchedulerEvent) => (event.type === 'service.reconcile' ? event.observation : null);

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
  },
  actions: {
    planPass: assign(({ event }) => {
      const o = observationOf(event);
      return { plan: o ? planRollingStep(o) : null, outcome: null };
    }),
    reportSteadyState: assign({ outcome: 'steadyState' }),
    reportDeploymentCompleted: assign({ outcome: 'deploymentCompleted' }),
    reportStalled: assign({ outcome: 'stalled' }),
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
  },
});
