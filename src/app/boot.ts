// Start-up: open the screen the URL describes, or the default scenario with a clear message
// when the link is malformed or tampered with. Never leaves a blank page.

import { DEFAULT_SCENARIO_INPUT } from '../sim';
import { decodeShareUrl } from '../share/scenarioUrl';
import { loadScenario, notifyError, setLocale } from '../store/commands';
import { openSharedState } from '../store/shareLink';
import { DEFAULT_LESSON_ID } from '../lessons/registry';
import { startLesson } from '../store/lessonCommands';
import { detectLocale } from './i18n/detectLocale';

export async function boot(): Promise<void> {
  const decoded = decodeShareUrl(window.location.href);
  setLocale(decoded.ok && decoded.state.locale !== null ? decoded.state.locale : detectLocale(navigator.languages));
  // A first visit (no share parameters) opens the first lesson with its scenario.
  if (decoded.ok && decoded.bare && (await startLesson(DEFAULT_LESSON_ID))) return;
  if (decoded.ok && !decoded.bare && (await openSharedState(decoded.state))) return;
  await loadScenario(DEFAULT_SCENARIO_INPUT);
  if (!decoded.ok) notifyError('notice.shareUrlInvalid', [decoded.reason]);
}
