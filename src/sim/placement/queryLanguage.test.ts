import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlacementExpression, parsePlacementExpression, type PlacementExpression } from './queryLanguage';

function parsed(text: string): PlacementExpression {
  const result = parsePlacementExpression(text);
  if (!result.ok) throw new Error(`${result.error} at ${result.position}`);
  return result.expression;
}

const matches = (text: string, attributes: Record<string, string>) => evaluatePlacementExpression(parsed(text), attributes);

const g2East1a = { 'ecs.instance-type': 'g2.2xlarge', 'ecs.availability-zone': 'us-east-1a', 'ecs.os-type': 'linux' };
const g2East1d = { 'ecs.instance-type': 'g2.2xlarge', 'ecs.availability-zone': 'us-east-1d', 'ecs.os-type': 'linux' };
const t2Small1b = { 'ecs.instance-type': 't2.small', 'ecs.availability-zone': 'us-east-1b', stack: 'prod' };
const t2Medium1a = { 'ecs.instance-type': 't2.medium', 'ecs.availability-zone': 'us-east-1a', stack: 'dev' };

describe('the examples of the ECS Developer Guide', () => {
  // cluster-query-language.md, "Example expressions" (reference/ecs.md §6.2)
  it('"attribute:ecs.instance-type == t2.small" — String Equality', () => {
    expect(parsed('attribute:ecs.instance-type == t2.small')).toEqual({
      kind: 'condition',
      attribute: 'ecs.instance-type',
      operator: '==',
      value: 't2.small',
    });
    expect(matches('attribute:ecs.instance-type == t2.small', t2Small1b)).toBe(true);
    expect(matches('attribute:ecs.instance-type == t2.small', t2Medium1a)).toBe(false);
  });

  it('"attribute:ecs.availability-zone in [us-east-1a, us-east-1b]" — Argument List', () => {
    expect(parsed('attribute:ecs.availability-zone in [us-east-1a, us-east-1b]')).toEqual({
      kind: 'condition',
      attribute: 'ecs.availability-zone',
      operator: 'in',
      values: ['us-east-1a', 'us-east-1b'],
    });
    expect(matches('attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', t2Small1b)).toBe(true);
    expect(matches('attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', g2East1d)).toBe(false);
  });

  it('"attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d" — Compound Expression', () => {
    const text = 'attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d';
    expect(parsed(text)).toEqual({
      kind: 'and',
      left: { kind: 'condition', attribute: 'ecs.instance-type', operator: '=~', value: 'g2.*' },
      right: { kind: 'condition', attribute: 'ecs.availability-zone', operator: '!=', value: 'us-east-1d' },
    });
    expect(matches(text, g2East1a)).toBe(true);
    expect(matches(text, g2East1d)).toBe(false);
    expect(matches(text, t2Small1b)).toBe(false);
  });

  // The other documented subjects describe agents and running tasks; Isomorph's instances carry
  // attributes only, so these are refused with the subject's position.
  it.each([
    ['task:group == service:production', 'task:group', 0], // Task Affinity
    ['not(task:group == database)', 'task:group', 4], // Task Anti-Affinity
    ['runningTasksCount == 1', 'runningTasksCount', 0], // Running task count
    ['agentVersion < 1.14.5', 'agentVersion', 0], // Amazon ECS container agent version
    ['registeredAt < 2018-02-13', 'registeredAt', 0], // Instance registration time
    ["ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", 'ec2InstanceId', 0], // Amazon EC2 instance ID
    ['task:group == databases', 'task:group', 0], // task-placement-constraints.md, memberOf on a task group
  ])('%j is refused clearly (subject %s)', (text, subject, position) => {
    expect(parsePlacementExpression(text)).toEqual({
      ok: false,
      error: `${subject} is an ECS subject Isomorph does not simulate: memberOf here tests attribute:<name> only`,
      position,
    });
  });

  // task-placement-constraints.md, "Filter container instances by attribute" and "Example constraints"
  it('"attribute:ecs.instance-type == g2.2xlarge" — Built-in attribute', () => {
    expect(matches('attribute:ecs.instance-type == g2.2xlarge', g2East1a)).toBe(true);
  });

  it('"attribute:stack == prod" — Custom attribute', () => {
    expect(matches('attribute:stack == prod', t2Small1b)).toBe(true);
    expect(matches('attribute:stack == prod', t2Medium1a)).toBe(false);
  });

  it('"attribute:stack != prod" — Exclude an attribute value: instances with "stack" unless it is "prod"', () => {
    expect(matches('attribute:stack != prod', t2Medium1a)).toBe(true);
    expect(matches('attribute:stack != prod', t2Small1b)).toBe(false);
    expect(matches('attribute:stack != prod', g2East1a)).toBe(false); // no stack attribute at all
  });

  it('"attribute:ecs.instance-type in [t2.small, t2.medium]" — Multiple attribute values', () => {
    expect(matches('attribute:ecs.instance-type in [t2.small, t2.medium]', t2Small1b)).toBe(true);
    expect(matches('attribute:ecs.instance-type in [t2.small, t2.medium]', t2Medium1a)).toBe(true);
    expect(matches('attribute:ecs.instance-type in [t2.small, t2.medium]', g2East1a)).toBe(false);
  });

  it('"attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1a" — Multiple attributes', () => {
    const text = 'attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1a';
    expect(matches(text, t2Medium1a)).toBe(true);
    expect(matches(text, t2Small1b)).toBe(false);
    expect(matches(text, g2East1a)).toBe(false);
  });

  it('"attribute:ecs.instance-type =~ t2.*" — the memberOf constraint example', () => {
    expect(matches('attribute:ecs.instance-type =~ t2.*', t2Small1b)).toBe(true);
    expect(matches('attribute:ecs.instance-type =~ t2.*', g2East1a)).toBe(false);
  });
});

describe('operators', () => {
  it.each([
    ['equals', '=='],
    ['not_equals', '!='],
    ['matches', '=~'],
    ['not_matches', '!~'],
  ])('the word %s is the operator %s', (word, symbol) => {
    expect(parsed(`attribute:stack ${word} prod`)).toEqual(parsed(`attribute:stack ${symbol} prod`));
  });

  it('not_in and not_exists are !in and !exists', () => {
    expect(parsed('attribute:stack not_in [a, b]')).toEqual(parsed('attribute:stack !in [a, b]'));
    expect(parsed('attribute:stack not_exists')).toEqual({ kind: 'condition', attribute: 'stack', operator: '!exists' });
    expect(parsed('attribute:ecs.awsvpc-trunk-id exists')).toEqual({ kind: 'condition', attribute: 'ecs.awsvpc-trunk-id', operator: 'exists' });
  });

  it('&&, || and ! are and, or and not', () => {
    expect(parsed('attribute:a == 1 && attribute:b == 2 || !attribute:c exists')).toEqual(
      parsed('attribute:a == 1 and attribute:b == 2 or not attribute:c exists'),
    );
  });

  it('needs no spaces around symbols', () => {
    expect(parsed('attribute:stack==prod&&(attribute:a!=b)')).toEqual(parsed('attribute:stack == prod and (attribute:a != b)'));
  });

  it('reads quoted values, which may hold spaces and the characters the language uses', () => {
    expect(parsed(`attribute:team == 'blue team'`)).toEqual({ kind: 'condition', attribute: 'team', operator: '==', value: 'blue team' });
    expect(parsed('attribute:ecs.instance-type =~ "(t3|m5)\\.large"')).toEqual({
      kind: 'condition',
      attribute: 'ecs.instance-type',
      operator: '=~',
      value: '(t3|m5)\\.large',
    });
  });

  // present and equal / present and different / absent
  const table: [string, boolean, boolean, boolean][] = [
    ['attribute:stack == prod', true, false, false],
    ['attribute:stack != prod', false, true, false],
    ['attribute:stack in [prod, qa]', true, false, false],
    ['attribute:stack !in [prod, qa]', false, true, false],
    ['attribute:stack =~ pr.*', true, false, false],
    ['attribute:stack !~ pr.*', false, true, false],
    ['attribute:stack exists', true, true, false],
    ['attribute:stack !exists', false, false, true],
    ['not(attribute:stack == prod)', false, true, true],
    ['not attribute:stack exists', false, false, true],
  ];
  it.each(table)('%s: stack=prod → %s, stack=dev → %s, no stack → %s', (text, prod, dev, absent) => {
    expect(matches(text, { stack: 'prod' })).toBe(prod);
    expect(matches(text, { stack: 'dev' })).toBe(dev);
    expect(matches(text, {})).toBe(absent);
  });

  it('=~ matches the whole value, as Java String.matches does', () => {
    expect(matches('attribute:ecs.instance-type =~ t3', { 'ecs.instance-type': 't3.large' })).toBe(false);
    expect(matches('attribute:ecs.instance-type =~ t3.*', { 'ecs.instance-type': 't3.large' })).toBe(true);
    expect(matches('attribute:ecs.instance-type =~ "m5|t3.*"', { 'ecs.instance-type': 't3.large' })).toBe(true);
    expect(matches('attribute:ecs.instance-type =~ "m5|t3"', { 'ecs.instance-type': 't3.large' })).toBe(false);
  });

  it('treats a valueless attribute as present with the value ""', () => {
    expect(matches('attribute:ecs.capability.external exists', { 'ecs.capability.external': '' })).toBe(true);
    expect(matches('attribute:ecs.capability.external == ""', { 'ecs.capability.external': '' })).toBe(true);
  });

  it('tests the issue attributes: cpu-architecture and os-type', () => {
    const graviton = { 'ecs.cpu-architecture': 'arm64', 'ecs.os-type': 'linux', 'ecs.instance-type': 'm7g.large' };
    expect(matches('attribute:ecs.cpu-architecture == arm64 and attribute:ecs.os-type == linux', graviton)).toBe(true);
    expect(matches('attribute:ecs.cpu-architecture == x86_64', graviton)).toBe(false);
  });
});

describe('and, or, not and parentheses', () => {
  const a = 'attribute:a exists';
  const b = 'attribute:b exists';
  const c = 'attribute:c exists';
  const instances: Record<string, string>[] = [{}, { a: '' }, { b: '' }, { a: '', b: '' }, { c: '' }, { a: '', c: '' }, { b: '', c: '' }, { a: '', b: '', c: '' }];

  it.each(instances)('truth tables hold for %o', (attributes) => {
    const A = 'a' in attributes;
    const B = 'b' in attributes;
    const C = 'c' in attributes;
    expect(matches(`${a} and ${b}`, attributes)).toBe(A && B);
    expect(matches(`${a} or ${b}`, attributes)).toBe(A || B);
    expect(matches(`not ${a}`, attributes)).toBe(!A);
    // and binds tighter than or; not binds tightest; parentheses override.
    expect(matches(`${a} or ${b} and ${c}`, attributes)).toBe(A || (B && C));
    expect(matches(`(${a} or ${b}) and ${c}`, attributes)).toBe((A || B) && C);
    expect(matches(`not ${a} and ${b}`, attributes)).toBe(!A && B);
    expect(matches(`not (${a} and ${b})`, attributes)).toBe(!(A && B));
    expect(matches(`not not ${a}`, attributes)).toBe(A);
  });

  it('builds left-associative trees', () => {
    expect(parsed(`${a} or ${b} or ${c}`)).toEqual({ kind: 'or', left: { kind: 'or', left: parsed(a), right: parsed(b) }, right: parsed(c) });
    expect(parsed(`${a} or ${b} and ${c}`)).toEqual({ kind: 'or', left: parsed(a), right: { kind: 'and', left: parsed(b), right: parsed(c) } });
  });
});

describe('malformed expressions say what is wrong and where', () => {
  it.each([
    ['', 'expected a condition such as attribute:ecs.instance-type == t3.large, found the end', 0],
    ['attribute:ecs.os-type = linux', '"=" is not an operator: compare with ==', 22],
    ['attribute:ecs.os-type', 'expected an operator after attribute:ecs.os-type (==, !=, in, !in, =~, !~, exists, !exists), found the end', 21],
    ['attribute:ecs.os-type linux', 'expected an operator after attribute:ecs.os-type (==, !=, in, !in, =~, !~, exists, !exists), found "l"', 22],
    ['attribute:ecs.os-type ==', 'expected a value after ==, found the end', 24],
    ['attribute:ecs.os-type == )', 'expected a value after ==, found ")"', 25],
    ['attribute: == x', 'the attribute name after "attribute:" is missing', 10],
    ['attribute:a:b == x', 'an attribute name cannot contain ":"', 11],
    [`attribute:${'n'.repeat(129)} exists`, 'the attribute name is 129 characters long; ECS allows 1 to 128', 10],
    ['instance-type == t3.large', 'unknown subject "instance-type": expected attribute:<name>, such as attribute:ecs.instance-type', 0],
    ['attribute:zone in us-east-1a', 'in takes a list such as [us-east-1a, us-east-1b], found "u"', 18],
    ['attribute:zone in []', 'the list is empty', 19],
    ['attribute:zone in [a b]', 'expected "," or "]" in the list opened at position 18, found "b"', 21],
    ['attribute:zone in [a,', 'expected a value after ",", found the end', 21],
    ['attribute:zone in [a', 'expected "," or "]" in the list opened at position 18, found the end', 20],
    ['attribute:zone == [a]', '== takes one value; use in to test a list', 18],
    ['attribute:zone > 3', '> orders agentVersion, registeredAt and runningTasksCount; an attribute takes ==, !=, in, !in, =~, !~, exists or !exists', 15],
    ['attribute:zone greater_than 3', 'greater_than orders agentVersion, registeredAt and runningTasksCount; an attribute takes ==, !=, in, !in, =~, !~, exists or !exists', 15],
    ["attribute:team == 'blue", "unterminated string: the ' at position 18 is never closed", 18],
    ['attribute:a constructor x', 'expected an operator after attribute:a (==, !=, in, !in, =~, !~, exists, !exists), found "c"', 12],
    ['attribute:a == b and', 'expected a condition such as attribute:ecs.instance-type == t3.large, found the end', 20],
    ['attribute:a == b attribute:c == d', 'expected and, or or the end of the expression, found "a"', 17],
    ['attribute:a == b AND attribute:c == d', 'expected and, or or the end of the expression, found "A"', 17],
    ['attribute:a == b & attribute:c == d', 'expected and, or or the end of the expression, found "&"', 17],
    ['(attribute:a == b', 'missing ")" for the "(" at position 0, found the end', 17],
    ['attribute:a == b)', 'unmatched ")"', 16],
    ['not(attribute:a == b', 'missing ")" for the "(" at position 3, found the end', 20],
  ])('%j → %s at %i', (text, error, position) => {
    expect(parsePlacementExpression(text)).toEqual({ ok: false, error, position });
  });

  it('refuses a =~ pattern JavaScript cannot compile, pointing at the pattern', () => {
    const result = parsePlacementExpression('attribute:type =~ "t3(["');
    expect(result).toMatchObject({ ok: false, position: 18 });
    expect(!result.ok && result.error).toMatch(/^"t3\(\[" is not a regular expression Isomorph can run: /);
    // Java-only syntax is refused rather than misread (attributePattern.ts).
    for (const javaOnly of ['(?i)T3.*', 't3.*+', '(?>t3)', '\\At3', '\\Qt3.large\\E', '[a-z&&[^e]].*']) {
      expect(parsePlacementExpression(`attribute:type =~ "${javaOnly}"`)).toMatchObject({ ok: false, position: 18 });
    }
  });

  it('refuses expressions longer than ECS allows (2,000 characters)', () => {
    const long = `attribute:a == ${'x'.repeat(1986)}`;
    expect(long.length).toBe(2001);
    expect(parsePlacementExpression(long)).toEqual({ ok: false, error: 'the expression is 2001 characters long; ECS allows at most 2000', position: 2000 });
    expect(parsePlacementExpression(long.slice(0, 2000)).ok).toBe(true);
  });

  it('refuses nesting deeper than 100 levels instead of exhausting the stack', () => {
    const deep = `${'('.repeat(101)}attribute:a exists${')'.repeat(101)}`;
    expect(parsePlacementExpression(deep)).toEqual({ ok: false, error: 'the expression nests deeper than 100 levels', position: 101 });
    expect(parsePlacementExpression(`${'('.repeat(100)}attribute:a exists${')'.repeat(100)}`).ok).toBe(true);
  });
});

describe('properties', () => {
  const fragments = ['attribute:', 'a', 'ecs.instance-type', ' ', '==', '!=', '=~', '!~', 'in', '!in', 'exists', '!', 'not', 'and', 'or',
    '&&', '||', '(', ')', '[', ']', ',', "'", '"', 't3.*', '*', '=', '>', 'task:group', 'x'];
  const languageLike = fc.array(fc.constantFrom(...fragments), { maxLength: 25 }).map((parts) => parts.join(''));

  it('parse never throws, and failures point inside the text or just past its end', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), languageLike), (text) => {
        const result = parsePlacementExpression(text);
        if (!result.ok) {
          expect(result.position).toBeGreaterThanOrEqual(0);
          expect(result.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  // Random trees, printed by hand here (fully parenthesised), parse back to themselves.
  const name = fc.constantFrom('ecs.instance-type', 'ecs.availability-zone', 'stack', 'team/owner');
  const value = fc.constantFrom('t3.large', 'us-east-1a', 'prod', 'blue team', "it's");
  const condition: fc.Arbitrary<PlacementExpression> = fc.oneof(
    fc.record({ kind: fc.constant('condition' as const), attribute: name, operator: fc.constantFrom('==' as const, '!=' as const), value }),
    fc.record({ kind: fc.constant('condition' as const), attribute: name, operator: fc.constantFrom('=~' as const, '!~' as const), value: fc.constantFrom('t3.*', '(a|b)') }),
    fc.record({ kind: fc.constant('condition' as const), attribute: name, operator: fc.constantFrom('in' as const, '!in' as const), values: fc.array(value, { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('condition' as const), attribute: name, operator: fc.constantFrom('exists' as const, '!exists' as const) }),
  );
  const { tree } = fc.letrec<{ tree: PlacementExpression }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition,
      fc.record({ kind: fc.constant('not' as const), operand: tie('tree') }),
      fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('tree'), right: tie('tree') }),
    ),
  }));
  const quote = (text: string) => (text.includes("'") ? `"${text}"` : `'${text}'`);
  function print(expression: PlacementExpression): string {
    switch (expression.kind) {
      case 'not':
        return `not (${print(expression.operand)})`;
      case 'and':
      case 'or':
        return `(${print(expression.left)}) ${expression.kind} (${print(expression.right)})`;
      case 'condition':
        if ('values' in expression) return `attribute:${expression.attribute} ${expression.operator} [${expression.values.map(quote).join(', ')}]`;
        if ('value' in expression) return `attribute:${expression.attribute} ${expression.operator} ${quote(expression.value)}`;
        return `attribute:${expression.attribute} ${expression.operator}`;
    }
  }

  it('printing a tree and parsing it gives the tree back', () => {
    fc.assert(fc.property(tree, (expression) => {
      expect(parsePlacementExpression(print(expression))).toEqual({ ok: true, expression });
    }));
  });

  it('x != v is "x exists and not x == v"; x !in L is "x exists and not x in L"', () => {
    const attributes = fc.dictionary(fc.constantFrom('stack', 'zone'), fc.constantFrom('prod', 'dev', 'qa'));
    fc.assert(
      fc.property(attributes, fc.constantFrom('stack', 'zone'), fc.constantFrom('prod', 'dev'), (instance, key, v) => {
        expect(matches(`attribute:${key} != ${v}`, instance)).toBe(matches(`attribute:${key} exists and not attribute:${key} == ${v}`, instance));
        expect(matches(`attribute:${key} !in [${v}, qa]`, instance)).toBe(
          matches(`attribute:${key} exists and not attribute:${key} in [${v}, qa]`, instance),
        );
      }),
    );
  });
});
