// The translation hook: re-renders the caller only when the language changes.

import { useCallback } from 'react';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import type { MessageKey } from './en';
import { translate } from './translate';
import type { Translate, TranslateParams } from './translate';

export function useT(): Translate {
  const locale = useAppStore(selectLocale);
  return useCallback((key: MessageKey, params?: TranslateParams) => translate(locale, key, params), [locale]);
}
