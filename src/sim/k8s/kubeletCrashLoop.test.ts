// Pods of a revision whose app exits: Error (or OOMKilled), an immediate first restart, then
// CrashLoopBackOff with the kubelet's back-off. Expected numbers come from the Pod Lifecycle page
// ("Initial crash: Kubernetes attempts an immediate restart"; "10s, 20s, 40s, … capped at 300
// seconds") and the kubelet's messages (reference/k8s.md §4.2, §4.3), not from the code.
import { describe, expect, it } from 'vitest';
import type { Fault } from '../types';
import { setPodTemplate } from './k8sSide';
import { podEvents, watchPod } from './podWatch';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

const UID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.source;

function deploy(fault: Fault) {
  const run = runK8sAlone(k8sScenario({ replicas: 1, maxSurge: 1, maxUnavailable: 0, seed: 11 }));
  setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2', fault }, run.ctx);
  return run;
}

/** [STATUS, RESTARTS] in the order `kubectl get pod -w` shows them. */
const statuses = (lines: { status: string; restarts: number }[]) => lines.map((l) => `${l.status} ${l.restarts}`);

describe('exit-on-start: exit 1 within 1–3 s of each start', () => {
  const run = deploy('exit-on-start');
  const watch = watchPod(run, 1300);

  it('shows Error, restarts once at once, then CrashLoopBackOff between restarts', () => {
    expect(statuses(watch.lines).slice(0, 9)).toEqual([
      'Pending 0',
      'ContainerCreating 0',
      'Running 0',
      'Error 0',
      'Running 1',
      'Error 1',
      'CrashLoopBackOff 1',
      'Running 2',
      'Error 2',
    ]);
    expect(statuses(watch.lines).at(-1)).toMatch(/^(CrashLoopBackOff|Running|Error) [89]$/);
  });

  it('waits 10, 20, 40, 80, 160, 300, 300 s after each exit once the first restart is spent', () => {
    const runs = watch.containers.filter((c) => 'running' in c.state && c.lastState !== null);
    const gaps = runs.map((c) => {
      const started = 'running' in c.state ? c.state.running.startedAt : NaN;
      const finished = c.lastState !== null && 'terminated' in c.lastState ? c.lastState.terminated.finishedAt : NaN;
      return Math.round((started - finished) * 10) / 10;
    });
    // The first restart waits only for the kubelet's next relist (1 s, inferred), not for a back-off.
    expect(gaps.slice(0, 8)).toEqual([1, 10, 20, 40, 80, 160, 300, 300]);
  });

  it('keeps the last run in lastState and counts restarts in restartCount', () => {
    const waiting = watch.containers.filter((c) => 'waiting' in c.state && c.state.waiting.reason === 'CrashLoopBackOff');
    expect(waiting.map((c) => c.restartCount).slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const messages = waiting.map((c) => ('waiting' in c.state ? c.state.waiting.message : ''));
    expect(messages[0]).toMatch(new RegExp(`^back-off 10s restarting failed container=web pod=${watch.name}_default\\(${UID}\\)$`));
    expect(messages.slice(1, 6).map((m) => m?.split(' ')[1])).toEqual(['20s', '40s', '1m20s', '2m40s', '5m0s']);
    for (const c of waiting) {
      expect(c).toMatchObject({ ready: false, started: false, lastState: { terminated: { reason: 'Error', exitCode: 1 } } });
      const run = c.lastState !== null && 'terminated' in c.lastState ? c.lastState.terminated : undefined;
      expect((run?.finishedAt ?? 0) - (run?.startedAt ?? 0)).toBeGreaterThanOrEqual(1);
      expect((run?.finishedAt ?? 0) - (run?.startedAt ?? 0)).toBeLessThanOrEqual(3);
    }
  });

  it('describes it with the kubelet events', () => {
    const events = podEvents(run, watch.name);
    expect(events.slice(0, 9).map((e) => `${e.type} ${e.reason} ${e.source}`)).toEqual([
      'Normal Scheduled default-scheduler',
      'Normal Pulling kubelet',
      'Normal Pulled kubelet',
      'Normal Created kubelet',
      'Normal Started kubelet',
      'Normal Pulled kubelet',
      'Normal Created kubelet',
      'Normal Started kubelet',
      'Warning BackOff kubelet',
    ]);
    expect(events[5].message).toBe('Container image "nginx:1.28" already present on machine');
    expect(events[8].message).toMatch(new RegExp(`^Back-off restarting failed container web in pod ${watch.name}_default\\(${UID}\\)$`));
    expect(events.filter((e) => e.reason === 'Started')).toHaveLength(watch.containers.filter((c) => 'running' in c.state).length);
  });
});

describe('oom: killed by the kernel 10–30 s after start', () => {
  it('shows OOMKilled with exit code 137 and restarts', () => {
    const run = deploy('oom');
    const watch = watchPod(run, 200);
    expect(watch.lines.map((l) => l.status)).toContain('OOMKilled');
    const exits = watch.containers.filter((c) => 'terminated' in c.state);
    expect(exits.length).toBeGreaterThanOrEqual(2);
    for (const c of exits) {
      const t = 'terminated' in c.state ? c.state.terminated : undefined;
      expect(t).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
      expect((t?.finishedAt ?? 0) - (t?.startedAt ?? 0)).toBeGreaterThanOrEqual(10);
      expect((t?.finishedAt ?? 0) - (t?.startedAt ?? 0)).toBeLessThanOrEqual(30);
    }
    expect(watch.containers.at(-1)?.restartCount).toBeGreaterThanOrEqual(2);
  });
});

describe('exit-later: serves for 90–180 s, then exits 1', () => {
  it('is Running and Ready until then, Error after, and restarts', () => {
    const run = deploy('exit-later');
    const watch = watchPod(run, 400);
    const firstExit = watch.containers.find((c) => 'terminated' in c.state);
    const t = firstExit !== undefined && 'terminated' in firstExit.state ? firstExit.state.terminated : undefined;
    expect(t).toMatchObject({ reason: 'Error', exitCode: 1, startedAt: expect.any(Number) });
    expect((t?.finishedAt ?? 0) - (t?.startedAt ?? 0)).toBeGreaterThanOrEqual(90);
    expect((t?.finishedAt ?? 0) - (t?.startedAt ?? 0)).toBeLessThanOrEqual(180);
    expect(watch.lines.find((l) => l.status === 'Running' && l.restarts === 0)?.ready).toBe(true);
    expect(watch.lines.some((l) => l.status === 'Running' && l.restarts === 1)).toBe(true);
  });
});

describe('missing-task-role-permission: the SDK call is denied and the app exits 1 after 2–5 s', () => {
  it('crash-loops like any app that exits at start', () => {
    const run = deploy('missing-task-role-permission');
    const watch = watchPod(run, 200);
    const exits = watch.containers.flatMap((c) => ('terminated' in c.state ? [c.state.terminated] : []));
    expect(exits.length).toBeGreaterThanOrEqual(3);
    for (const t of exits) {
      expect(t).toMatchObject({ reason: 'Error', exitCode: 1 });
      expect(t.finishedAt - t.startedAt).toBeGreaterThanOrEqual(2);
      expect(t.finishedAt - t.startedAt).toBeLessThanOrEqual(5);
    }
    expect(watch.lines.map((l) => l.status)).toContain('CrashLoopBackOff');
  });
});
