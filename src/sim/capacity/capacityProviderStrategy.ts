// A capacity provider strategy's base and weight: how many of a service's tasks go to each
// provider (ECS DG cluster-capacity-providers.html; API CapacityProviderStrategyItem; reference/ecs.md §7).

export interface CapacityProviderStrategyItem {
  readonly capacityProvider: string;
  /** Tasks, at a minimum, on this provider; 0–100,000, default 0 (API CapacityProviderStrategyItem.base). */
  readonly base?: number;
  /** Relative share after the base; 0–1,000, default 0 through the API (API CapacityProviderStrategyItem.weight). */
  readonly weight?: number;
}

export type TaskDistribution = { ok: true; tasks: Record<string, number> } | { ok: false; error: string };

const MAX_BASE = 100_000; // "Valid range: 0 to 100,000" (API CapacityProviderStrategyItem.base)
const MAX_WEIGHT = 1_000; // "Valid range: 0 to 1,000" (API CapacityProviderStrategyItem.weight)
// "A capacity provider strategy can contain a maximum of 20 capacity providers." (API-now, reference/ecs.md §7)
const MAX_ITEMS = 20;

/**
 * Splits `count` new tasks over a strategy, given how many of the service's tasks each provider
 * already runs. The base comes first: "The minimum number of tasks specified by the base value are
 * placed on that capacity provider"; then "additional tasks are distributed according to weight
 * ratios" (API CapacityProviderStrategyItem, "Task distribution logic").
 *
 * AWS does not document where a remainder goes when the weights do not divide the tasks evenly
 * (inferred): each task in turn goes to the provider that is furthest below its weighted share,
 * counting the tasks above the base, so the split matches the ratio whenever it can; a tie goes to
 * the provider listed first.
 * @example distributeTasks([{ capacityProvider: 'FARGATE', base: 2, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 4 }], 12)
 * // → { ok: true, tasks: { FARGATE: 4, FARGATE_SPOT: 8 } }
 */
export function distributeTasks(
  strategy: readonly CapacityProviderStrategyItem[],
  count: number,
  alreadyRunning: Readonly<Record<string, number>> = {},
): TaskDistribution {
  const problem = strategyError(strategy);
  if (problem !== null) return { ok: false, error: problem };
  const running = new Map(strategy.map((item) => [item.capacityProvider, alreadyRunning[item.capacityProvider] ?? 0]));
  const tasks: Record<string, number> = Object.fromEntries(strategy.map((item) => [item.capacityProvider, 0]));
  for (let n = 0; n < count; n++) {
    const provider = nextProvider(strategy, running);
    running.set(provider, (running.get(provider) ?? 0) + 1);
    tasks[provider] += 1;
  }
  return { ok: true, tasks };
}

function nextProvider(strategy: readonly CapacityProviderStrategyItem[], running: ReadonlyMap<string, number>): string {
  const withBase = strategy.find((item) => (item.base ?? 0) > 0);
  if (withBase && (running.get(withBase.capacityProvider) ?? 0) < (withBase.base ?? 0)) return withBase.capacityProvider;
  let best: CapacityProviderStrategyItem | null = null;
  let bestLoad = Infinity;
  for (const item of strategy) {
    const weight = item.weight ?? 0;
    // "any capacity providers with a weight of 0 can't be used to place tasks" (API CapacityProviderStrategyItem.weight)
    if (weight === 0) continue;
    const aboveBase = (running.get(item.capacityProvider) ?? 0) - (item.base ?? 0);
    const load = (Math.max(0, aboveBase) + 1) / weight;
    if (load < bestLoad) {
      best = item;
      bestLoad = load;
    }
  }
  // strategyError guarantees one weight above 0.
  return (best as CapacityProviderStrategyItem).capacityProvider;
}

/**
 * Why ECS would refuse this strategy, or null. Wording is AWS's where a real message is known,
 * otherwise plain and marked inferred.
 * @example strategyError([{ capacityProvider: 'A', base: 1 }, { capacityProvider: 'B', base: 1, weight: 1 }])
 * // → 'Only one capacity provider in a capacity provider strategy can have a base defined.'
 */
export function strategyError(strategy: readonly CapacityProviderStrategyItem[]): string | null {
  if (strategy.length === 0) return 'A capacity provider strategy must contain at least one capacity provider. (inferred wording)';
  if (strategy.length > MAX_ITEMS) return `A capacity provider strategy can contain a maximum of ${MAX_ITEMS} capacity providers.`;
  const names = strategy.map((item) => item.capacityProvider);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) return `The capacity provider ${repeated} appears more than once in the strategy. (inferred wording)`;
  for (const item of strategy) {
    const { base = 0, weight = 0 } = item;
    if (!Number.isInteger(base) || base < 0 || base > MAX_BASE) {
      return `The base for ${item.capacityProvider} is ${base}; the valid range is 0 to 100,000. (inferred wording)`;
    }
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_WEIGHT) {
      return `The weight for ${item.capacityProvider} is ${weight}; the valid range is 0 to 1,000. (inferred wording)`;
    }
  }
  // Sentence from the API reference: "Only one capacity provider in a capacity provider strategy can have a base defined."
  if (strategy.filter((item) => (item.base ?? 0) > 0).length > 1) {
    return 'Only one capacity provider in a capacity provider strategy can have a base defined.';
  }
  // Real InvalidParameterException text for a default strategy with all weights 0
  // (terraform-aws-modules/terraform-aws-ecs#27), said here of the strategy given.
  if (strategy.every((item) => (item.weight ?? 0) === 0)) {
    return 'There are no capacity providers with a weight value greater than zero defined in the capacity provider strategy. At least one capacity provider must have a weight value greater than zero specified.';
  }
  return null;
}
