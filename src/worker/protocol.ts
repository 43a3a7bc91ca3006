// The typed message protocol between the main thread and the simulation worker. Only plain,
// structured-clone-safe data crosses it: Frames carry the simulation's Snapshot, never an
// XState snapshot. The main thread imports types from here, never the host itself.

import type { Command, K8sEventView, PodView, ServiceEventView, Snapshot, TaskView } from '../sim';

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

// ---- On the wire: frames as patches (frameCodec.ts) ------------------------------------------

/** A run of the previous frame's items ([start, count]), or items that are new or changed. */
export type ListSegment<T> = { keep: [start: number, count: number] } | { add: T[] };

/** The snapshot's four long lists, each as segments against the previous frame's. */
export interface WireLists {
  ecsTasks: ListSegment<TaskView>[];
  ecsEvents: ListSegment<ServiceEventView>[];
  k8sPods: ListSegment<PodView>[];
  k8sEvents: ListSegment<K8sEventView>[];
}

export interface WireFrame {
  /** This frame's number; the next request passes it back as `have`. */
  seq: number;
  /** The frame this one patches, or null when it is whole. */
  base: number | null;
  horizon: number;
  /** Whole when `base` is null; else with the four long lists empty, and `lists` carrying them. */
  snapshot: Snapshot;
  lists?: WireLists;
}

/** A result with its Frame as a WireFrame. */
export type Wired<T> = T extends Frame ? WireFrame : T extends { frame: Frame } ? Omit<T, 'frame'> & { frame: WireFrame } : T;

/**
 * SimulationApi as the worker serves it: every method also takes `have`, the number of the frame
 * the caller holds (null for none), and answers with a patch against it, or a whole frame.
 */
export type WireSimulationApi = {
  [K in keyof SimulationApi]: (...args: [...Parameters<SimulationApi[K]>, have: number | null]) => Promise<Wired<Awaited<ReturnType<SimulationApi[K]>>>>;
};
