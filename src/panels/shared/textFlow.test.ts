import { describe, expect, it } from 'vitest';
import { flowTokens, textWidth } from './textFlow';

const tokens = (...texts: string[]) => texts.map((text) => ({ text, hl: '' }));
const lines = (ls: { text: string }[][]) => ls.map((l) => l.map((s) => s.text).join(''));

describe('textFlow', () => {
  it('measures Latin text at 0.6 em a character and CJK at a full em', () => {
    expect(textWidth('web:2', 10)).toBeCloseTo(30);
    expect(textWidth('健全', 10)).toBeCloseTo(20);
  });

  it('wraps whole tokens to the width', () => {
    // 'desired 4' is 9 characters = 54 px at 10 px; two tokens with the separator need 114 px.
    expect(lines(flowTokens(tokens('desired 4', 'running 3'), 113, 10))).toEqual(['desired 4', 'running 3']);
    expect(lines(flowTokens(tokens('desired 4', 'running 3'), 120, 10))).toEqual(['desired 4  running 3']);
  });

  it('gives a token wider than the line a line of its own', () => {
    expect(lines(flowTokens(tokens('a', 'rolloutState IN_PROGRESS', 'b'), 60, 10))).toEqual(['a', 'rolloutState IN_PROGRESS', 'b']);
  });
});
