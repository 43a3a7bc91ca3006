// Keeps <html lang> and the document title in the chosen language, so screen readers and
// browser translation treat the page correctly.

import { useEffect } from 'react';
import { selectLocale } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { translate } from './i18n/translate';

export function useDocumentLocale(): void {
  const locale = useAppStore(selectLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
  }, [locale]);
}
