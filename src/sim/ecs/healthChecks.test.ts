import { describe, expect, it } from 'vitest';
import { containerCheckFlips, statusAt, targetHealthFlips, taskHealthStatus } from './healthChecks';

// ECS defaults: interval 30 s, timeout 5 s, retries 3, startPeriod 0 (task definition parameters;
// reference/ecs.md §1.7). Checks run at start + k × interval (Docker HEALTHCHECK).
const defaults = { interval: 30, retries: 3, startPeriod: 0 };

describe('container health check timing', () => {
  it('a ready app is HEALTHY at the first check, one interval after start', () => {
    expect(containerCheckFlips(defaults, 100, 100)).toEqual({ healthyAt: 130, unhealthyAt: Infinity });
  });
  it('an app that never answers is UNHEALTHY after retries failures: 3 × 30 s', () => {
    expect(containerCheckFlips(defaults, 100, null)).toEqual({ healthyAt: Infinity, unhealthyAt: 190 });
  });
  it('failures inside startPeriod do not count: 60 s start period, then 3 counted failures at 60, 90, 120 s', () => {
    expect(containerCheckFlips({ ...defaults, startPeriod: 60 }, 0, null).unhealthyAt).toBe(120);
  });
  it('a slow app that answers after 100 s passes at the 120 s check if it is still not unhealthy', () => {
    expect(containerCheckFlips({ ...defaults, startPeriod: 60 }, 0, 100)).toEqual({ healthyAt: 120, unhealthyAt: Infinity });
  });
  it('a slow app is UNHEALTHY at 90 s, then HEALTHY when a later check passes', () => {
    const flips = containerCheckFlips(defaults, 0, 100);
    expect(flips).toEqual({ healthyAt: 120, unhealthyAt: 90 });
    expect([0, 89, 90, 119, 120].map((t) => statusAt(flips, t))).toEqual(['UNKNOWN', 'UNKNOWN', 'UNHEALTHY', 'UNHEALTHY', 'HEALTHY']);
  });
});

describe('target group health timing', () => {
  const lb = { healthCheckIntervalSeconds: 30, healthyThresholdCount: 5, unhealthyThresholdCount: 2 };
  it('ELB defaults: "30 seconds * 5 = 150 seconds" to healthy (Best Practices Guide)', () => {
    expect(targetHealthFlips(lb, 0, 0)).toEqual({ healthyAt: 150, unhealthyAt: Infinity });
  });
  it('an app that never answers is unhealthy after unhealthyThresholdCount × interval', () => {
    expect(targetHealthFlips(lb, 10, null)).toEqual({ healthyAt: Infinity, unhealthyAt: 70 });
  });
  it('a slow app: unhealthy at 60 s, healthy after 5 passes in a row from the first passing check', () => {
    // ready at 100 → first pass at the 120 s check → healthy at 120 + 4 × 30 = 240 s
    expect(targetHealthFlips(lb, 0, 100)).toEqual({ healthyAt: 240, unhealthyAt: 60 });
  });
});

describe('task healthStatus from its containers (API HealthCheck)', () => {
  const c = (essential: boolean, checked: boolean, healthStatus: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN') => ({ essential, checked, healthStatus });
  it('is UNHEALTHY when an essential container failed its check', () => {
    expect(taskHealthStatus([c(true, true, 'HEALTHY'), c(true, true, 'UNHEALTHY')])).toBe('UNHEALTHY');
  });
  it('is HEALTHY when every essential container with a check passed', () => {
    expect(taskHealthStatus([c(true, true, 'HEALTHY'), c(true, false, 'UNKNOWN')])).toBe('HEALTHY');
  });
  it('ignores non-essential containers, and is UNKNOWN without any essential check', () => {
    expect(taskHealthStatus([c(true, true, 'HEALTHY'), c(false, true, 'UNHEALTHY')])).toBe('HEALTHY');
    expect(taskHealthStatus([c(true, false, 'UNKNOWN'), c(false, true, 'HEALTHY')])).toBe('UNKNOWN');
    expect(taskHealthStatus([c(true, true, 'UNKNOWN'), c(true, true, 'HEALTHY')])).toBe('UNKNOWN');
  });
});
