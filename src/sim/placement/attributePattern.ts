// The =~ / !~ operand: ECS documents "Java regular expression syntax" (java.util.regex.Pattern;
// reference/ecs.md §6.2). Isomorph runs it as a JavaScript RegExp in unicode mode (flag u), which
// agrees with Java on the common core (classes, quantifiers, alternation, groups, \d \w \s \.) and
// refuses, rather than misreads, most of what differs:
//  - Java-only, refused: possessive quantifiers (a*+), atomic groups ((?>…)), inline flags ((?i)),
//    \A \Z \z, \Q…\E quoting, class intersection ([a-z&&[^e]]), POSIX brackets ([[:alpha:]]).
//    Without flag u, JavaScript would read \A, \Q and [a-z&&[^e]] as literals and classes instead.
//  - Refused although Java accepts it: a backslash before a character that needs none (\-); write it bare.
//  - Same spelling, wider meaning: \p{Alpha} is ASCII-only in Java, Unicode Alphabetic here.
// Matching is whole-value, as Java's String.matches is (inferred: the DG examples write g2.* and
// t2.*, which would not need the .* if a partial match were enough).

/** The compile error for a pattern, or null when it compiles. */
export function patternError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const compiled = new Map<string, RegExp>();

/** Whether the whole value matches the pattern. The pattern must have passed patternError. */
export function matchesWhole(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, regex);
  }
  return regex.test(value);
}
