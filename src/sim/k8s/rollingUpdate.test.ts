import { describe, expect, it } from 'vitest';
import { newRSNewReplicas, reconcileNewReplicaSet, reconcileOldReplicaSets, type ReplicaSetCounts, type RollingInput } from './rollingUpdate';

const rs = (name: string, replicas: number, available: number): ReplicaSetCounts => ({ name, replicas, available });

describe('NewRSNewReplicas / reconcileNewReplicaSet (reference/k8s.md §1.5)', () => {
  it('grows the new RS up to replicas + maxSurge, counting spec.replicas', () => {
    const input: RollingInput = { replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: rs('new', 0, 0), oldRSs: [rs('old', 3, 3)] };
    expect(newRSNewReplicas(input)).toEqual({ replicas: 1, rule: 'maxSurge', currentPodCount: 3, maxTotalPods: 4 });
  });

  it('stops at replicas even when surge allows more', () => {
    const plan = reconcileNewReplicaSet({ replicas: 3, maxSurge: 3, maxUnavailable: 0, newRS: rs('new', 2, 2), oldRSs: [rs('old', 1, 1)] });
    expect(plan.change).toEqual({ name: 'new', from: 2, to: 3 });
    expect(plan.rule).toBe('replicas');
  });

  it('does nothing at the total cap, and nothing at replicas', () => {
    expect(reconcileNewReplicaSet({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: rs('new', 1, 0), oldRSs: [rs('old', 3, 3)] })).toMatchObject({
      change: null,
      rule: 'maxSurge',
      currentPodCount: 4,
      maxTotalPods: 4,
    });
    expect(reconcileNewReplicaSet({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: rs('new', 3, 1), oldRSs: [] }).change).toBeNull();
  });

  it('scales a new RS above replicas down to replicas', () => {
    const plan = reconcileNewReplicaSet({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: rs('new', 5, 5), oldRSs: [] });
    expect(plan.change).toEqual({ name: 'new', from: 5, to: 3 });
  });
});

describe('reconcileOldReplicaSets (reference/k8s.md §1.6, rolling.go comment)', () => {
  // 10 replicas, maxUnavailable 2, maxSurge 3.
  const base = { replicas: 10, maxSurge: 3, maxUnavailable: 2 };

  it('case 1: a crashlooping new RS blocks scale-down: 13 − 8 − 5 = 0', () => {
    const plan = reconcileOldReplicaSets({ ...base, newRS: rs('crash', 5, 0), oldRSs: [rs('good', 8, 7)] });
    expect(plan).toMatchObject({ allPodsCount: 13, minAvailable: 8, newRSUnavailablePodCount: 5, maxScaledDown: 0, changes: [] });
  });

  it('case 1 after rollback: 4 crashlooping pods go (13 − 8 − 1), then the good RS grows to 10', () => {
    const plan = reconcileOldReplicaSets({ ...base, newRS: rs('good', 8, 7), oldRSs: [rs('crash', 5, 0)] });
    expect(plan.maxScaledDown).toBe(4);
    expect(plan.changes).toEqual([{ name: 'crash', from: 5, to: 1 }]);
    expect(plan.cleanedUp).toBe(4);
    expect(plan.scaledDown).toBe(0);
    const up = reconcileNewReplicaSet({ ...base, newRS: rs('good', 8, 7), oldRSs: [rs('crash', 1, 0)] });
    expect(up.change).toEqual({ name: 'good', from: 8, to: 10 });
  });

  it('case 2 (roll over): the new RS starts at 0, the old ones lose 5, then the new one gains 5', () => {
    const olds = [rs('good', 8, 8), rs('crash', 5, 0)];
    const created = newRSNewReplicas({ ...base, newRS: rs('newer', 0, 0), oldRSs: olds });
    expect(created.replicas).toBe(0);
    const down = reconcileOldReplicaSets({ ...base, newRS: rs('newer', 0, 0), oldRSs: olds });
    expect(down.maxScaledDown).toBe(5);
    expect(down.changes).toEqual([{ name: 'crash', from: 5, to: 0 }]);
    const up = reconcileNewReplicaSet({ ...base, newRS: rs('newer', 0, 0), oldRSs: [rs('good', 8, 8), rs('crash', 0, 0)] });
    expect(up.change).toEqual({ name: 'newer', from: 0, to: 5 });
  });

  it('cleans up unhealthy replicas oldest first, then scales down by availability', () => {
    const plan = reconcileOldReplicaSets({
      replicas: 4,
      maxSurge: 0,
      maxUnavailable: 2,
      newRS: rs('new', 1, 1),
      oldRSs: [rs('oldest', 2, 1), rs('older', 2, 2)],
    });
    // allPods 5, minAvailable 2, maxScaledDown 3; cleanup 1 from 'oldest'; available 4 − 2 = 2 more.
    expect(plan.changes).toEqual([
      { name: 'oldest', from: 2, to: 1 },
      { name: 'oldest', from: 1, to: 0 },
      { name: 'older', from: 2, to: 1 },
    ]);
  });

  it('counts availability over the new RS and the active old ones only', () => {
    const plan = reconcileOldReplicaSets({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: rs('new', 1, 1), oldRSs: [rs('gone', 0, 2), rs('old', 3, 3)] });
    expect(plan.availablePodCount).toBe(4);
    expect(plan.changes).toEqual([{ name: 'old', from: 3, to: 2 }]);
  });

  it('30%/30% of 10: creation gives the new RS 3 and the old RS drops to 7 in the same pass', () => {
    const input = { replicas: 10, maxSurge: 3, maxUnavailable: 3, oldRSs: [rs('old', 10, 10)] };
    expect(newRSNewReplicas({ ...input, newRS: rs('new', 0, 0) }).replicas).toBe(3);
    expect(reconcileOldReplicaSets({ ...input, newRS: rs('new', 3, 0) }).changes).toEqual([{ name: 'old', from: 10, to: 7 }]);
  });
});

describe('the docs sequence: 3 replicas at 25%/25% (reference/k8s.md §3.2, §7)', () => {
  it('goes new 1 → old 2 → new 2 → old 1 → new 3 → old 0, one direction per pass', () => {
    let oldRS = rs('old', 3, 3);
    let newRS = rs('new', 0, 0);
    const steps: string[] = [];
    for (let pass = 0; pass < 20 && !(newRS.available === 3 && oldRS.replicas === 0); pass++) {
      const input = { replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS, oldRSs: [oldRS] };
      const up = reconcileNewReplicaSet(input);
      if (up.change) {
        newRS = { ...newRS, replicas: up.change.to };
        steps.push(`new ${up.change.to}`);
        continue;
      }
      const down = reconcileOldReplicaSets(input);
      for (const change of down.changes) steps.push(`old ${change.to}`);
      if (down.changes.length > 0) {
        const to = down.changes[down.changes.length - 1].to;
        oldRS = { ...oldRS, replicas: to, available: to };
        continue;
      }
      // Nothing to do: time passes and the new pods become available.
      newRS = { ...newRS, available: newRS.replicas };
    }
    expect(steps).toEqual(['new 1', 'old 2', 'new 2', 'old 1', 'new 3', 'old 0']);
  });
});
