// Start-up: open the screen the URL describes, or the default scenario with a clear message
// when the link is malformed or tampered with. Never leaves a blank page. A first visit needs
// no link codec, only the lessons; a shared link loads the codec (linkParams.ts), having set the
// link's language first.

import { DEFAULT_SCENARIO_INPUT } from '../sim';
import { loadShareCodec, readLink } from '../share/linkParams';
import { isLocale } from '../store/appStore';
import { loadScenario, notifyError, setLocale } from '../store/commands';
import { openSharedState } from '../store/shareLink';
import { detectLocale } from './i18n/detectLocale';

export async function boot(): Promise<void> {
  const url = window.location.href;
  const browserLocale = detectLocale(navigator.languages);
  const link = readLink(url);
  // Set before the first await, so the first paint is already in the link's language.
  const lang = link.ok && !link.bare ? link.params.get('lang') : undefined;
  setLocale(isLocale(lang) ? lang : browserLocale);
  // A first visit (no share parameters) opens the first lesson with its scenario. The lessons
  // are a chunk of their own, loaded here and by the lesson pane (App.tsx).
  if (link.ok && link.bare) {
    const { startDefaultLesson } = await import('../store/lessonCommands');
    if (await startDefaultLesson()) return;
    await loadScenario(DEFAULT_SCENARIO_INPUT);
    return;
  }
  const decoded = (await loadShareCodec()).decodeShareUrl(url);
  // A link that does not decode is not trusted for its language either.
  setLocale(decoded.ok && decoded.state.locale !== null ? decoded.state.locale : browserLocale);
  if (decoded.ok && (await openSharedState(decoded.state))) return;
  await loadScenario(DEFAULT_SCENARIO_INPUT);
  if (!decoded.ok) notifyError('notice.shareUrlInvalid', [decoded.reason]);
}
