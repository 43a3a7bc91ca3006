import { describe, expect, it } from 'vitest';
import { detectLocale } from './detectLocale';

describe('detectLocale', () => {
  it('takes the first language the app speaks, in preference order', () => {
    expect(detectLocale(['fr-FR', 'ja-JP', 'en-US'])).toBe('ja');
    expect(detectLocale(['en-GB', 'ja'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(detectLocale(['de', 'ko-KR'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});
