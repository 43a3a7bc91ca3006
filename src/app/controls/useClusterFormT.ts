// The forms' translation hook: their own words (clusterFormText.ts) first, then the app's.

import { useCallback } from 'react';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import type { MessageKey } from '../i18n/en';
import { fillParams, translate, type TranslateParams } from '../i18n/translate';
import { CLUSTER_FORM_TEXT, type ClusterFormKey } from './clusterFormText';

export type ClusterFormT = (key: ClusterFormKey | MessageKey, params?: TranslateParams) => string;

export function useClusterFormT(): ClusterFormT {
  const locale = useAppStore(selectLocale);
  return useCallback(
    (key: ClusterFormKey | MessageKey, params?: TranslateParams) => {
      const own = CLUSTER_FORM_TEXT[locale] as Record<string, string>;
      return key in own ? fillParams(own[key], params) : translate(locale, key as MessageKey, params);
    },
    [locale],
  );
}
