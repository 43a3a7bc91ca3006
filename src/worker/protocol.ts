// The typed message protocol between the main thread and the simulation worker. Only plain,
// structured-clone-safe data crosses it: Frames carry the simulation's Snapshot, never an
// XState snapshot. The main thread imports types from here, never the host itself.

import type { Command, Snapshot } from '../sim';

/** What a panel draws: the snapshot at the current time and how far the timeline reaches. */
export interface Frame {
  snapshot: Snapshot;
  /** The furthest simulated time reached so far; the end of the seek bar. */
  horizon: number;
}

/** A command and the simulated time it was applied at. */
export interface TimedCommand {
  time: number;
  command: Command;
}

export type LoadResult = { ok: true; frame: Frame } | { ok: false; errors: string[] };

/** A successful dispatch returns the whole command timeline, so the URL can replay it. */
export type DispatchResult = { ok: true; frame: Frame; timeline: TimedCommand[] } | { ok: false; error: string };

/**
 * The worker's API. Every method is async so the same host object serves over comlink in the
 * worker and in-process in tests.
 */
export interface SimulationApi {
  /** Validates untrusted scenario input and starts a fresh timeline at t = 0. */
  load(input: unknown): Promise<LoadResult>;
  /** Runs forward to `time`; a time at or before now returns the current frame. */
  advanceTo(time: number): Promise<Frame>;
  /** Jumps to the next time anything happens. */
  step(): Promise<Frame>;
  /** Moves to any time: earlier times restore a checkpoint and replay the command timeline. */
  seek(time: number): Promise<Frame>;
  /** Applies a command at now; a command before the horizon forks the timeline there. */
  dispatch(command: Command): Promise<DispatchResult>;
}
