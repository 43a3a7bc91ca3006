import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const press = (key: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...extra });

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(press(' ')).toBe('togglePlay');
    expect(press('ArrowRight')).toBe('stepForward');
    expect(press('ArrowLeft')).toBe('stepBack');
    expect(press('D')).toBe('deploy');
    expect(press('+')).toBe('faster');
    expect(press('-')).toBe('slower');
    expect(press('l')).toBe('language');
    expect(press('?')).toBe('help');
    expect(press('s')).toBe('share');
  });

  it('leaves browser shortcuts and IME composition alone', () => {
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('l', { metaKey: true })).toBeNull();
    expect(press(' ', { isComposing: true })).toBeNull();
    expect(press('x')).toBeNull();
  });
});
