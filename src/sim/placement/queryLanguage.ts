// ECS's cluster query language, as the memberOf placement constraint uses it: parse an expression
// into plain data, with errors that say what is wrong and at which character (reference/ecs.md §6.2;
// ECS DG cluster-query-language.md). Isomorph places by container-instance attributes, so the
// parser accepts attribute:<name> subjects and names the other documented subjects as unsupported.

import { patternError } from './attributePattern';
import type { AttributeOperator, PlacementExpression, PlacementParse } from './queryAst';
import { fail, found, QuerySyntaxError, readRun, readValue, skipSpace, SUBJECT_CHAR, type Cursor } from './queryScanner';

export { evaluatePlacementExpression } from './evaluatePlacementExpression';
export type { AttributeCondition, AttributeOperator, PlacementExpression, PlacementParse } from './queryAst';

// "The expression can have a maximum length of 2000 characters." (ECS API, PlacementConstraint.expression)
const MAX_LENGTH = 2000;
// Parentheses and nots nest at most this deep, so no input can exhaust the stack.
const MAX_DEPTH = 100;

const WORD_OPERATORS: ReadonlyMap<string, AttributeOperator> = new Map([
  ['equals', '=='],
  ['not_equals', '!='],
  ['matches', '=~'],
  ['not_matches', '!~'],
  ['in', 'in'],
  ['not_in', '!in'],
  ['exists', 'exists'],
  ['not_exists', '!exists'],
]);
// The DG lists these only for agentVersion, registeredAt and runningTasksCount.
const ORDERING_OPERATORS = ['>=', '<=', '>', '<', 'greater_than_equal', 'less_than_equal', 'greater_than', 'less_than'];
// Documented subjects other than attribute:<name>; they describe agents and running tasks, which
// Isomorph's container instances do not carry.
const UNSIMULATED_SUBJECTS = ['agentConnected', 'agentVersion', 'ec2InstanceId', 'registeredAt', 'runningTasksCount', 'task:group'];
const ATTRIBUTE_PREFIX = 'attribute:';
const MAX_ATTRIBUTE_NAME = 128; // "The name must contain between 1 and 128 characters" (DG, custom attributes)

/**
 * Parses a memberOf expression. Precedence, loosest first: or (||), and (&&), not (!); parentheses
 * group. Never throws: a problem comes back with a message and its 0-based character position.
 * @example parsePlacementExpression('attribute:ecs.instance-type =~ t3.* and attribute:ecs.availability-zone != us-east-1d')
 * // → { ok: true, expression: { kind: 'and', left: { kind: 'condition', attribute: 'ecs.instance-type', operator: '=~', value: 't3.*' }, right: … } }
 * @example parsePlacementExpression('attribute:ecs.os-type = linux')
 * // → { ok: false, error: '"=" is not an operator: compare with ==', position: 22 }
 */
export function parsePlacementExpression(text: string): PlacementParse {
  if (text.length > MAX_LENGTH) {
    return { ok: false, error: `the expression is ${text.length} characters long; ECS allows at most ${MAX_LENGTH}`, position: MAX_LENGTH };
  }
  const cursor: Cursor = { text, pos: 0 };
  try {
    const expression = parseOr(cursor, 0);
    skipSpace(cursor);
    if (cursor.pos < text.length) {
      fail(text[cursor.pos] === ')' ? 'unmatched ")"' : `expected and, or or the end of the expression, found ${found(cursor)}`, cursor.pos);
    }
    return { ok: true, expression };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: error.message, position: error.position };
    throw error;
  }
}

// The DG gives no precedence between and and or, only "You can specify precedence using parentheses";
// Isomorph uses the usual one (not binds tightest, then and, then or), both operators left-associative.
function parseOr(cursor: Cursor, depth: number): PlacementExpression {
  let left = parseAnd(cursor, depth);
  while (takeKeyword(cursor, 'or', '||')) left = { kind: 'or', left, right: parseAnd(cursor, depth) };
  return left;
}

function parseAnd(cursor: Cursor, depth: number): PlacementExpression {
  let left = parseUnary(cursor, depth);
  while (takeKeyword(cursor, 'and', '&&')) left = { kind: 'and', left, right: parseUnary(cursor, depth) };
  return left;
}

function parseUnary(cursor: Cursor, depth: number): PlacementExpression {
  skipSpace(cursor);
  if (depth > MAX_DEPTH) fail(`the expression nests deeper than ${MAX_DEPTH} levels`, cursor.pos);
  if (takeKeyword(cursor, 'not', '!')) return { kind: 'not', operand: parseUnary(cursor, depth + 1) };
  if (cursor.text[cursor.pos] !== '(') return parseCondition(cursor);
  const open = cursor.pos;
  cursor.pos++;
  const inner = parseOr(cursor, depth + 1);
  skipSpace(cursor);
  if (cursor.text[cursor.pos] !== ')') fail(`missing ")" for the "(" at position ${open}, found ${found(cursor)}`, cursor.pos);
  cursor.pos++;
  return inner;
}

// A word keyword must end where a subject could not go on ("not(" and "or " but not "order").
function takeKeyword(cursor: Cursor, word: string, symbol: string): boolean {
  skipSpace(cursor);
  const { text, pos } = cursor;
  if (text.startsWith(symbol, pos)) {
    cursor.pos += symbol.length;
    return true;
  }
  const after = text[pos + word.length];
  if (text.startsWith(word, pos) && (after === undefined || !SUBJECT_CHAR.test(after))) {
    cursor.pos += word.length;
    return true;
  }
  return false;
}

function parseCondition(cursor: Cursor): PlacementExpression {
  const start = cursor.pos;
  const subject = readRun(cursor, SUBJECT_CHAR);
  if (subject === '') fail(`expected a condition such as attribute:ecs.instance-type == t3.large, found ${found(cursor)}`, start);
  const attribute = attributeName(subject, start);
  const operator = readOperator(cursor, subject);
  if (operator === 'exists' || operator === '!exists') return { kind: 'condition', attribute, operator };
  if (operator === 'in' || operator === '!in') return { kind: 'condition', attribute, operator, values: readList(cursor, operator) };
  skipSpace(cursor);
  if (cursor.text[cursor.pos] === '[') fail(`${operator} takes one value; use in to test a list`, cursor.pos);
  const { value, position } = readValue(cursor, operator);
  if (operator === '=~' || operator === '!~') {
    const problem = patternError(value);
    if (problem !== null) fail(`"${value}" is not a regular expression Isomorph can run: ${problem}`, position);
  }
  return { kind: 'condition', attribute, operator, value };
}

function attributeName(subject: string, start: number): string {
  if (!subject.startsWith(ATTRIBUTE_PREFIX)) {
    if (UNSIMULATED_SUBJECTS.includes(subject)) {
      fail(`${subject} is an ECS subject Isomorph does not simulate: memberOf here tests attribute:<name> only`, start);
    }
    fail(`unknown subject "${subject}": expected attribute:<name>, such as attribute:ecs.instance-type`, start);
  }
  const name = subject.slice(ATTRIBUTE_PREFIX.length);
  const nameStart = start + ATTRIBUTE_PREFIX.length;
  if (name === '') fail('the attribute name after "attribute:" is missing', nameStart);
  if (name.includes(':')) fail('an attribute name cannot contain ":"', nameStart + name.indexOf(':'));
  if (name.length > MAX_ATTRIBUTE_NAME) fail(`the attribute name is ${name.length} characters long; ECS allows 1 to 128`, nameStart);
  return name;
}

function readOperator(cursor: Cursor, subject: string): AttributeOperator {
  skipSpace(cursor);
  const { text, pos } = cursor;
  for (const symbol of ['==', '!=', '=~', '!~'] as const) {
    if (text.startsWith(symbol, pos)) {
      cursor.pos += symbol.length;
      return symbol;
    }
  }
  const negated = text[pos] === '!';
  if (negated) cursor.pos++;
  const word = readRun(cursor, /[<>=]/) || readRun(cursor, /[A-Za-z_]/);
  if (negated && (word === 'in' || word === 'exists')) return `!${word}`;
  const named = negated ? undefined : WORD_OPERATORS.get(word);
  if (named !== undefined) return named;
  if (ORDERING_OPERATORS.includes(word)) {
    fail(`${word} orders agentVersion, registeredAt and runningTasksCount; an attribute takes ==, !=, in, !in, =~, !~, exists or !exists`, pos);
  }
  if (word === '=') fail('"=" is not an operator: compare with ==', pos);
  cursor.pos = pos;
  fail(`expected an operator after ${subject} (==, !=, in, !in, =~, !~, exists, !exists), found ${found(cursor)}`, pos);
}

function readList(cursor: Cursor, operator: 'in' | '!in'): string[] {
  skipSpace(cursor);
  const open = cursor.pos;
  if (cursor.text[open] !== '[') fail(`${operator} takes a list such as [us-east-1a, us-east-1b], found ${found(cursor)}`, open);
  cursor.pos++;
  skipSpace(cursor);
  if (cursor.text[cursor.pos] === ']') fail('the list is empty', cursor.pos);
  const values: string[] = [];
  for (;;) {
    values.push(readValue(cursor, values.length === 0 ? '"["' : '","').value);
    skipSpace(cursor);
    const next = cursor.text[cursor.pos];
    if (next === ']') break;
    if (next !== ',') fail(`expected "," or "]" in the list opened at position ${open}, found ${found(cursor)}`, cursor.pos);
    cursor.pos++;
  }
  cursor.pos++;
  return values;
}
