// Whether a container instance satisfies a parsed memberOf expression, given its attributes
// (built-in ecs.* ones and custom ones, by name without the attribute: prefix).

import { matchesWhole } from './attributePattern';
import type { AttributeCondition, PlacementExpression } from './queryAst';

/**
 * Evaluates an expression against one instance's attributes. An attribute without a value is
 * present with the value ''.
 * @example
 * // expression = parsePlacementExpression('attribute:ecs.instance-type in [t3.micro, t3.small]').expression
 * evaluatePlacementExpression(expression, { 'ecs.instance-type': 't3.small', 'ecs.os-type': 'linux' }) // → true
 * evaluatePlacementExpression(expression, { 'ecs.instance-type': 'm5.large' })                        // → false
 */
export function evaluatePlacementExpression(expression: PlacementExpression, attributes: Readonly<Record<string, string>>): boolean {
  switch (expression.kind) {
    case 'and':
      return evaluatePlacementExpression(expression.left, attributes) && evaluatePlacementExpression(expression.right, attributes);
    case 'or':
      return evaluatePlacementExpression(expression.left, attributes) || evaluatePlacementExpression(expression.right, attributes);
    case 'not':
      return !evaluatePlacementExpression(expression.operand, attributes);
    case 'condition':
      return holds(expression, attributes);
  }
}

function holds(condition: AttributeCondition, attributes: Readonly<Record<string, string>>): boolean {
  const present = Object.hasOwn(attributes, condition.attribute);
  if (condition.operator === 'exists') return present;
  if (condition.operator === '!exists') return !present;
  // The negative operators also need the attribute: "attribute:stack != prod" lists "the instances
  // with the custom attribute "stack" unless the attribute value is "prod"" (ECS DG,
  // task-placement-constraints.md, "Exclude an attribute value"). !in and !~ are taken to behave
  // alike (inferred). not(…) is plain negation, so not(attribute:stack == prod) does keep instances
  // without the attribute.
  if (!present) return false;
  const value = attributes[condition.attribute];
  switch (condition.operator) {
    case '==':
      return value === condition.value;
    case '!=':
      return value !== condition.value;
    case 'in':
      return condition.values.includes(value);
    case '!in':
      return !condition.values.includes(value);
    case '=~':
      return matchesWhole(condition.value, value);
    case '!~':
      return !matchesWhole(condition.value, value);
  }
}
