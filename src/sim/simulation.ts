// createSimulation: the discrete-event loop that drives both sides from one scenario. Timers and
// reconcile passes sit on one priority queue; each side's controllers run at most one pass per
// simulated second (a simplification: ECS's pass cadence is not public, and Kubernetes reacts to
// informer events within moments), so many task changes in a second are seen together.

import { placementNow, recordPlacement } from './ecs/placementStats';
import { createEventQueue, peekTime, popEvent, pushEvent } from './clock/eventQueue';
import { createRandomState } from './clock/random';
import type { SideContext } from './clock/sideContext';
import { createEcsWorld, onEcsTimer } from './ecs/ecsSide';
import { syncEcs } from './ecs/ecsSync';
import { viewEcs } from './ecs/ecsView';
import { createK8sWorld, isProgressDeadlineExceeded, k8sRolloutProgress, onK8sTimer, syncK8s, viewK8s } from './k8s/k8sSide';
import { applyCommand } from './applyCommand';
import { emptyStats, type SimulationState } from './simulationState';
import { initialKubernetesStrategy } from './kubernetesStrategy';
import type { Command, CommandResult, Decision, Scenario, Snapshot } from './types';
import { createViewCache, type ViewCache } from './viewCache';

/** Decisions kept for the reconcile-loop panel. */
const DECISIONS_KEPT = 200;
const DECISIONS_IN_SNAPSHOT = 60;

export interface Simulation {
  /** Simulated seconds since the scenario started. */
  readonly now: number;
  readonly scenario: Scenario;
  /** Runs everything due in the next `seconds`. */
  advance(seconds: number): void;
  advanceTo(time: number): void;
  /** Runs up to and including the next reconcile pass of either side (or one second when
   *  nothing is scheduled); returns the new time. */
  step(): number;
  /** Applies an ECS API command at `now`; the Kubernetes twin follows. */
  dispatch(command: Command): CommandResult;
  /**
   * Plain data for the UI, shaped like the real CLI outputs. Read-only: the views of tasks and
   * pods that did not change are the same objects as in the previous snapshot.
   */
  snapshot(): Snapshot;
  /** Plain, structured-clone-safe state for restoreSimulation. */
  checkpoint(): Checkpoint;
}

export type Checkpoint = SimulationState;

/** Starts a simulation of `scenario` (from parseScenario) at t = 0. */
export function createSimulation(scenario: Scenario): Simulation {
  const state = {
    scenario: structuredClone(scenario),
    now: 0,
    queue: createEventQueue(),
    random: { ecs: createRandomState(scenario.seed, 0), k8s: createRandomState(scenario.seed, 1) },
    syncPending: { ecs: false, k8s: false },
    decisions: [],
    stats: emptyStats(),
    k8sOverrides: {},
    k8sStrategyError: null,
  } as unknown as SimulationState;
  const contexts = createContexts(state);
  state.ecs = createEcsWorld(state.scenario, contexts.ecs);
  const strategy = initialKubernetesStrategy(state);
  state.k8s = createK8sWorld({ ...state.scenario, kubernetes: strategy }, contexts.k8s);
  if (state.scenario.start === 'empty') {
    state.stats = { ...emptyStats(), deploymentStartedAt: 0, minHealthyTasksDuringDeployment: 0, maxTasksDuringDeployment: 0, minAvailablePodsDuringRollout: 0, maxPodsDuringRollout: 0 };
  }
  return wrap(state, contexts);
}

export function restoreSimulation(checkpoint: Checkpoint): Simulation {
  const state = structuredClone(checkpoint);
  return wrap(state, createContexts(state));
}

function createContexts(state: SimulationState): Record<'ecs' | 'k8s', SideContext> {
  const contextFor = (side: 'ecs' | 'k8s'): SideContext => ({
    get now() {
      return state.now;
    },
    get random() {
      return state.random[side];
    },
    after(delaySeconds, kind, id) {
      // Millisecond resolution keeps sums of 0.1 s durations free of floating-point drift.
      pushEvent(state.queue, Math.round((state.now + delaySeconds) * 1000) / 1000, { side, kind, id });
    },
    requestSync() {
      if (state.syncPending[side]) return;
      state.syncPending[side] = true;
      pushEvent(state.queue, Math.floor(state.now) + 1, { side, kind: 'sync', id: '' });
    },
    record(decision: Decision) {
      state.decisions.push(decision);
      if (state.decisions.length > DECISIONS_KEPT) state.decisions.splice(0, state.decisions.length - DECISIONS_KEPT);
    },
  });
  return { ecs: contextFor('ecs'), k8s: contextFor('k8s') };
}

function wrap(state: SimulationState, contexts: Record<'ecs' | 'k8s', SideContext>): Simulation {
  const views = createViewCache();
  const runNext = () => {
    const entry = popEvent(state.queue);
    if (!entry) return;
    state.now = entry.at;
    const { side, kind, id } = entry.item;
    if (kind === 'sync') {
      state.syncPending[side] = false;
      if (side === 'ecs') trackEcs(state, syncEcs(state.ecs, contexts.ecs));
      else {
        syncK8s(state.k8s, contexts.k8s);
        trackK8s(state);
      }
    } else if (side === 'ecs') onEcsTimer(state.ecs, kind, id, contexts.ecs);
    else onK8sTimer(state.k8s, kind, id, contexts.k8s);
  };
  const advanceTo = (time: number) => {
    if (!(time > state.now)) return;
    while (peekTime(state.queue) <= time) runNext();
    state.now = time;
  };
  return {
    get now() {
      return state.now;
    },
    get scenario() {
      return state.scenario;
    },
    advance: (seconds) => advanceTo(state.now + seconds),
    advanceTo,
    step() {
      const startedAt = state.now;
      while (state.queue.heap.length > 0) {
        const nextIsSync = state.queue.heap[0].item.kind === 'sync';
        runNext();
        if (nextIsSync && state.now > startedAt) {
          // Finish the whole instant, so the other side's pass at the same second is not left behind.
          while (peekTime(state.queue) === state.now) runNext();
          return state.now;
        }
      }
      // Nothing is scheduled: the cluster is at rest, and a step is one quiet second.
      advanceTo(Math.floor(startedAt) + 1);
      return state.now;
    },
    dispatch: (command) => applyCommand(state, contexts, command),
    snapshot: () => snapshotOf(state, views),
    checkpoint: () => structuredClone(state),
  };
}

function trackEcs(state: SimulationState, o: ReturnType<typeof syncEcs>): void {
  const s = state.stats;
  recordPlacement(s.placements, placementNow(state.ecs, state.now));
  if (s.deploymentStartedAt === null || s.deploymentCompletedAt !== null) return;
  const healthy = o.primaryHealthy + o.oldHealthy;
  const total = o.primaryAlive + o.oldAlive;
  s.minHealthyTasksDuringDeployment = Math.min(s.minHealthyTasksDuringDeployment ?? healthy, healthy);
  s.maxTasksDuringDeployment = Math.max(s.maxTasksDuringDeployment ?? total, total);
  if (state.ecs.machine.context.outcome === 'deploymentCompleted') s.deploymentCompletedAt = state.now;
}

function trackK8s(state: SimulationState): void {
  const s = state.stats;
  // The first pass that reports Progressing=False ProgressDeadlineExceeded (reference/k8s.md §1.8).
  if (s.k8sProgressDeadlineExceededAt === null && isProgressDeadlineExceeded(state.k8s)) s.k8sProgressDeadlineExceededAt = state.now;
  if (s.deploymentStartedAt === null || s.k8sRolloutCompletedAt !== null) return;
  const progress = k8sRolloutProgress(state.k8s);
  s.minAvailablePodsDuringRollout = Math.min(s.minAvailablePodsDuringRollout ?? progress.available, progress.available);
  s.maxPodsDuringRollout = Math.max(s.maxPodsDuringRollout ?? progress.total, progress.total);
  if (progress.complete) s.k8sRolloutCompletedAt = state.now;
}

function snapshotOf(state: SimulationState, views: ViewCache): Snapshot {
  return {
    time: state.now,
    scenario: structuredClone(state.scenario),
    ecs: viewEcs(state.ecs, views),
    k8s: { ...viewK8s(state.k8s, views), ...(state.k8sStrategyError !== null && { apiError: state.k8sStrategyError }) },
    decisions: state.decisions.slice(-DECISIONS_IN_SNAPSHOT).reverse(),
    stats: {
      ...state.stats,
      // The ECS side keeps its deployment history and stop counts; the snapshot gets copies.
      deployments: state.ecs.history.map((record) => ({ ...record })),
      stoppedTasksByStopCode: { ...state.ecs.stoppedByStopCode },
      placements: state.stats.placements.slice(),
      unablePlaceEvents: state.ecs.unablePlaceEvents,
      subnetExhausted: state.ecs.subnetExhausted && { ...state.ecs.subnetExhausted },
      k8sFailedSchedulingAt: state.k8s.failedSchedulingAt,
      maxPodsPerNode: state.k8s.maxPodsPerNode,
    },
  };
}
