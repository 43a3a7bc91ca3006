// The Cluster form's drafts and what applying them does. ECS cannot change a running service's
// launch type, network or its cluster's instances, so those restart the scenario with the change
// (reconfigureScenario.ts); a capacity provider strategy on a service that already has one is an
// UpdateService field ("changing it starts a new deployment"). Pure: the form keeps a draft, this
// turns it into a plan, names the field of every problem and computes the numbers shown live.

import { distributeTasks, findInstanceType, parseCidr, taskEniLimit, usableIpCount, vpcCniMaxPods } from '../sim';
import type { LaunchType, Scenario, ScenarioInput } from '../sim';
import type { ScenarioChange } from './reconfigureScenario';
import type { ServicePatch } from './servicePatch';

export const LAUNCH_TYPES: readonly LaunchType[] = ['FARGATE', 'EC2', 'EXTERNAL'];
/** Isomorph models at most 500 container instances (scenario/clusterSchema.ts). */
const MAX_CONTAINER_INSTANCES = 500;
/** "A capacity provider strategy can contain a maximum of 20 capacity providers." */
export const MAX_STRATEGY_ITEMS = 20;

export type CapacityMode = 'launchType' | 'capacityProviderStrategy';

/** One capacity provider strategy item as typed; an empty base or weight takes the API's default, 0. */
export interface StrategyItemRow {
  capacityProvider: string;
  base: string;
  weight: string;
}

/** `count` container instances of one type, spread over the subnets' zones in turn by the simulation. */
export interface InstanceRow {
  instanceType: string;
  count: string;
  /** Custom attributes as typed: `stack=prod, team=web`. */
  attributes: string;
  /** ECS Anywhere (`ecs.capability.external`): runs EXTERNAL tasks only. */
  external: boolean;
}

export interface SubnetRow {
  subnetId: string;
  availabilityZone: string;
  cidr: string;
}

export interface ClusterDraft {
  mode: CapacityMode;
  launchType: LaunchType;
  strategy: StrategyItemRow[];
  instances: InstanceRow[];
  awsvpcTrunking: boolean;
  subnets: SubnetRow[];
}

/** A problem with the draft: the form field it marks (`subnets.0.cidr`) and the line shown, path first. */
export interface DraftError {
  target: string;
  line: string;
}

/** What fields a restart removes because the new launch type does not allow them. */
export type Dropped = 'placement' | 'networkConfiguration';

export type ClusterPlan =
  | { kind: 'none' }
  | { kind: 'invalid'; errors: DraftError[] }
  /** The service already has a strategy and only the strategy changes: UpdateService. */
  | { kind: 'update'; patch: ServicePatch }
  | { kind: 'restart'; change: ScenarioChange; dropped: Dropped[] };

const isFargateProvider = (name: string) => name === 'FARGATE' || name === 'FARGATE_SPOT';
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function attributesText(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

/**
 * Reads `stack=prod, team=web`. A piece without `=` or without a name is refused; names and
 * values are left to the scenario validator, which names the attribute.
 */
export function parseAttributes(text: string): { ok: true; attributes: Record<string, string> } | { ok: false; piece: string } {
  const attributes: Record<string, string> = {};
  for (const piece of text.split(',')) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) return { ok: false, piece: trimmed };
    attributes[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1).trim();
  }
  return { ok: true, attributes };
}

/**
 * The form's rows for what the scenario runs now: instances of the same type, kind and attributes
 * in one row (their zones are the simulation's round-robin, so a row does not keep them).
 */
export function clusterDraftOf(scenario: Scenario): ClusterDraft {
  const { service, cluster } = scenario;
  const instances: InstanceRow[] = [];
  const counts: number[] = [];
  for (const ci of cluster.containerInstances) {
    const row: InstanceRow = { instanceType: ci.instanceType, count: '1', attributes: attributesText(ci.attributes), external: ci.external };
    const same = instances.findIndex((r) => r.instanceType === row.instanceType && r.attributes === row.attributes && r.external === row.external);
    if (same === -1) {
      instances.push(row);
      counts.push(1);
    } else {
      counts[same] += 1;
    }
  }
  return {
    mode: service.launchType === null ? 'capacityProviderStrategy' : 'launchType',
    launchType: service.launchType ?? 'FARGATE',
    strategy:
      service.capacityProviderStrategy.length > 0
        ? service.capacityProviderStrategy.map((item) => ({ capacityProvider: item.capacityProvider, base: String(item.base), weight: String(item.weight) }))
        : [{ capacityProvider: 'FARGATE', base: '0', weight: '1' }],
    instances: instances.map((row, i) => ({ ...row, count: String(counts[i]) })),
    awsvpcTrunking: cluster.awsvpcTrunking,
    subnets: cluster.subnets.map((s) => ({ subnetId: s.subnetId, availabilityZone: s.availabilityZone, cidr: s.cidr })),
  };
}

/** Reads a count: a whole number typed without sign or decimals, or null. */
export function countOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/** An optional whole-number field: empty takes the API default (left out); anything else is sent as typed for the validator. */
function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

/** A CIDR field as typed: its parse error with the position in the text as typed (leading spaces counted), or its block. */
export function cidrField(text: string): { ok: true; cidr: string; usable: number } | { ok: false; error: string; position: number } {
  const lead = text.length - text.trimStart().length;
  const parsed = parseCidr(text.trim());
  if (!parsed.ok) return { ok: false, error: parsed.error, position: parsed.position + lead };
  return { ok: true, cidr: parsed.cidr.text, usable: usableIpCount(parsed.cidr) };
}

/** The strategy as UpdateService / CreateService take it. */
function strategyItemsOf(rows: readonly StrategyItemRow[]): { capacityProvider: string; base?: number; weight?: number }[] {
  return rows.map((row) => {
    const base = optionalNumber(row.base);
    const weight = optionalNumber(row.weight);
    return { capacityProvider: row.capacityProvider, ...(base !== undefined && { base }), ...(weight !== undefined && { weight }) };
  });
}

/** The instance rows as scenario input, one entry per instance, zones left to the simulation. */
function instancesOf(draft: ClusterDraft, errors: DraftError[]): NonNullable<NonNullable<ScenarioInput['cluster']>['containerInstances']> {
  const out: NonNullable<NonNullable<ScenarioInput['cluster']>['containerInstances']> = [];
  draft.instances.forEach((row, r) => {
    const count = countOf(row.count);
    if (count === null) {
      errors.push({ target: `instances.${r}.count`, line: `cluster.containerInstances: ${row.instanceType} × "${row.count}": the count must be a whole number` });
      return;
    }
    const attributes = parseAttributes(row.attributes);
    if (!attributes.ok) {
      errors.push({ target: `instances.${r}.attributes`, line: `cluster.containerInstances.${out.length}.attributes: "${attributes.piece}" must be written name=value` });
      return;
    }
    const hasAttributes = Object.keys(attributes.attributes).length > 0;
    for (let n = 0; n < count && out.length <= MAX_CONTAINER_INSTANCES; n++) {
      out.push({ instanceType: row.instanceType, ...(hasAttributes && { attributes: { ...attributes.attributes } }), ...(row.external && { external: true }) });
    }
  });
  const total = draft.instances.reduce((sum, row) => sum + (countOf(row.count) ?? 0), 0);
  if (total > MAX_CONTAINER_INSTANCES) {
    errors.push({ target: 'instances', line: `cluster.containerInstances: ${total} instances; Isomorph models at most ${MAX_CONTAINER_INSTANCES} container instances` });
  }
  return out;
}

/** Rows compared by what they mean: counts as numbers, attributes as parsed. */
function instancesKey(rows: readonly InstanceRow[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const attributes = parseAttributes(row.attributes);
      return [row.instanceType, countOf(row.count), attributes.ok ? attributes.attributes : row.attributes, row.external];
    }),
  );
}

/** Whether the draft's capacity runs on Fargate, where placement rules are refused. */
export function draftRunsOnFargate(draft: ClusterDraft): boolean {
  return draft.mode === 'launchType' ? draft.launchType === 'FARGATE' : draft.strategy.some((row) => isFargateProvider(row.capacityProvider));
}

/**
 * What applying `draft` does, given the scenario the simulation resolved (`live`) and the input as
 * the learner wrote it (`input`, whose networkConfiguration a switch to EXTERNAL must drop).
 * Only what differs from `live` is changed, so an untouched part keeps its exact layout.
 */
export function planCluster(draft: ClusterDraft, live: Scenario, input: ScenarioInput): ClusterPlan {
  const errors: DraftError[] = [];
  const liveDraft = clusterDraftOf(live);

  const cluster: NonNullable<ScenarioChange['cluster']> = {};
  const subnets = draft.subnets.map((row, i) => {
    const parsed = cidrField(row.cidr);
    if (!parsed.ok) {
      // parseCluster's own wording, so the form and a scenario file say the same.
      errors.push({ target: `subnets.${i}.cidr`, line: `cluster.subnets.${i}.cidr: ${parsed.error} (at character ${parsed.position + 1})` });
    }
    return { subnetId: row.subnetId, cidr: row.cidr.trim(), availabilityZone: row.availabilityZone };
  });
  if (subnets.some((s, i) => s.cidr !== live.cluster.subnets[i]?.cidr)) cluster.subnets = subnets;
  const containerInstances = instancesOf(draft, errors);
  if (instancesKey(draft.instances) !== instancesKey(liveDraft.instances)) cluster.containerInstances = containerInstances;
  if (draft.awsvpcTrunking !== live.cluster.awsvpcTrunking) cluster.awsvpcTrunking = draft.awsvpcTrunking;
  if (errors.length > 0) return { kind: 'invalid', errors };

  const service: NonNullable<ScenarioChange['service']> = {};
  const strategy = strategyItemsOf(draft.strategy);
  const liveStrategy = live.service.capacityProviderStrategy;
  const strategyChanged = !sameJson(
    strategy.map((item) => ({ capacityProvider: item.capacityProvider, base: item.base ?? 0, weight: item.weight ?? 0 })),
    liveStrategy,
  );
  if (draft.mode === 'launchType' && draft.launchType !== live.service.launchType) service.launchType = draft.launchType;
  if (draft.mode === 'capacityProviderStrategy' && (live.service.launchType !== null || strategyChanged)) service.capacityProviderStrategy = strategy;
  const dropped: Dropped[] = [];
  const hasPlacement = live.service.placementStrategy.length > 0 || live.service.placementConstraints.length > 0;
  if (draftRunsOnFargate(draft) && hasPlacement) {
    // "Task placement strategies and constraints aren't supported for tasks using the Fargate launch type."
    service.placementStrategy = [];
    service.placementConstraints = [];
    dropped.push('placement');
  }
  if (draft.mode === 'launchType' && draft.launchType === 'EXTERNAL' && input.service?.networkConfiguration !== undefined) {
    // ECS Anywhere: "The awsvpc network mode isn't supported." (reference/ecs.md §7)
    service.networkConfiguration = undefined;
    dropped.push('networkConfiguration');
  }

  const clusterChanged = Object.keys(cluster).length > 0;
  const serviceKeys = Object.keys(service);
  if (!clusterChanged && serviceKeys.length === 0) return { kind: 'none' };
  if (!clusterChanged && live.service.launchType === null && serviceKeys.length === 1 && service.capacityProviderStrategy !== undefined) {
    return { kind: 'update', patch: { capacityProviderStrategy: strategy } };
  }
  return { kind: 'restart', change: { ...(clusterChanged && { cluster }), ...(serviceKeys.length > 0 && { service }) }, dropped };
}

/** The row of `draft.instances` that holds the `index`th container instance, or -1. */
function rowOfInstance(draft: ClusterDraft, index: number): number {
  let seen = 0;
  for (let r = 0; r < draft.instances.length; r++) {
    seen += countOf(draft.instances[r].count) ?? 0;
    if (index < seen) return r;
  }
  return -1;
}

/** Which field of the form a validation line is about, or null when none of its fields is. */
export function clusterErrorTarget(line: string, draft: ClusterDraft): string | null {
  let m = /^cluster\.subnets\.(\d+)\./.exec(line);
  if (m) return `subnets.${m[1]}.cidr`;
  m = /^cluster\.containerInstances\.(\d+)(\.attributes)?/.exec(line);
  if (m) {
    const row = rowOfInstance(draft, Number(m[1]));
    return row === -1 ? 'instances' : `instances.${row}.${m[2] ? 'attributes' : 'instanceType'}`;
  }
  if (/^cluster\.containerInstances[.:]/.test(line)) return 'instances';
  if (/^cluster\.awsvpcTrunking[.:]/.test(line)) return 'awsvpcTrunking';
  m = /^service\.capacityProviderStrategy\.(\d+)\.(capacityProvider|base|weight)/.exec(line);
  if (m) return `strategy.${m[1]}.${m[2]}`;
  if (/^service\.capacityProviderStrategy[.:]/.test(line)) return 'strategy';
  if (/^service\.(launchType|placementStrategy|placementConstraints|networkConfiguration|loadBalancer)[.:]/.test(line)) {
    return draft.mode === 'launchType' ? 'launchType' : 'strategy';
  }
  return null;
}

// ---- Numbers shown beside the inputs ---------------------------------------------------------

export interface InstanceNumbers {
  vCpu: number;
  memoryMiB: number;
  /** awsvpc tasks per instance without and with trunking (taskEniLimit). */
  taskEnis: number;
  taskEnisTrunked: number;
  trunkingSupported: boolean;
  /** The twin's EKS node: VPC CNI max pods. */
  maxPods: number;
}

/** The catalog's numbers for one instance type, or null for a type outside it. */
export function instanceNumbers(instanceType: string): InstanceNumbers | null {
  const found = findInstanceType(instanceType);
  if (!found.ok) return null;
  const taskEnis = taskEniLimit(instanceType, { trunking: false });
  const taskEnisTrunked = taskEniLimit(instanceType, { trunking: true });
  return {
    vCpu: found.spec.vCpu,
    memoryMiB: found.spec.memoryMiB,
    taskEnis,
    taskEnisTrunked,
    trunkingSupported: found.spec.trunking.supported,
    maxPods: vpcCniMaxPods(instanceType),
  };
}

export interface CapacityNumbers {
  /** EC2 container instances (not external). */
  instances: number;
  /** awsvpc tasks the EC2 instances hold by ENIs, with the draft's trunking setting. */
  awsvpcTasks: number;
  /** ECS Anywhere instances. */
  external: number;
  /** Pods the twin's EKS nodes take (VPC CNI max pods, summed). */
  maxPods: number;
  /** Usable addresses over every subnet whose CIDR parses. */
  usableAddresses: number;
}

/** The draft's totals, skipping rows that do not parse yet. */
export function capacityNumbers(draft: ClusterDraft): CapacityNumbers {
  const totals: CapacityNumbers = { instances: 0, awsvpcTasks: 0, external: 0, maxPods: 0, usableAddresses: 0 };
  for (const row of draft.instances) {
    const count = countOf(row.count) ?? 0;
    const numbers = instanceNumbers(row.instanceType);
    if (numbers === null || count === 0) continue;
    if (row.external) {
      totals.external += count;
      continue;
    }
    totals.instances += count;
    totals.awsvpcTasks += count * (draft.awsvpcTrunking ? numbers.taskEnisTrunked : numbers.taskEnis);
    totals.maxPods += count * numbers.maxPods;
  }
  for (const row of draft.subnets) {
    const parsed = cidrField(row.cidr);
    if (parsed.ok) totals.usableAddresses += parsed.usable;
  }
  return totals;
}

/**
 * How the strategy rows would split `desiredCount` tasks over their providers (base, then weight),
 * or null while a row does not read as numbers or the strategy is one ECS refuses.
 * @example strategySplit([{ capacityProvider: 'FARGATE', base: '2', weight: '1' }, { capacityProvider: 'FARGATE_SPOT', base: '', weight: '4' }], 12)
 * // → { FARGATE: 4, FARGATE_SPOT: 8 }
 */
export function strategySplit(rows: readonly StrategyItemRow[], desiredCount: number): Record<string, number> | null {
  const items = rows.map((row) => ({ capacityProvider: row.capacityProvider, base: Number(row.base || 0), weight: Number(row.weight || 0) }));
  const split = distributeTasks(items, desiredCount);
  return split.ok ? split.tasks : null;
}
