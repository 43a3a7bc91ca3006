// The only module that talks to the simulation worker (DESIGN.md: only store/ talks to it).
// Requests go one at a time, in order, so a frame can never overwrite a newer one. While
// playing, an animation-frame loop pulls: wall time × speed becomes simulated time and one
// advanceTo is in flight at most, so at most one update per frame reaches the store. Frames
// cross from the worker as patches; wireClient (worker/frameWire.ts) turns them back into whole
// Frames that share every unchanged object with the frame before, so selectors stay quiet.

import { wrap } from 'comlink';
import type { Command } from '../sim';
import { wireClient } from '../worker/frameWire';
import type { DispatchResult, Frame, LoadResult, SimulationApi, WireSimulationApi } from '../worker/protocol';
import { appStore } from './appStore';

/** The most wall-clock time one animation frame turns into simulated time, so a tab that was hidden resumes without a jump. */
const MAX_FRAME_GAP_MS = 250;

export interface FrameScheduler {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

let client: SimulationApi | null = null;
let frames: FrameScheduler = animationFrames;
let queue: Promise<void> = Promise.resolve();
let requestsInFlight = 0;
let loopHandle: number | null = null;
let lastWall: number | null = null;
let pendingSeek: number | null = null;
let seekDone: Promise<void> = Promise.resolve();

function simulation(): SimulationApi {
  client ??= wireClient(wrap<WireSimulationApi>(new Worker(new URL('../worker/simulation.worker.ts', import.meta.url), { type: 'module' })));
  return client;
}

/** Uses `api` instead of a worker (tests, or an in-process fallback), and resets the queue. */
export function attachSimulation(api: SimulationApi, scheduler: FrameScheduler = animationFrames): void {
  stopPlayback();
  client = api;
  frames = scheduler;
  queue = Promise.resolve();
  requestsInFlight = 0;
  pendingSeek = null;
}

function enqueue<T>(request: (api: SimulationApi) => Promise<T>): Promise<T> {
  requestsInFlight += 1;
  const result = queue.then(() => request(simulation()));
  const settle = () => {
    requestsInFlight -= 1;
  };
  queue = result.then(settle, settle);
  return result;
}

/** Resolves once every request sent so far has been answered. */
export function whenIdle(): Promise<void> {
  return queue;
}

function applyFrame(frame: Frame): void {
  appStore.setState((s) => ({
    mirror: { snapshot: frame.snapshot, version: s.mirror.version + 1 },
    playback: { ...s.playback, time: frame.snapshot.time, horizon: frame.horizon },
  }));
}

export async function loadSimulation(input: unknown): Promise<LoadResult> {
  const result = await enqueue((api) => api.load(input));
  if (result.ok) {
    applyFrame(result.frame);
    appStore.setState((s) => ({ scenario: { ...s.scenario, timeline: [] } }));
  }
  return result;
}

export async function stepSimulation(): Promise<void> {
  applyFrame(await enqueue((api) => api.step()));
}

/** Seeks to `time`; while a seek is still waiting its turn, later calls only move its target (a dragged seek bar). */
export function seekSimulation(time: number): Promise<void> {
  const waiting = pendingSeek !== null;
  pendingSeek = time;
  if (waiting) return seekDone;
  seekDone = enqueue((api) => {
    const target = pendingSeek ?? time;
    pendingSeek = null;
    return api.seek(target);
  }).then(applyFrame);
  return seekDone;
}

export async function dispatchCommand(command: Command): Promise<DispatchResult> {
  const result = await enqueue((api) => api.dispatch(command));
  if (result.ok) {
    applyFrame(result.frame);
    appStore.setState((s) => ({ scenario: { ...s.scenario, timeline: result.timeline } }));
  }
  return result;
}

/** Starts pulling frames while `playback.playing` holds; `onError` hears a failed request. */
export function startPlayback(onError: (error: unknown) => void): void {
  if (loopHandle !== null) return;
  lastWall = null;
  const tick = (now: number) => {
    const { playing, speed, time } = appStore.getState().playback;
    if (!playing) {
      stopPlayback();
      return;
    }
    loopHandle = frames.request(tick);
    if (lastWall === null) {
      lastWall = now;
      return;
    }
    if (requestsInFlight > 0) return;
    const elapsed = Math.min(now - lastWall, MAX_FRAME_GAP_MS);
    lastWall = now;
    enqueue((api) => api.advanceTo(time + (elapsed / 1000) * speed)).then(applyFrame, onError);
  };
  loopHandle = frames.request(tick);
}

export function stopPlayback(): void {
  if (loopHandle !== null) frames.cancel(loopHandle);
  loopHandle = null;
  lastWall = null;
}
