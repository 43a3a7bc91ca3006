import { describe, expect, it } from 'vitest';
import type { Fault } from '../types';
import { appBehaviour } from './appBehaviour';
import { applicationLogs, type ApplicationLogInput } from './applicationLogs';
import { FAULT_NAMES } from './faultNames';

const TASK_ROLE = 'arn:aws:iam::123456789012:role/webTaskRole';
const NODE_ROLE = 'arn:aws:iam::123456789012:role/eks-node-group-role';
const ID = '6a127288b5fa4ad7b70e2b340d705cc0';

const logs = (fault: Fault, over: Partial<ApplicationLogInput> = {}) =>
  applicationLogs({ platform: 'ecs', fault, containerName: 'web', image: 'public.ecr.aws/isomorph/web:v2', startedAt: 100, finishedAt: null, now: 1000, roleArn: TASK_ROLE, id: ID, ...over });
const text = (lines: { message: string }[]) => lines.map((l) => l.message).join('\n');

describe('application logs', () => {
  it('are empty for a container that never started (a failed pull or secret)', () => {
    expect(logs('image-pull-error', { startedAt: null })).toEqual([]);
    expect(logs('missing-execution-role-permission', { startedAt: null })).toEqual([]);
  });

  it('start with the app’s startup lines, name the image tag, and are oldest first and never after now', () => {
    for (const fault of FAULT_NAMES) {
      const lines = logs(fault, { now: 400 });
      expect(lines[0]).toEqual({ timestamp: 100, message: '[info] web v2 starting (container web, node v20.19.0, pid 1)' });
      expect(lines.map((l) => l.timestamp)).toEqual([...lines.map((l) => l.timestamp)].sort((a, b) => a - b));
      expect(lines.every((l) => l.timestamp >= 100 && l.timestamp <= 400)).toBe(true);
    }
    expect(logs('healthy', { now: 100.5 }).map((l) => l.timestamp)).toEqual([100, 100.2, 100.4]);
  });

  it('missing-task-role-permission: AccessDenied for s3:GetObject as the task role, session named after the task, then exit 1', () => {
    const all = text(logs('missing-task-role-permission'));
    expect(all).toContain(
      `AccessDenied: User: arn:aws:sts::123456789012:assumed-role/webTaskRole/${ID} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::isomorph-assets/config.json" because no identity-based policy allows the s3:GetObject action`,
    );
    expect(all).toMatch(/exiting with code 1$/);
    const exit = 100 + appBehaviour('missing-task-role-permission', ID).exitAfter!;
    expect(logs('missing-task-role-permission').at(-1)!.timestamp).toBeLessThanOrEqual(exit);
  });

  it('on Kubernetes the same app runs as the node role: the session is an EC2 instance id', () => {
    const all = text(logs('missing-task-role-permission', { platform: 'k8s', roleArn: NODE_ROLE, id: 'web-7d4b9c8f6-x2k9p' }));
    expect(all).toMatch(/AccessDenied: User: arn:aws:sts::123456789012:assumed-role\/eks-node-group-role\/i-0[0-9a-f]{16} is not authorized to perform: s3:GetObject/);
    expect(all).toContain('credentials from the EC2 instance metadata service');
    expect(text(logs('healthy'))).toContain('credentials from the container credentials endpoint');
  });

  it('oom: memory climbs, and nothing is written after the kill', () => {
    const exit = 100 + appBehaviour('oom', ID).exitAfter!;
    const lines = logs('oom', { finishedAt: exit });
    expect(text(lines)).toMatch(/memory: rss \d+ MiB/);
    expect(lines.at(-1)!.timestamp).toBeLessThan(exit);
    expect(text(lines)).not.toMatch(/SIGTERM|exiting/);
  });

  it('exit-on-start and exit-later say why they exit, at the time the simulation stops them', () => {
    const early = logs('exit-on-start');
    expect(early.at(-1)).toEqual({ timestamp: expect.closeTo(100 + appBehaviour('exit-on-start', ID).exitAfter! - 0.05, 3), message: expect.stringContaining('exiting with code 1') });
    const late = logs('exit-later');
    expect(text(late)).toContain('listening on 0.0.0.0:80');
    expect(late.at(-1)!.message).toBe('[fatal] exiting with code 1');
  });

  it('slow-start: warms up, then listens when the app becomes ready', () => {
    const ready = 100 + appBehaviour('slow-start', ID).readyAfter!;
    const lines = logs('slow-start');
    expect(lines.find((l) => l.message === '[info] listening on 0.0.0.0:80')!.timestamp).toBeCloseTo(ready, 3);
    expect(lines.filter((l) => l.message.includes('warming up')).length).toBeGreaterThanOrEqual(4);
  });

  it('failing-health-check: the app runs and says why /health answers 503', () => {
    expect(text(logs('failing-health-check'))).toMatch(/\/health answers 503/);
    expect(text(logs('failing-health-check'))).toContain('GET /health 503');
  });

  it('a container stopped from outside (scheduler, StopTask, Spot) gets SIGTERM and shuts down cleanly at its end', () => {
    for (const fault of ['healthy', 'spot-interruption', 'exit-later'] as Fault[]) {
      const lines = logs(fault, { finishedAt: 150 });
      expect(lines.slice(-2)).toEqual([
        { timestamp: 149, message: '[info] received SIGTERM: closing the listener and draining open connections' },
        { timestamp: 150, message: '[info] shut down cleanly' },
      ]);
    }
  });

  it('are a function of their input, and vary a little between replicas', () => {
    expect(logs('healthy')).toEqual(logs('healthy'));
    expect(text(logs('healthy'))).not.toBe(text(logs('healthy', { id: 'ef673d3a5c6d4401993bdbe5f77df574' })));
  });

  it('keep the startup lines and only the newest traffic lines of a long run', () => {
    const lines = logs('healthy', { now: 100 + 24 * 3600 });
    expect(lines[0].message).toContain('starting');
    expect(lines.filter((l) => l.message.includes('served')).length).toBe(100);
  });
});
