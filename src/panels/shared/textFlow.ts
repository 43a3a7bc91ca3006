// Measuring and wrapping SVG text without a DOM, so layouts stay pure and testable in Node.
// Panel labels use a monospace font: every Latin character has the same advance, and CJK
// characters are full width, so a label's width is a sum, not a measurement.

/** A run of text; `hl` lists the translation rows it belongs to (see applyHighlight). */
export interface Span {
  text: string;
  hl: string;
}

export const MONO_FONT_FAMILY = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK JP', monospace";

/** Latin advance of the monospace fonts above (Menlo, Consolas, DejaVu Sans Mono: 0.6 em). */
const MONO_ADVANCE_EM = 0.6;

/** East Asian wide characters (Unicode UAX #11, main blocks): one em each. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6)
  );
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch.codePointAt(0) ?? 0) ? 1 : MONO_ADVANCE_EM;
  return em * fontSize;
}

export const spansWidth = (spans: readonly Span[], fontSize: number) => spans.reduce((w, s) => w + textWidth(s.text, fontSize), 0);

/**
 * Greedy word wrap over whole tokens: joins `tokens` with `separator` and starts a new line
 * before a token that would cross `maxWidth`. A token wider than a line gets a line of its own.
 * @example flowTokens([{text:'desired 4',hl:''},{text:'running 3',hl:''}], 100, 14) // two lines
 */
export function flowTokens(tokens: readonly Span[], maxWidth: number, fontSize: number, separator = '  '): Span[][] {
  const sepWidth = textWidth(separator, fontSize);
  const lines: Span[][] = [];
  let line: Span[] = [];
  let width = 0;
  for (const token of tokens) {
    const w = textWidth(token.text, fontSize);
    if (line.length > 0 && width + sepWidth + w > maxWidth) {
      lines.push(line);
      line = [];
      width = 0;
    }
    if (line.length > 0) {
      line.push({ text: separator, hl: '' });
      width += sepWidth;
    }
    line.push(token);
    width += w;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
