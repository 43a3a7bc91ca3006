import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_INPUT } from '../sim';
import { createSimulationHost } from '../worker/simulationHost';
import { appStore } from './appStore';
import { attachSimulation, whenIdle } from './bridge';
import type { FrameScheduler } from './bridge';
import { translate } from '../app/i18n/translate';
import { deployNewRevision, inspect, loadScenario, pause, play, stepBack, stepForward, updateService } from './commands';

const initialState = appStore.getState();

/** Animation frames fired by hand. */
function manualFrames(): FrameScheduler & { fire(now: number): void } {
  const callbacks = new Map<number, (now: number) => void>();
  let next = 0;
  return {
    request(callback) {
      next += 1;
      callbacks.set(next, callback);
      return next;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
    fire(now) {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback(now);
    },
  };
}

let frames: ReturnType<typeof manualFrames>;
const state = () => appStore.getState();

beforeEach(async () => {
  appStore.setState(initialState, true);
  frames = manualFrames();
  attachSimulation(createSimulationHost(), frames);
  expect(await loadScenario(DEFAULT_SCENARIO_INPUT)).toBe(true);
});

describe('loading', () => {
  it('mirrors the first frame and keeps the input as written', () => {
    expect(state().mirror.snapshot?.time).toBe(0);
    expect(state().scenario.input).toBe(DEFAULT_SCENARIO_INPUT);
    expect(state().scenario.timeline).toEqual([]);
  });

  it('forgets the task picked in the previous scenario', async () => {
    const taskId = state().mirror.snapshot!.ecs.tasks[0].taskId;
    inspect({ kind: 'task', taskId });
    expect(state().ui.selection).toEqual({ kind: 'task', taskId });
    expect(await loadScenario({ service: { desiredCount: 2 } })).toBe(true);
    expect(state().ui.selection).toBeNull();
  });

  it('rejects invalid input with the field named and keeps the running scenario', async () => {
    const before = state().mirror.snapshot;
    expect(await loadScenario({ service: { desiredCount: -1 } })).toBe(false);
    expect(state().ui.notice?.details).toEqual([expect.stringMatching(/^service\.desiredCount/)]);
    expect(state().mirror.snapshot).toBe(before);
  });
});

describe('updateService', () => {
  it.each([
    [{ desiredCount: -1 }, /^service\.desiredCount: /],
    [{ deploymentConfiguration: { minimumHealthyPercent: 150 } }, /^service\.deploymentConfiguration\.minimumHealthyPercent: /],
    [{ kubernetes: { maxSurge: 'abc' } }, /^kubernetes\.maxSurge: /],
  ])('refuses %j with a notice naming the field, and sends nothing', async (patch, field) => {
    const errors = await updateService(patch);
    expect(errors).toEqual([expect.stringMatching(field)]);
    expect(state().ui.notice).toMatchObject({ kind: 'error', details: [expect.stringMatching(field)] });
    expect(state().scenario.timeline).toEqual([]);
    expect(state().mirror.snapshot?.ecs.service.desiredCount).toBe(3);
  });

  it('keeps the notice untranslated, so the banner says it in whichever language is chosen', async () => {
    await updateService({ desiredCount: -1 });
    const message = state().ui.notice!.message;
    expect(translate('en', message.key, message.params)).toMatch(/not applied/i);
    expect(translate('ja', message.key, message.params)).toMatch(/適用していません/);
  });

  it('applies a valid patch as UpdateService at the current time and clears the notice', async () => {
    await updateService({ desiredCount: -1 });
    expect(await updateService({ desiredCount: 5 })).toEqual([]);
    expect(state().ui.notice).toBeNull();
    expect(state().mirror.snapshot?.ecs.service.desiredCount).toBe(5);
    expect(state().scenario.timeline).toEqual([{ time: 0, command: { type: 'UpdateService', desiredCount: 5 } }]);
  });
});

describe('deployNewRevision', () => {
  it('registers web:2 and points the service at it', async () => {
    await deployNewRevision();
    const snapshot = state().mirror.snapshot;
    expect(snapshot?.ecs.taskDefinitions.map((d) => `${d.family}:${d.revision}`)).toEqual(['web:1', 'web:2']);
    expect(state().scenario.timeline.map((entry) => entry.command.type)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
  });
});

describe('stepping', () => {
  it('steps forward and back, pausing playback', async () => {
    await deployNewRevision();
    await stepForward();
    await stepForward();
    const forward = state().playback.time;
    expect(forward).toBeGreaterThan(0);
    await stepBack();
    expect(state().playback.time).toBeLessThan(forward);
    expect(state().playback.time).toBeGreaterThanOrEqual(Math.max(0, forward - 5));
    expect(state().playback.playing).toBe(false);
  });
});

describe('the playback loop', () => {
  it('turns wall time × speed into simulated time with one request in flight at most', async () => {
    appStore.setState((s) => ({ playback: { ...s.playback, speed: 4 } }));
    play();
    frames.fire(1000);
    frames.fire(1100);
    frames.fire(1200); // the request for 1100 is still in flight: skipped, its time carried over
    await whenIdle();
    expect(state().playback.time).toBeCloseTo(0.4);
    frames.fire(1300);
    await whenIdle();
    expect(state().playback.time).toBeCloseTo(0.4 + 0.8);
    expect(state().mirror.version).toBe(3);
  });

  it('caps a long gap (a hidden tab) instead of jumping ahead', async () => {
    play();
    frames.fire(0);
    frames.fire(60_000);
    await whenIdle();
    expect(state().playback.time).toBeCloseTo(0.25 * state().playback.speed);
  });

  it('stops pulling once paused', async () => {
    play();
    frames.fire(0);
    pause();
    frames.fire(500);
    await whenIdle();
    expect(state().playback.time).toBe(0);
  });
});
