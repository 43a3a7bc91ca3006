// Character-level reading for the cluster query language parser: spaces, words, values and quoted
// strings, each failing with a QuerySyntaxError that carries the offset of the problem.

export interface Cursor {
  readonly text: string;
  pos: number;
}

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export function fail(message: string, position: number): never {
  throw new QuerySyntaxError(message, position);
}

// Subjects: `attribute:` plus a custom attribute name, which "may contain letters (uppercase and
// lowercase), numbers, hyphens, underscores, forward slashes, back slashes, or periods" (ECS DG,
// task-placement-constraints.md, "Custom attributes").
export const SUBJECT_CHAR = /[A-Za-z0-9_.:\-/\\]/;

// Unquoted values: what attribute values may hold (letters, numbers, hyphens, underscores, periods,
// @, slashes, colons; same DG section) plus the regex characters * + ? ^ $ { }. Anything else —
// spaces, parentheses, brackets, commas, |, & — needs quotes, because it also delimits the language.
const VALUE_CHAR = /[A-Za-z0-9_.:\-/\\@*+?^${}]/;

export function skipSpace(cursor: Cursor): void {
  while (cursor.pos < cursor.text.length && /\s/.test(cursor.text[cursor.pos])) cursor.pos++;
}

/** Reads the longest run of characters matching `char` (one character per test). */
export function readRun(cursor: Cursor, char: RegExp): string {
  const start = cursor.pos;
  while (cursor.pos < cursor.text.length && char.test(cursor.text[cursor.pos])) cursor.pos++;
  return cursor.text.slice(start, cursor.pos);
}

/** `"x"` for the character at the cursor, or `the end`. */
export function found(cursor: Cursor): string {
  return cursor.pos < cursor.text.length ? `"${cursor.text[cursor.pos]}"` : 'the end';
}

/** A value: unquoted, or in single quotes (as the DG's ec2InstanceId example writes them) or double quotes. */
export function readValue(cursor: Cursor, after: string): { value: string; position: number } {
  skipSpace(cursor);
  const position = cursor.pos;
  const quote = cursor.text[position];
  if (quote === "'" || quote === '"') {
    const close = cursor.text.indexOf(quote, position + 1);
    if (close < 0) fail(`unterminated string: the ${quote} at position ${position} is never closed`, position);
    cursor.pos = close + 1;
    return { value: cursor.text.slice(position + 1, close), position };
  }
  const value = readRun(cursor, VALUE_CHAR);
  if (value === '') fail(`expected a value after ${after}, found ${found(cursor)}`, position);
  return { value, position };
}
