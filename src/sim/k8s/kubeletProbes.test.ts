// Probes translated from the ECS checks: liveness kills and restarts, readiness keeps a Running pod
// out of READY, a startup probe holds both back. Expected behaviour from the Configure Liveness,
// Readiness and Startup Probes page ("Container liveness failed liveness probe, will be
// restarted"; failureThreshold × periodSeconds; "liveness and readiness probes do not start until
// it succeeds") and prober.go's `%s probe failed: %s` (reference/k8s.md §4.3).
import { describe, expect, it } from 'vitest';
import type { ContainerDefinition, LoadBalancer } from '../types';
import { setPodTemplate } from './k8sSide';
import { podTemplateFromTaskDefinition } from './podTemplateFromTaskDefinition';
import { podEvents, watchPod } from './podWatch';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

const CHECK = { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 0 };
const LB: LoadBalancer = {
  targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef',
  containerName: 'web',
  containerPort: 80,
  deregistrationDelaySeconds: 300,
  healthCheckIntervalSeconds: 15,
  healthyThresholdCount: 5,
  unhealthyThresholdCount: 2,
};

function deploy(container: Omit<ContainerDefinition, 'name' | 'image'>, loadBalancer: LoadBalancer | null = null, seed = 4) {
  const run = runK8sAlone(k8sScenario({ replicas: 1, maxSurge: 1, maxUnavailable: 0, seed }));
  const template = podTemplateFromTaskDefinition({ family: 'web', revision: 2, containerDefinitions: [{ name: 'web', image: 'nginx:1.28', ...container }], cpu: '256', memory: '512' }, loadBalancer);
  setPodTemplate(run.world, template, run.ctx);
  return run;
}

const startedAt = (state: { running?: { startedAt: number } } | object) => ('running' in state && state.running ? state.running.startedAt : NaN);

describe('failing-health-check with a container health check (liveness + readiness, 30 s × 3)', () => {
  const run = deploy({ healthCheck: CHECK, simulate: { fault: 'failing-health-check' } });
  const watch = watchPod(run, 1500);
  const events = podEvents(run, watch.name);

  it('is Running but never READY, and restarts', () => {
    expect(watch.lines.every((l) => !l.ready)).toBe(true);
    expect(watch.lines.slice(0, 3).map((l) => l.status)).toEqual(['Pending', 'ContainerCreating', 'Running']);
    expect(watch.lines.at(-1)?.restarts).toBeGreaterThanOrEqual(5);
    expect(watch.lines.map((l) => l.status)).toContain('CrashLoopBackOff');
  });

  it('kills the container after three failed liveness probes, 30 s apart', () => {
    const kills = events.filter((e) => e.reason === 'Killing');
    expect(kills[0]).toMatchObject({ type: 'Normal', source: 'kubelet', message: 'Container web failed liveness probe, will be restarted' });
    const liveness = events.filter((e) => e.message.startsWith('Liveness probe failed: ') && e.time <= kills[0].time);
    expect(liveness.map((e) => Math.round(e.time - liveness[0].time))).toEqual([0, 30, 60]);
    expect(liveness[0].message).toBe('Liveness probe failed: curl: (22) The requested URL returned error: 503');
    expect(liveness[0]).toMatchObject({ type: 'Warning', reason: 'Unhealthy', source: 'kubelet' });
    const firstRun = watch.containers.find((c) => 'running' in c.state);
    const runFor = kills[0].time - startedAt(firstRun?.state ?? {});
    expect(runFor).toBeGreaterThan(60);
    expect(runFor).toBeLessThanOrEqual(90);
  });

  it('keeps the killed run in lastState (SIGTERM: exit code 143)', () => {
    const restarted = watch.containers.find((c) => c.restartCount === 1 && 'running' in c.state);
    expect(restarted?.lastState).toMatchObject({ terminated: { reason: 'Error', exitCode: 143 } });
    expect(events.some((e) => e.message.startsWith('Readiness probe failed: '))).toBe(true);
  });
});

describe('failing-health-check behind a target group only (a readiness probe)', () => {
  it('stays Running, 0/1 READY, without a restart, and says why every 15 s', () => {
    const run = deploy({ simulate: { fault: 'failing-health-check' } }, LB);
    const watch = watchPod(run, 900);
    expect(watch.lines.map((l) => `${l.status} ${l.restarts} ${l.ready}`)).toEqual(['Pending 0 false', 'ContainerCreating 0 false', 'Running 0 false']);
    const unhealthy = podEvents(run, watch.name).filter((e) => e.reason === 'Unhealthy');
    expect(new Set(unhealthy.map((e) => e.message))).toEqual(new Set(['Readiness probe failed: HTTP probe failed with statuscode: 503']));
    const gaps = unhealthy.slice(1).map((e, i) => Math.round((e.time - unhealthy[i].time) * 10) / 10);
    expect(gaps.slice(1).every((g) => g === 15)).toBe(true);
    expect(podEvents(run, watch.name).some((e) => e.reason === 'Killing')).toBe(false);
  });
});

describe('slow-start (ready after 90–150 s)', () => {
  it('is killed before it is ready when 3 × 30 s of liveness is shorter than its start', () => {
    const run = deploy({ healthCheck: CHECK, simulate: { fault: 'slow-start' } });
    const watch = watchPod(run, 500);
    expect(watch.lines.some((l) => l.ready)).toBe(false);
    expect(watch.lines.at(-1)?.restarts).toBeGreaterThanOrEqual(2);
    const refused = podEvents(run, watch.name).find((e) => e.reason === 'Unhealthy');
    expect(refused?.message).toMatch(/probe failed: curl: \(7\) Failed to connect to localhost port 80/);
  });

  it('gets through with a startPeriod: a startup probe holds liveness back until the app answers', () => {
    const run = deploy({ healthCheck: { ...CHECK, interval: 10, startPeriod: 150 }, simulate: { fault: 'slow-start' } });
    const watch = watchPod(run, 400);
    const events = podEvents(run, watch.name);
    expect(events.some((e) => e.reason === 'Killing')).toBe(false);
    expect(events.filter((e) => e.reason === 'Unhealthy').every((e) => e.message.startsWith('Startup probe failed: '))).toBe(true);
    const start = startedAt(watch.containers.find((c) => 'running' in c.state)?.state ?? {});
    const ready = watch.lines.find((l) => l.ready);
    expect(ready?.restarts).toBe(0);
    // The app answers after 90–150 s; the next probe (every 10 s) sees it.
    expect((ready?.time ?? 0) - start).toBeGreaterThanOrEqual(90);
    expect((ready?.time ?? 0) - start).toBeLessThanOrEqual(160);
    const started = watch.containers.filter((c) => 'running' in c.state).map((c) => c.started);
    expect(started[0]).toBe(false);
    expect(started.at(-1)).toBe(true);
  });
});

describe('a healthy revision behind a target group', () => {
  it('turns READY after healthyThresholdCount successful readiness probes', () => {
    const run = deploy({}, LB);
    const watch = watchPod(run, 200);
    const start = startedAt(watch.containers.find((c) => 'running' in c.state)?.state ?? {});
    const ready = watch.lines.find((l) => l.ready);
    // 5 successes: one when the container starts, four more on the 15 s ticker.
    expect((ready?.time ?? 0) - start).toBeGreaterThan(3 * 15);
    expect((ready?.time ?? 0) - start).toBeLessThanOrEqual(4 * 15);
    expect(podEvents(run, watch.name).some((e) => e.reason === 'Unhealthy')).toBe(false);
  });
});
