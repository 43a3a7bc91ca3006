import { describe, expect, it } from 'vitest';
import { inlineSegments, paragraphs } from './inlineCode';

describe('inline code in lesson text', () => {
  it('marks backticked spans as code and keeps the rest as text', () => {
    expect(inlineSegments('Set `maximumPercent` to 150.')).toEqual([
      { code: false, text: 'Set ' },
      { code: true, text: 'maximumPercent' },
      { code: false, text: ' to 150.' },
    ]);
    expect(inlineSegments('`a``b`')).toEqual([
      { code: true, text: 'a' },
      { code: true, text: 'b' },
    ]);
  });

  it('keeps an unmatched backtick as text', () => {
    expect(inlineSegments('a `b` c `d')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c `d' },
    ]);
  });

  it('splits paragraphs on blank lines only', () => {
    expect(paragraphs('one\ntwo\n\n  \nthree\n')).toEqual(['one\ntwo', 'three']);
  });
});
