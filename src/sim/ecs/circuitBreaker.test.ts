import { describe, expect, it } from 'vitest';
import type { CircuitBreakerThresholdType } from '../types';
import { afterTaskFailed, afterTaskHealthy, breakerVerdict, breakerView, circuitBreakerThreshold, type BreakerWatch } from './circuitBreaker';

const threshold = (type: CircuitBreakerThresholdType, value: number, desired: number) =>
  circuitBreakerThreshold({ thresholdConfiguration: { type, value } }, desired);

// Expected values worked out by hand from API ThresholdConfiguration (reference/ecs.md §2.2):
// BOUNDED_PERCENT = ceil(value% × desired) clamped to 3..200; UNBOUNDED_PERCENT = the same
// without the clamp (at least 1); COUNT = value.
describe('circuitBreakerThreshold', () => {
  const desired = [1, 6, 10, 25, 100, 400, 800];
  it('BOUNDED_PERCENT 50 (the default): 0.5 × desired rounded up, at least 3, at most 200', () => {
    // 0.5→3, 3→3, 5, 12.5→13 (the 2023 table's "25 → 13"), 50, 200, 400→200
    expect(desired.map((d) => threshold('BOUNDED_PERCENT', 50, d))).toEqual([3, 3, 5, 13, 50, 200, 200]);
  });
  it('BOUNDED_PERCENT 10: the floor of 3 dominates small services', () => {
    // 0.1→3, 0.6→3, 1→3, 2.5→3, 10, 40, 80
    expect(desired.map((d) => threshold('BOUNDED_PERCENT', 10, d))).toEqual([3, 3, 3, 3, 10, 40, 80]);
  });
  it('UNBOUNDED_PERCENT 50: no 3-to-200 bounds', () => {
    // 0.5→1, 3, 5, 12.5→13, 50, 200, 400
    expect(desired.map((d) => threshold('UNBOUNDED_PERCENT', 50, d))).toEqual([1, 3, 5, 13, 50, 200, 400]);
  });
  it('UNBOUNDED_PERCENT 10', () => {
    // 0.1→1, 0.6→1, 1, 2.5→3, 10, 40, 80
    expect(desired.map((d) => threshold('UNBOUNDED_PERCENT', 10, d))).toEqual([1, 1, 1, 3, 10, 40, 80]);
  });
  it('COUNT uses the value directly, whatever the desired count', () => {
    expect(desired.map((d) => threshold('COUNT', 7, d))).toEqual([7, 7, 7, 7, 7, 7, 7]);
    expect(desired.map((d) => threshold('COUNT', 1, d))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
});

const on = { enable: true, rollback: true, thresholdConfiguration: { type: 'BOUNDED_PERCENT' as const, value: 50 }, resetOnHealthyTask: true };
const watching = (failureCount: number): BreakerWatch => ({ deploymentId: 'ecs-svc/2', status: 'MONITORING', failureCount });
const primary = { id: 'ecs-svc/2', rolloutState: 'IN_PROGRESS' };

describe('the breaker’s verdict', () => {
  it('trips when the failure count reaches the threshold, and names the last completed deployment', () => {
    expect(breakerVerdict(on, watching(2), primary, 4, 'ecs-svc/1')).toMatchObject({ tripped: false, threshold: 3 });
    expect(breakerVerdict(on, watching(3), primary, 4, 'ecs-svc/1')).toMatchObject({ tripped: true, rollback: true, rollbackTo: 'ecs-svc/1' });
  });
  it('never trips when it is off, once monitoring is complete, or on a deployment no longer in progress', () => {
    expect(breakerVerdict({ ...on, enable: false }, watching(9), primary, 4, 'ecs-svc/1').tripped).toBe(false);
    expect(breakerVerdict(on, { ...watching(9), status: 'MONITORING_COMPLETE' }, primary, 4, 'ecs-svc/1').tripped).toBe(false);
    expect(breakerVerdict(on, watching(9), { ...primary, rolloutState: 'COMPLETED' }, 4, null).tripped).toBe(false);
  });
  it('has nothing to roll back to when no deployment ever completed', () => {
    expect(breakerVerdict(on, watching(3), primary, 4, null)).toMatchObject({ tripped: true, rollbackTo: null });
  });
  it('is DISABLED in the view when off, and shows the count and threshold', () => {
    expect(breakerView({ ...on, enable: false }, watching(2), 10)).toEqual({ status: 'DISABLED', failureCount: 2, threshold: 5 });
    expect(breakerView(on, watching(2), 10)).toEqual({ status: 'MONITORING', failureCount: 2, threshold: 5 });
  });
});

describe('counting failed tasks', () => {
  it('counts failures of the watched deployment only', () => {
    expect(afterTaskFailed(watching(1), 'ecs-svc/2').failureCount).toBe(2);
    expect(afterTaskFailed(watching(1), 'ecs-svc/1').failureCount).toBe(1);
  });
  it('a healthy task resets the count and ends monitoring when resetOnHealthyTask is true', () => {
    expect(afterTaskHealthy(watching(2), 'ecs-svc/2', true)).toEqual({ deploymentId: 'ecs-svc/2', status: 'MONITORING_COMPLETE', failureCount: 0 });
    expect(afterTaskFailed(afterTaskHealthy(watching(2), 'ecs-svc/2', true), 'ecs-svc/2').failureCount).toBe(0);
  });
  it('with resetOnHealthyTask false the count stays and keeps counting', () => {
    const after = afterTaskHealthy(watching(2), 'ecs-svc/2', false);
    expect(after).toEqual(watching(2));
    expect(afterTaskFailed(after, 'ecs-svc/2').failureCount).toBe(3);
  });
});
