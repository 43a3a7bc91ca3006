// Owns the one Simulation and its timeline: the log of timed commands and a checkpoint every
// CHECKPOINT_INTERVAL simulated seconds. A backward seek restores the nearest checkpoint and
// replays the log, which gives the same timeline because the core is deterministic
// (DESIGN.md rule 2). Runs in the worker, and in-process in tests.

import { createSimulation, parseScenario, restoreSimulation } from '../sim';
import type { Checkpoint, Command, Simulation } from '../sim';
import type { DispatchResult, Frame, LoadResult, SimulationApi, TimedCommand } from './protocol';

/** Simulated seconds between checkpoints: the most a backward seek ever replays. */
export const CHECKPOINT_INTERVAL = 30;
/** How far a step moves when nothing at all is scheduled. */
export const IDLE_STEP_SECONDS = 5;

interface SavedCheckpoint {
  time: number;
  /** How many logged commands the simulation had applied when it was saved. */
  applied: number;
  checkpoint: Checkpoint;
}

interface Timeline {
  sim: Simulation;
  commands: TimedCommand[];
  applied: number;
  /** Sorted by time; the first one is always t = 0. */
  checkpoints: SavedCheckpoint[];
  horizon: number;
}

function saveCheckpoint(timeline: Timeline): void {
  timeline.checkpoints.push({ time: timeline.sim.now, applied: timeline.applied, checkpoint: timeline.sim.checkpoint() });
}

function latestCheckpointTime(timeline: Timeline): number {
  return timeline.checkpoints[timeline.checkpoints.length - 1].time;
}

// Restores from a copy: the saved checkpoint must stay untouched for the next seek.
function restore(timeline: Timeline, saved: SavedCheckpoint): void {
  timeline.sim = restoreSimulation(structuredClone(saved.checkpoint));
  timeline.applied = saved.applied;
}

function advanceWithCheckpoints(timeline: Timeline, stop: number): void {
  for (;;) {
    const due = Math.max(latestCheckpointTime(timeline) + CHECKPOINT_INTERVAL, timeline.sim.now);
    if (due > stop) break;
    timeline.sim.advanceTo(due);
    saveCheckpoint(timeline);
  }
  timeline.sim.advanceTo(stop);
}

/** Runs forward to `target`, applying every logged command at its own time on the way. */
function runTo(timeline: Timeline, target: number): void {
  for (;;) {
    const next = timeline.commands[timeline.applied];
    const pending = next !== undefined && next.time <= target;
    advanceWithCheckpoints(timeline, pending ? next.time : target);
    if (!pending) break;
    timeline.sim.dispatch(next.command);
    timeline.applied += 1;
  }
  timeline.horizon = Math.max(timeline.horizon, timeline.sim.now);
}

function stepOnce(timeline: Timeline): void {
  const startedAt = timeline.sim.now;
  const before = timeline.sim.checkpoint();
  const next = timeline.commands[timeline.applied];
  const reached = timeline.sim.step();
  const moved = Number.isFinite(reached) && reached > startedAt;
  if (next !== undefined && (!moved || next.time < reached)) {
    // A logged command comes before the next event: the step stops there instead.
    timeline.sim = restoreSimulation(before);
    runTo(timeline, next.time);
  } else if (!moved) {
    // Nothing is scheduled (a service at rest): move on by a fixed stride so a step is never a no-op.
    timeline.sim = restoreSimulation(before);
    runTo(timeline, startedAt + IDLE_STEP_SECONDS);
  } else {
    runTo(timeline, reached);
  }
}

function seekTo(timeline: Timeline, time: number): void {
  if (time < timeline.sim.now) {
    const nearest = timeline.checkpoints.findLast((saved) => saved.time <= time) ?? timeline.checkpoints[0];
    restore(timeline, nearest);
  }
  runTo(timeline, time);
}

function applyCommand(timeline: Timeline, command: Command): DispatchResult {
  let result;
  try {
    result = timeline.sim.dispatch(command);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok) return result;
  // A command in the past forks the timeline: the old future is forgotten.
  const now = timeline.sim.now;
  timeline.commands.length = timeline.applied;
  timeline.checkpoints = timeline.checkpoints.filter((saved) => saved.time <= now);
  timeline.commands.push({ time: now, command: structuredClone(command) });
  timeline.applied += 1;
  timeline.horizon = now;
  return { ok: true, frame: toFrame(timeline), timeline: structuredClone(timeline.commands) };
}

function toFrame(timeline: Timeline): Frame {
  return { snapshot: timeline.sim.snapshot(), horizon: timeline.horizon };
}

function checkedTime(time: number): number {
  if (!Number.isFinite(time)) throw new RangeError(`time must be a finite number, got ${time}`);
  return Math.max(0, time);
}

export function createSimulationHost(): SimulationApi {
  let timeline: Timeline | null = null;

  const current = (): Timeline => {
    if (timeline === null) throw new Error('No scenario loaded: call load() first');
    return timeline;
  };

  return {
    async load(input: unknown): Promise<LoadResult> {
      const parsed = parseScenario(input);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      const fresh: Timeline = { sim: createSimulation(parsed.scenario), commands: [], applied: 0, checkpoints: [], horizon: 0 };
      saveCheckpoint(fresh);
      timeline = fresh;
      return { ok: true, frame: toFrame(fresh) };
    },
    async advanceTo(time: number): Promise<Frame> {
      const active = current();
      const target = checkedTime(time);
      if (target > active.sim.now) runTo(active, target);
      return toFrame(active);
    },
    async step(): Promise<Frame> {
      const active = current();
      stepOnce(active);
      return toFrame(active);
    },
    async seek(time: number): Promise<Frame> {
      const active = current();
      seekTo(active, checkedTime(time));
      return toFrame(active);
    },
    async dispatch(command: Command): Promise<DispatchResult> {
      return applyCommand(current(), command);
    },
  };
}
