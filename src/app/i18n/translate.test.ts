import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { translate } from './translate';

describe('translate', () => {
  it('fills parameters in either language', () => {
    expect(translate('en', 'deploy.next', { next: 'web:2' })).toBe('registers web:2');
    expect(translate('ja', 'deploy.next', { next: 'web:2' })).toBe('web:2 を登録');
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(translate('en', 'transport.timeOf', { time: '00:10' })).toBe('00:10 of {horizon}');
  });

  it('uses the same placeholders in both dictionaries', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
