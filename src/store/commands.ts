// The actions the UI calls, as plain module functions (zustand "practice with no store
// actions"). Simulation changes go to the worker through bridge.ts and come back as frames;
// nothing here edits the mirror. Invalid input becomes a notice naming the field, and the
// simulation keeps running with the learner's previous settings.

import type { MessageKey } from '../app/i18n/en';
import { translate } from '../app/i18n/translate';
import type { TranslateParams } from '../app/i18n/translate';
import type { Command, ScenarioInput } from '../sim';
import { appStore, SPEEDS } from './appStore';
import type { AppState, Locale, Selection, Speed } from './appStore';
import { dispatchCommand, loadSimulation, seekSimulation, startPlayback, stepSimulation, stopPlayback, whenIdle } from './bridge';
import { nextRevisionCommands, type RevisionOptions } from './nextRevision';
import { validateServicePatch } from './servicePatch';
import type { ServicePatch } from './servicePatch';
import { stepBackTarget } from './stepBackTarget';

function setUi(patch: Partial<AppState['ui']>): void {
  appStore.setState((s) => ({ ui: { ...s.ui, ...patch } }));
}

function setPlayback(patch: Partial<AppState['playback']>): void {
  appStore.setState((s) => ({ playback: { ...s.playback, ...patch } }));
}

export function notifyError(key: MessageKey, details: string[], params?: TranslateParams): void {
  setUi({ notice: { kind: 'error', message: { key, ...(params && { params }) }, details } });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function reportFailure(error: unknown): void {
  pause();
  notifyError('notice.simulationFailed', [messageOf(error)]);
}

/** Runs a simulation request; a failure becomes a notice instead of an unhandled rejection. */
async function guarded<T>(request: () => Promise<T>): Promise<T | null> {
  try {
    return await request();
  } catch (error) {
    reportFailure(error);
    return null;
  }
}

/** Dispatches one command; returns the errors shown to the learner (none on success). */
async function send(command: Command): Promise<string[]> {
  const result = await guarded(() => dispatchCommand(command));
  if (result === null) return [translate(appStore.getState().ui.locale, 'notice.simulationFailed')];
  if (result.ok) return [];
  notifyError('notice.commandRejected', [result.error], { command: command.type });
  return [result.error];
}

/** Loads a scenario from untrusted input and starts its timeline at t = 0, paused. */
export async function loadScenario(input: ScenarioInput): Promise<boolean> {
  pause();
  const result = await guarded(() => loadSimulation(input));
  if (result === null) return false;
  if (!result.ok) {
    notifyError('notice.scenarioInvalid', result.errors);
    return false;
  }
  // A task or pod picked in the previous scenario does not exist in this one.
  appStore.setState((s) => ({ scenario: { ...s.scenario, input }, ui: { ...s.ui, selection: null } }));
  return true;
}

export function play(): void {
  if (appStore.getState().mirror.snapshot === null) return;
  setPlayback({ playing: true });
  startPlayback(reportFailure);
}

export function pause(): void {
  setPlayback({ playing: false });
  stopPlayback();
}

export function togglePlay(): void {
  if (appStore.getState().playback.playing) pause();
  else play();
}

export async function stepForward(): Promise<void> {
  pause();
  await guarded(stepSimulation);
}

export async function stepBack(): Promise<void> {
  pause();
  await whenIdle();
  const snapshot = appStore.getState().mirror.snapshot;
  if (snapshot !== null) await guarded(() => seekSimulation(stepBackTarget(snapshot)));
}

export async function seek(time: number): Promise<void> {
  await guarded(() => seekSimulation(time));
}

export function setSpeed(speed: Speed): void {
  setPlayback({ speed });
}

function shiftSpeed(by: number): void {
  const index = SPEEDS.indexOf(appStore.getState().playback.speed);
  setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, index + by))]);
}

export const speedUp = () => shiftSpeed(1);
export const slowDown = () => shiftSpeed(-1);

/** Sends UpdateService when the patched settings are valid; returns the errors shown otherwise. */
export async function updateService(patch: ServicePatch): Promise<string[]> {
  await whenIdle();
  const snapshot = appStore.getState().mirror.snapshot;
  if (snapshot === null) return [];
  const errors = await validateServicePatch(snapshot, patch);
  if (errors.length > 0) {
    notifyError('notice.invalidSettings', errors);
    return errors;
  }
  const rejected = await send({ type: 'UpdateService', ...patch });
  if (rejected.length === 0) dismissNotice();
  return rejected;
}

/** Registers the next revision (optionally with a fault) and deploys it. */
export async function deployNewRevision(options: RevisionOptions = {}): Promise<void> {
  await whenIdle();
  const snapshot = appStore.getState().mirror.snapshot;
  if (snapshot === null) return;
  const [register, update] = nextRevisionCommands(snapshot, options);
  if ((await send(register)).length === 0) await send(update);
}

/** `kubectl rollout undo deployment/<name>`: the Kubernetes side only. */
export async function rolloutUndo(toRevision?: number): Promise<string[]> {
  return send({ type: 'RolloutUndo', ...(toRevision !== undefined && { toRevision }) });
}

export async function stopTask(taskArn: string): Promise<void> {
  await send({ type: 'StopTask', task: taskArn });
}

/** Opens a task's or pod's record in the inspector (null closes it). */
export function inspect(selection: Selection | null): void {
  const current = appStore.getState().ui.selection;
  const same =
    current === selection ||
    (current !== null &&
      selection !== null &&
      (current.kind === 'task' ? selection.kind === 'task' && selection.taskId === current.taskId : selection.kind === 'pod' && selection.name === current.name));
  if (!same) setUi({ selection });
}

export function setLocale(locale: Locale): void {
  setUi({ locale });
}

export function toggleLocale(): void {
  setLocale(appStore.getState().ui.locale === 'en' ? 'ja' : 'en');
}

export function setHighlight(highlight: string | null): void {
  if (appStore.getState().ui.highlight !== highlight) setUi({ highlight });
}

export function toggleHelp(open = !appStore.getState().ui.helpOpen): void {
  setUi({ helpOpen: open });
}

export function dismissNotice(): void {
  setUi({ notice: null });
}

export function setLessonStep(lessonId: string | null, stepIndex: number): void {
  appStore.setState({ lesson: { lessonId, stepIndex } });
}
