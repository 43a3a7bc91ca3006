import { describe, expect, it } from 'vitest';
import { appBehaviour } from '../faults/appBehaviour';
import type { ContainerDefinition, Fault, LoadBalancer } from '../types';
import { planTaskRun, type TaskRunInput } from './taskRunPlan';

const check = { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 0 };
const lb: LoadBalancer = {
  targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef',
  containerName: 'web',
  containerPort: 80,
  deregistrationDelaySeconds: 300,
  healthCheckIntervalSeconds: 30,
  healthyThresholdCount: 5,
  unhealthyThresholdCount: 2,
};
const web = (fault: Fault, withCheck: boolean): ContainerDefinition => ({
  name: 'web',
  image: 'web:v2',
  essential: true,
  ...(withCheck && { healthCheck: check }),
  ...(fault !== 'healthy' && { simulate: { fault } }),
});
const plan = (over: Partial<TaskRunInput> & { containers: ContainerDefinition[] }) =>
  planTaskRun({ taskId: 'task-1', startedAt: 100, loadBalancer: null, healthCheckGracePeriodSeconds: 0, interruptAfter: null, ...over });

// reference/ecs.md §1.6, the four cases of when the service scheduler counts a task as healthy.
describe('when a RUNNING task is counted healthy (§1.6)', () => {
  it('no load balancer, no essential check: 40 s after RUNNING', () => {
    expect(plan({ containers: [web('healthy', false)] }).countedAt).toBe(140);
  });
  it('an essential check: when it passes (first check one interval after start)', () => {
    expect(plan({ containers: [web('healthy', true)] }).countedAt).toBe(130);
  });
  it('a load balancer: when the target is healthy (30 s × 5)', () => {
    expect(plan({ containers: [web('healthy', false)], loadBalancer: lb }).countedAt).toBe(250);
  });
  it('both: when both are, the later of the two', () => {
    expect(plan({ containers: [web('healthy', true)], loadBalancer: lb }).countedAt).toBe(250);
  });
  it('a check on a non-essential container only does not count: back to 40 s', () => {
    const sidecar: ContainerDefinition = { name: 'log-router', image: 'fluent-bit:3', essential: false, healthCheck: check };
    expect(plan({ containers: [web('healthy', false), sidecar] }).countedAt).toBe(140);
  });
});

describe('slow-start: the app answers 90–150 s after its container starts', () => {
  const ready = appBehaviour('slow-start', 'task-1').readyAfter!;
  it('without any health check it is counted at 40 s anyway', () => {
    expect(ready).toBeGreaterThanOrEqual(90);
    expect(plan({ containers: [web('slow-start', false)] })).toMatchObject({ countedAt: 140, unhealthyAt: Infinity });
  });
  it('with the default check it is judged unhealthy at 3 × 30 s, before it is ready', () => {
    expect(plan({ containers: [web('slow-start', true)] })).toMatchObject({ unhealthyAt: 190, unhealthyBy: 'container' });
  });
  it('a grace period longer than its warm-up lets it live: unhealthy results are ignored until it passes', () => {
    const run = plan({ containers: [web('slow-start', true)], healthCheckGracePeriodSeconds: 200 });
    expect(run.unhealthyAt).toBe(Infinity);
    expect(run.countedAt).toBe(100 + Math.ceil(ready / 30) * 30);
  });
  it('a grace period shorter than its warm-up only delays the verdict to its end', () => {
    expect(plan({ containers: [web('slow-start', true)], healthCheckGracePeriodSeconds: 100 }).unhealthyAt).toBe(200);
  });
  it('a startPeriod that covers the warm-up lets the check pass instead', () => {
    const run = plan({ containers: [{ ...web('slow-start', false), healthCheck: { ...check, startPeriod: 150 } }] });
    expect(run.unhealthyAt).toBe(Infinity);
    expect(run.countedAt).toBeLessThan(100 + 300);
  });
  it('behind a load balancer: unhealthy after 2 failed target checks (60 s), by the target', () => {
    expect(plan({ containers: [web('slow-start', false)], loadBalancer: lb })).toMatchObject({ unhealthyAt: 160, unhealthyBy: 'target' });
  });
});

describe('faults that end the process', () => {
  it('exit-on-start exits code 1 within 1–3 s and is never counted', () => {
    const run = plan({ containers: [web('exit-on-start', false)] });
    expect(run.containers[0].exitCode).toBe(1);
    expect(run.containers[0].exitAt).toBeGreaterThanOrEqual(101);
    expect(run.containers[0].exitAt).toBeLessThanOrEqual(103);
  });
  it('oom exits 137 with the agent’s OutOfMemoryError reason within 10–30 s', () => {
    const c = plan({ containers: [web('oom', false)] }).containers[0];
    expect(c).toMatchObject({ exitCode: 137, exitReason: 'OutOfMemoryError: Container killed due to memory usage' });
    expect(c.exitAt - 100).toBeGreaterThanOrEqual(10);
    expect(c.exitAt - 100).toBeLessThanOrEqual(30);
  });
  it('exit-later is counted at 40 s, then exits code 1 after 90–180 s', () => {
    const run = plan({ containers: [web('exit-later', false)] });
    expect(run.countedAt).toBe(140);
    expect(run.containers[0].exitAt - 100).toBeGreaterThanOrEqual(90);
    expect(run.containers[0].exitAt - 100).toBeLessThanOrEqual(180);
  });
  it('a Spot task is reclaimed when its interruption comes', () => {
    expect(plan({ containers: [web('spot-interruption', false)], interruptAfter: 240 }).interruptAt).toBe(340);
  });
});

describe('a task already steady when the scenario starts', () => {
  it('has passed every check its app answers, and is counted at once', () => {
    const run = plan({ containers: [web('healthy', true)], loadBalancer: lb, settled: true });
    expect(run).toMatchObject({ countedAt: 100, unhealthyAt: Infinity });
  });
  it('still fails a check its app never answers', () => {
    expect(plan({ containers: [web('failing-health-check', true)], settled: true }).unhealthyAt).toBe(190);
  });
});
