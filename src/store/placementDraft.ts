// The Placement form's drafts and what they send: placementStrategy rules and placementConstraints,
// applied with UpdateService (which replaces each list whole and starts a new deployment). Pure:
// the form keeps a draft, this turns it into a ServicePatch and reads errors back onto its rows.

import { parsePlacementExpression } from '../sim';
import type { PlacementConstraintSpec, PlacementStrategySpec, Scenario } from '../sim';
import type { ServicePatch } from './servicePatch';

/** "four strategy rules per service", "a maximum of 10 constraints per task" (reference/ecs.md §6). */
export const MAX_STRATEGY_RULES = 4;
export const MAX_CONSTRAINTS = 10;

export type StrategyType = PlacementStrategySpec['type'];
export type ConstraintType = PlacementConstraintSpec['type'];

/** One strategy rule as typed: `field` is binpack's cpu / memory, spread's field, unused for random. */
export interface StrategyRow {
  type: StrategyType;
  field: string;
}

/** One constraint as typed: `expression` is memberOf's, unused for distinctInstance. */
export interface ConstraintRow {
  type: ConstraintType;
  expression: string;
}

export interface PlacementDraft {
  strategy: StrategyRow[];
  constraints: ConstraintRow[];
}

type PlacedService = Pick<Scenario['service'], 'launchType' | 'capacityProviderStrategy' | 'placementStrategy' | 'placementConstraints'>;

/** The field each rule type starts with when the learner picks it. */
export const DEFAULT_FIELD: Record<StrategyType, string> = { binpack: 'memory', spread: 'attribute:ecs.availability-zone', random: '' };

/** Fields a spread rule commonly uses; any `attribute:<name>` is allowed. */
export const SPREAD_FIELDS = ['attribute:ecs.availability-zone', 'instanceId', 'host', 'attribute:ecs.instance-type', 'attribute:ecs.cpu-architecture'] as const;

/**
 * Whether the service's tasks run on Fargate, where ECS refuses placement strategies and
 * constraints ("Task placement strategies and constraints aren't supported for tasks using the
 * Fargate launch type.", reference/ecs.md §6).
 */
export function runsOnFargate(service: Pick<Scenario['service'], 'launchType' | 'capacityProviderStrategy'>): boolean {
  if (service.launchType !== null) return service.launchType === 'FARGATE';
  return service.capacityProviderStrategy.some((item) => item.capacityProvider === 'FARGATE' || item.capacityProvider === 'FARGATE_SPOT');
}

export function placementDraftOf(service: PlacedService): PlacementDraft {
  return {
    strategy: service.placementStrategy.map((rule) => ({ type: rule.type, field: 'field' in rule ? rule.field : '' })),
    constraints: service.placementConstraints.map((c) => ({ type: c.type, expression: c.type === 'memberOf' ? c.expression : '' })),
  };
}

/**
 * A rule as the API takes it. A binpack field other than cpu / memory and a spread field are sent
 * as typed, so the validator names them (`service.placementStrategy.0.field: …`).
 */
function strategySpecOf(row: StrategyRow): PlacementStrategySpec {
  switch (row.type) {
    case 'binpack':
      return { type: 'binpack', field: row.field as 'cpu' | 'memory' };
    case 'spread':
      return { type: 'spread', field: row.field.trim() };
    case 'random':
      return { type: 'random' };
  }
}

function constraintSpecOf(row: ConstraintRow): PlacementConstraintSpec {
  return row.type === 'memberOf' ? { type: 'memberOf', expression: row.expression } : { type: 'distinctInstance' };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The UpdateService fields that differ from what the service runs with: each list whole, or
 * nothing when the draft says what is already in force.
 * @example placementPatchOf({ strategy: [{ type: 'binpack', field: 'memory' }], constraints: [] }, service)
 * // → { placementStrategy: [{ type: 'binpack', field: 'memory' }] } (constraints unchanged)
 */
export function placementPatchOf(draft: PlacementDraft, live: PlacedService): ServicePatch {
  const patch: ServicePatch = {};
  const strategy = draft.strategy.map(strategySpecOf);
  const constraints = draft.constraints.map(constraintSpecOf);
  if (!sameJson(strategy, live.placementStrategy)) patch.placementStrategy = strategy;
  if (!sameJson(constraints, live.placementConstraints)) patch.placementConstraints = constraints;
  return patch;
}

/** A memberOf expression's syntax error and the 0-based character where it starts, or null. */
export function expressionProblem(expression: string): { message: string; position: number } | null {
  const parsed = parsePlacementExpression(expression);
  return parsed.ok ? null : { message: parsed.error, position: parsed.position };
}

/** Which row of the form an error line is about: `strategy.1`, `constraints.0`, or the whole list. */
export function placementErrorTarget(error: string): string | null {
  const match = /^service\.(placementStrategy|placementConstraints)(?:\.(\d+))?[.:]/.exec(error);
  if (match === null) return null;
  const list = match[1] === 'placementStrategy' ? 'strategy' : 'constraints';
  return match[2] === undefined ? list : `${list}.${match[2]}`;
}

/** `rows` with the row at `index` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
