// Looks up UI text by key and fills `{name}` parameters. Pure: usable from the store's commands
// (notices are stored already localised) as well as from components through useT().

import type { Locale } from '../../store/appStore';
import { en } from './en';
import type { MessageKey, Messages } from './en';
import { ja } from './ja';

const dictionaries: Record<Locale, Messages> = { en, ja };

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  return fillParams(dictionaries[locale][key], params);
}

/** Fills `{name}` placeholders; one left without a value stays as written. */
export function fillParams(text: string, params?: TranslateParams): string {
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
