// Picks the UI language from the browser's preference list (navigator.languages).

import { isLocale } from '../../store/appStore';
import type { Locale } from '../../store/appStore';

/** The first preferred language the app speaks, English otherwise. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}
