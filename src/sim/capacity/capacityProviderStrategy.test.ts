import { describe, expect, it } from 'vitest';
import { distributeTasks, strategyError } from './capacityProviderStrategy';

describe('distributeTasks', () => {
  it('puts the base on its provider first, then splits the rest 1:4 (reference/ecs.md §7 worked example)', () => {
    const strategy = [
      { capacityProvider: 'FARGATE', base: 2, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 4 },
    ];
    // 2 base + the remaining 10 split 1:4 → 2 + 8.
    expect(distributeTasks(strategy, 12)).toEqual({ ok: true, tasks: { FARGATE: 4, FARGATE_SPOT: 8 } });
  });

  it('"for every one task that\'s run using capacityProviderA, four tasks would use capacityProviderB" (API weight)', () => {
    const strategy = [
      { capacityProvider: 'capacityProviderA', weight: 1 },
      { capacityProvider: 'capacityProviderB', weight: 4 },
    ];
    expect(distributeTasks(strategy, 5)).toEqual({ ok: true, tasks: { capacityProviderA: 1, capacityProviderB: 4 } });
    expect(distributeTasks(strategy, 10)).toEqual({ ok: true, tasks: { capacityProviderA: 2, capacityProviderB: 8 } });
  });

  it('"both have a weight of 1 … the tasks will be split evenly" after the base (API weight)', () => {
    const strategy = [
      { capacityProvider: 'A', base: 1, weight: 1 },
      { capacityProvider: 'B', weight: 1 },
    ];
    // 1 base on A, then 6 split evenly.
    expect(distributeTasks(strategy, 7)).toEqual({ ok: true, tasks: { A: 4, B: 3 } });
  });

  it('"first places 2 tasks (since base=2) to CP-OD and then splits the remaining tasks … in 1:3 ratio" (ec2spotworkshops.com)', () => {
    const strategy = [
      { capacityProvider: 'CP-OD', base: 2, weight: 1 },
      { capacityProvider: 'CP-SPOT', weight: 3 },
    ];
    expect(distributeTasks(strategy, 10)).toEqual({ ok: true, tasks: { 'CP-OD': 4, 'CP-SPOT': 6 } });
    expect(distributeTasks(strategy, 2)).toEqual({ ok: true, tasks: { 'CP-OD': 2, 'CP-SPOT': 0 } });
  });

  it('gives a remainder to the provider furthest below its share, the first listed on a tie (inferred)', () => {
    const strategy = [
      { capacityProvider: 'A', weight: 1 },
      { capacityProvider: 'B', weight: 1 },
    ];
    expect(distributeTasks(strategy, 3)).toEqual({ ok: true, tasks: { A: 2, B: 1 } });
    // 1:4 with 3 tasks: B takes the first three slots of each group of five.
    expect(distributeTasks([{ capacityProvider: 'A', weight: 1 }, { capacityProvider: 'B', weight: 4 }], 3)).toEqual({
      ok: true,
      tasks: { A: 0, B: 3 },
    });
  });

  it('counts tasks already running: a satisfied base is not placed again', () => {
    const strategy = [
      { capacityProvider: 'FARGATE', base: 2, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 4 },
    ];
    // Running 2 + 0: the base is met, so 5 new tasks split 1:4.
    expect(distributeTasks(strategy, 5, { FARGATE: 2, FARGATE_SPOT: 0 })).toEqual({ ok: true, tasks: { FARGATE: 1, FARGATE_SPOT: 4 } });
    // Scaling 12 → 17 with 4 + 8 running gives the same as 17 from scratch (2 + 3 + 12 = 5 / 12).
    expect(distributeTasks(strategy, 5, { FARGATE: 4, FARGATE_SPOT: 8 })).toEqual({ ok: true, tasks: { FARGATE: 1, FARGATE_SPOT: 4 } });
  });

  it('never uses a provider of weight 0 beyond its base', () => {
    const strategy = [
      { capacityProvider: 'A', base: 1, weight: 0 },
      { capacityProvider: 'B', weight: 2 },
    ];
    expect(distributeTasks(strategy, 4)).toEqual({ ok: true, tasks: { A: 1, B: 3 } });
  });
});

describe('strategyError', () => {
  it('refuses a second base with the API reference sentence', () => {
    const result = distributeTasks(
      [
        { capacityProvider: 'A', base: 1, weight: 1 },
        { capacityProvider: 'B', base: 2, weight: 1 },
      ],
      3,
    );
    expect(result).toEqual({ ok: false, error: 'Only one capacity provider in a capacity provider strategy can have a base defined.' });
  });

  it('refuses all-zero weights with the InvalidParameterException wording', () => {
    expect(strategyError([{ capacityProvider: 'A' }, { capacityProvider: 'B' }])).toMatch(
      /^There are no capacity providers with a weight value greater than zero .* At least one capacity provider must have a weight value greater than zero specified\.$/,
    );
  });

  it('refuses out-of-range base and weight', () => {
    expect(strategyError([{ capacityProvider: 'A', base: 100_001, weight: 1 }])).toMatch(/0 to 100,000/);
    expect(strategyError([{ capacityProvider: 'A', weight: 1001 }])).toMatch(/0 to 1,000/);
    expect(strategyError([{ capacityProvider: 'A', weight: -1 }])).toMatch(/0 to 1,000/);
    expect(strategyError([{ capacityProvider: 'A', base: 100_000, weight: 1000 }])).toBeNull();
  });

  it('refuses an empty strategy, a repeated provider and more than 20 providers', () => {
    expect(strategyError([])).not.toBeNull();
    expect(strategyError([{ capacityProvider: 'A', weight: 1 }, { capacityProvider: 'A', weight: 1 }])).toMatch(/A appears more than once/);
    const many = Array.from({ length: 21 }, (_, i) => ({ capacityProvider: `cp${i}`, weight: 1 }));
    expect(strategyError(many)).toBe('A capacity provider strategy can contain a maximum of 20 capacity providers.');
  });
});
