// The parsed form of a memberOf expression: plain data, so it can be stored in a scenario, cloned
// across the worker boundary and shown back to the learner.

/** The attribute operators, in their symbolic spelling (`equals` parses to `==`, `not_in` to `!in`, …). */
export type AttributeOperator = '==' | '!=' | '=~' | '!~' | 'in' | '!in' | 'exists' | '!exists';

/** One `attribute:<name> <operator> [argument]` test. */
export type AttributeCondition =
  | { readonly kind: 'condition'; readonly attribute: string; readonly operator: '==' | '!=' | '=~' | '!~'; readonly value: string }
  | { readonly kind: 'condition'; readonly attribute: string; readonly operator: 'in' | '!in'; readonly values: readonly string[] }
  | { readonly kind: 'condition'; readonly attribute: string; readonly operator: 'exists' | '!exists' };

export type PlacementExpression =
  | AttributeCondition
  | { readonly kind: 'not'; readonly operand: PlacementExpression }
  | { readonly kind: 'and'; readonly left: PlacementExpression; readonly right: PlacementExpression }
  | { readonly kind: 'or'; readonly left: PlacementExpression; readonly right: PlacementExpression };

export type PlacementParse =
  | { ok: true; expression: PlacementExpression }
  | { ok: false; error: string; /** 0-based offset of the character where the problem starts. */ position: number };
