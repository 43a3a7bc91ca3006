import { describe, expect, it } from 'vitest';
import { isScalingEvent, scaleProportionally, type ScalableReplicaSet } from './proportionalScaling';

const rs = (name: string, replicas: number, createdAt: number, desiredReplicas: number, maxReplicas: number, available = replicas): ScalableReplicaSet => ({
  name,
  replicas,
  available,
  createdAt,
  desiredReplicas,
  maxReplicas,
});

describe('isScalingEvent (reference/k8s.md §1.3)', () => {
  it('is true when an active RS was sized for another replica count', () => {
    expect(isScalingEvent(15, [rs('a', 8, 1, 10, 13), rs('b', 5, 2, 10, 13)])).toBe(true);
    expect(isScalingEvent(10, [rs('a', 8, 1, 10, 13), rs('b', 5, 2, 10, 13)])).toBe(false);
    expect(isScalingEvent(10, [rs('a', 0, 1, 3, 4), rs('b', 10, 2, 10, 13)])).toBe(false);
  });
});

describe('scaleProportionally (reference/k8s.md §1.10, §7)', () => {
  it('docs vector: 10 → 15 with maxSurge 3 puts 3 on the old RS and 2 on the new one', () => {
    const plan = scaleProportionally({
      replicas: 15,
      maxSurge: 3,
      statusReplicas: 13,
      newRS: rs('new', 5, 2, 10, 13, 0),
      oldRSs: [rs('old', 8, 1, 10, 13)],
    });
    expect(plan.rule).toBe('proportionalScaling');
    expect(plan.allowedSize).toBe(18);
    expect(plan.toAdd).toBe(5);
    expect(plan.changes).toEqual([
      { name: 'old', from: 8, to: 11 },
      { name: 'new', from: 5, to: 7 },
    ]);
    expect(plan.touched.sort()).toEqual(['new', 'old']);
  });

  it('scales down proportionally, largest first, and the sizes add up to the allowed total', () => {
    const plan = scaleProportionally({
      replicas: 5,
      maxSurge: 2,
      statusReplicas: 13,
      newRS: rs('new', 5, 2, 10, 13, 0),
      oldRSs: [rs('old', 8, 1, 10, 13)],
    });
    const after = { old: 8, new: 5 } as Record<string, number>;
    for (const c of plan.changes) after[c.name] = c.to;
    expect(after.old + after.new).toBe(7);
    expect(plan.changes[0].name).toBe('old');
  });

  it('gives a single active RS the whole count (FindActiveOrLatest)', () => {
    const plan = scaleProportionally({ replicas: 5, maxSurge: 2, statusReplicas: 3, newRS: rs('new', 3, 2, 3, 4), oldRSs: [rs('old', 0, 1, 3, 4)] });
    expect(plan.rule).toBe('replicas');
    expect(plan.changes).toEqual([{ name: 'new', from: 3, to: 5 }]);
  });

  it('scales the newest RS when none is active', () => {
    const plan = scaleProportionally({ replicas: 2, maxSurge: 1, statusReplicas: 0, newRS: null, oldRSs: [rs('older', 0, 1, 0, 1), rs('newer', 0, 2, 0, 1)] });
    expect(plan.changes).toEqual([{ name: 'newer', from: 0, to: 2 }]);
  });

  it('scales old RSs to 0 when the new one is saturated', () => {
    const plan = scaleProportionally({ replicas: 4, maxSurge: 1, statusReplicas: 5, newRS: rs('new', 4, 2, 4, 5), oldRSs: [rs('old', 1, 1, 3, 4)] });
    expect(plan.rule).toBe('saturated');
    expect(plan.changes).toEqual([{ name: 'old', from: 1, to: 0 }]);
  });

  it('scales everything to 0 when replicas is 0', () => {
    const plan = scaleProportionally({ replicas: 0, maxSurge: 0, statusReplicas: 13, newRS: rs('new', 5, 2, 10, 13, 0), oldRSs: [rs('old', 8, 1, 10, 13)] });
    expect(plan.changes).toEqual([
      { name: 'old', from: 8, to: 0 },
      { name: 'new', from: 5, to: 0 },
    ]);
  });

  it('rounds halves away from zero (integer.RoundToInt32) and hands out shares newest first', () => {
    // Four RSs of 1 sized for 4 pods, now 8 + 2 = 10 allowed: each share is 1 × 10 / 4 = 2.5 → 3.
    const plan = scaleProportionally({
      replicas: 8,
      maxSurge: 2,
      statusReplicas: 4,
      newRS: rs('r4', 1, 4, 3, 4),
      oldRSs: [rs('r1', 1, 1, 3, 4), rs('r2', 1, 2, 3, 4), rs('r3', 1, 3, 3, 4)],
    });
    expect(plan.changes).toEqual([
      { name: 'r4', from: 1, to: 3 },
      { name: 'r3', from: 1, to: 3 },
      { name: 'r2', from: 1, to: 3 },
    ]);
  });
});
