import { describe, expect, it } from 'vitest';
import type { Decision } from '../../sim';
import { latestPasses } from './latestPasses';

const pass = (side: Decision['side'], time: number): Decision => ({
  side,
  time,
  action: 'wait',
  count: 0,
  rule: 'minimumHealthyPercent',
  observed: {},
  summary: '',
});

describe('latestPasses', () => {
  it('keeps one side, newest first, up to the count', () => {
    const decisions = [pass('k8s', 9), pass('ecs', 8), pass('ecs', 7), pass('k8s', 6), pass('ecs', 5)];
    expect(latestPasses(decisions, 'ecs', 2).map((d) => d.time)).toEqual([8, 7]);
    expect(latestPasses(decisions, 'k8s', 5).map((d) => d.time)).toEqual([9, 6]);
  });
});
