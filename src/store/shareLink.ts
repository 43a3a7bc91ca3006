// The screen as a link: what goes into the URL (scenario input, command timeline, lesson step,
// language, time), opening such a link, and the Share action's clipboard copy.

import { loadShareCodec } from '../share/linkParams';
import type { SharedState } from '../share/scenarioUrl';
import { appStore } from './appStore';
import type { AppState, ShareStatus } from './appStore';
import { dispatchCommand, seekSimulation } from './bridge';
import { loadScenario, notifyError, setLessonStep, setLocale } from './commands';

/** How long the "Link copied" confirmation stays visible. */
const COPIED_VISIBLE_MS = 2500;

export function currentSharedState(state: AppState): SharedState {
  const { lessonId, stepIndex } = state.lesson;
  return {
    input: state.scenario.input,
    timeline: state.scenario.timeline,
    lesson: lessonId === null ? null : { id: lessonId, step: stepIndex },
    locale: state.ui.locale,
    time: state.playback.time,
  };
}

/** The link for the screen as it is now (the state is read at once; the codec may still be loading). */
export async function currentShareUrl(): Promise<string> {
  const state = currentSharedState(appStore.getState());
  const { encodeShareUrl } = await loadShareCodec();
  return encodeShareUrl(state, window.location.href);
}

/**
 * Reproduces a decoded link: load its scenario, replay its commands at their times, seek to its
 * time. False when the scenario did not load (the notice says why).
 */
export async function openSharedState(shared: SharedState): Promise<boolean> {
  if (shared.locale !== null) setLocale(shared.locale);
  setLessonStep(shared.lesson?.id ?? null, shared.lesson?.step ?? 0);
  if (!(await loadScenario(shared.input))) return false;
  const rejected: string[] = [];
  try {
    for (const { time, command } of shared.timeline) {
      await seekSimulation(time);
      const result = await dispatchCommand(command);
      if (!result.ok) rejected.push(`${command.type} at ${time}s: ${result.error}`);
    }
    await seekSimulation(shared.time);
  } catch (error) {
    rejected.push(error instanceof Error ? error.message : String(error));
  }
  if (rejected.length > 0) notifyError('notice.replayFailed', rejected);
  return true;
}

function setShare(share: ShareStatus): void {
  appStore.setState((s) => ({ ui: { ...s.ui, share } }));
}

let copiedTimer: ReturnType<typeof setTimeout> | undefined;

/** Copies the link to the clipboard; where the clipboard is unavailable the UI shows the link in a text field instead. */
export async function copyShareLink(): Promise<void> {
  const url = await currentShareUrl();
  clearTimeout(copiedTimer);
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    setShare({ state: 'manual', url });
    return;
  }
  setShare({ state: 'copied', url });
  copiedTimer = setTimeout(() => setShare({ state: 'idle', url: '' }), COPIED_VISIBLE_MS);
}

export function closeShareLink(): void {
  clearTimeout(copiedTimer);
  setShare({ state: 'idle', url: '' });
}
