import { describe, expect, it } from 'vitest';
import { decisionKey, rolloutDecision, scalingDecision, type RolloutFacts } from './k8sDecisions';
import { reconcileNewReplicaSet, reconcileOldReplicaSets, type RollingInput } from './rollingUpdate';

const facts = (input: RollingInput, extra: Partial<RolloutFacts> = {}): RolloutFacts => ({
  now: 10,
  replicas: input.replicas,
  maxSurge: input.maxSurge,
  maxUnavailable: input.maxUnavailable,
  minReadySeconds: 0,
  newRS: input.newRS.name,
  created: false,
  updated: input.newRS.replicas,
  oldReplicas: input.oldRSs.reduce((sum, rs) => sum + rs.replicas, 0),
  available: input.newRS.available + input.oldRSs.reduce((sum, rs) => sum + rs.available, 0),
  readyNotAvailable: 0,
  complete: false,
  ...extra,
});

const decide = (input: RollingInput, extra: Partial<RolloutFacts> = {}) =>
  rolloutDecision(facts(input, extra), reconcileNewReplicaSet(input), reconcileOldReplicaSets(input));

describe('rollout decisions say what bound them', () => {
  it('a scale-up bound by maxSurge', () => {
    const d = decide({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: { name: 'web-new', replicas: 1, available: 1 }, oldRSs: [{ name: 'web-old', replicas: 2, available: 2 }] });
    expect(d).toMatchObject({ side: 'k8s', action: 'scaleUp', count: 1, rule: 'maxSurge' });
    expect(d.summary).toBe('scaled up web-new by 1 (1 → 2): 4 pods ≤ replicas 3 + maxSurge 1');
    expect(d.observed).toMatchObject({ replicas: 3, maxSurge: 1, maxUnavailable: 0, minAvailable: 3, total: 3, maxTotal: 4 });
  });

  it('a scale-down bound by maxUnavailable', () => {
    const d = decide({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: { name: 'web-new', replicas: 1, available: 1 }, oldRSs: [{ name: 'web-old', replicas: 3, available: 3 }] });
    expect(d).toMatchObject({ action: 'scaleDown', count: 1, rule: 'maxUnavailable' });
    expect(d.summary).toBe('scaled down web-old 3 → 2: available 4 − minAvailable 3 = 1 may go');
  });

  it('a wait names the numbers that block both directions', () => {
    const d = decide({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: { name: 'web-new', replicas: 1, available: 0 }, oldRSs: [{ name: 'web-old', replicas: 3, available: 3 }] });
    expect(d).toMatchObject({ action: 'wait', count: 0, rule: 'maxUnavailable' });
    expect(d.summary).toContain('4 pods = replicas 3 + maxSurge 1');
    expect(d.summary).toContain('4 pods − minAvailable 3 − 1 new pods not yet available leaves 0 to scale down');
  });

  it('a wait on minReadySeconds when ready pods are not yet available', () => {
    const input = { replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: { name: 'web-new', replicas: 1, available: 0 }, oldRSs: [{ name: 'web-old', replicas: 3, available: 3 }] };
    const d = decide(input, { minReadySeconds: 10, readyNotAvailable: 1 });
    expect(d.rule).toBe('minReadySeconds');
    expect(d.summary).toContain('1 ready pods count as available after minReadySeconds 10');
  });

  it('steady once complete', () => {
    const d = decide({ replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: { name: 'web-new', replicas: 3, available: 3 }, oldRSs: [] }, { complete: true });
    expect(d).toMatchObject({ action: 'steady', rule: 'replicas', summary: 'steady: web-new has 3 of 3 pods available' });
  });
});

describe('scaling decisions and keys', () => {
  it('words a proportional scale', () => {
    const d = scalingDecision(4, 15, 3, {
      changes: [
        { name: 'web-old', from: 8, to: 11 },
        { name: 'web-new', from: 5, to: 7 },
      ],
      touched: ['web-old', 'web-new'],
      rule: 'proportionalScaling',
      allowedSize: 18,
      toAdd: 5,
    });
    expect(d).toMatchObject({ action: 'scaleUp', count: 5, rule: 'proportionalScaling' });
    expect(d.summary).toBe('scaled proportionally to replicas 15 + maxSurge 3 = 18: web-old 8 → 11, web-new 5 → 7');
  });

  it('keys ignore the time, so a repeated wait is recognised', () => {
    const input = { replicas: 3, maxSurge: 1, maxUnavailable: 0, newRS: { name: 'n', replicas: 1, available: 0 }, oldRSs: [{ name: 'o', replicas: 3, available: 3 }] };
    expect(decisionKey(decide(input, { now: 1 }))).toBe(decisionKey(decide(input, { now: 2 })));
  });
});
