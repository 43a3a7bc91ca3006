// Lesson text is plain text. The only markup is `backticks` around field names and literal
// output, which the pane renders as <code>; everything else stays text, never HTML.

export interface Segment {
  code: boolean;
  text: string;
}

/** Splits on blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * "Set `maximumPercent` to 150" → text, code, text. An unmatched backtick is kept as text.
 * @example inlineSegments('a `b` c') // → [{ code: false, text: 'a ' }, { code: true, text: 'b' }, { code: false, text: ' c' }]
 */
export function inlineSegments(text: string): Segment[] {
  const parts = text.split('`');
  if (parts.length % 2 === 0) {
    // Odd number of backticks: the last one opens nothing; glue it back onto the text.
    const dangling = parts.pop() ?? '';
    parts[parts.length - 1] += `\`${dangling}`;
  }
  return parts.map((part, i) => ({ code: i % 2 === 1, text: part })).filter((segment) => segment.text !== '');
}
