// English / 日本語. Each name is written in its own language, and tagged so screen readers say it right.

import type { Locale } from '../../store/appStore';
import { setLocale } from '../../store/commands';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';

const NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' };

export function LanguageSwitch() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  return (
    <div className="language" role="group" aria-label={t('lang.label')}>
      {(Object.keys(NAMES) as Locale[]).map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={locale === option} onClick={() => setLocale(option)} aria-keyshortcuts="L">
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
