import { describe, expect, it } from 'vitest';
import {
  appendEvent,
  created,
  EVENT_LIMIT,
  goDuration,
  killing,
  newestEvents,
  pulled,
  pulling,
  scaledReplicaSet,
  scaledUpNewReplicaSet,
  scheduled,
  started,
  successfulCreate,
  successfulDelete,
  type EventLog,
} from './k8sEvents';

describe('event wording (reference/k8s.md §3.2, §4.3)', () => {
  it('words the Deployment controller events', () => {
    expect(scaledUpNewReplicaSet('web', 'web-5d9c7b8f6d', 1)).toEqual({
      type: 'Normal',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set web-5d9c7b8f6d to 1',
      involvedObject: { kind: 'Deployment', name: 'web' },
      source: 'deployment-controller',
    });
    expect(scaledReplicaSet('web', { name: 'web-848dd6cfb5', from: 1, to: 2 }).message).toBe('Scaled up replica set web-848dd6cfb5 to 2 from 1');
    expect(scaledReplicaSet('web', { name: 'web-86dcfdf4c6', from: 3, to: 2 }).message).toBe('Scaled down replica set web-86dcfdf4c6 to 2 from 3');
  });

  it('words the ReplicaSet controller events', () => {
    expect(successfulCreate('web-5d9c7b8f6d', 'web-5d9c7b8f6d-x7k2p')).toMatchObject({
      reason: 'SuccessfulCreate',
      message: 'Created pod: web-5d9c7b8f6d-x7k2p',
      involvedObject: { kind: 'ReplicaSet', name: 'web-5d9c7b8f6d' },
      source: 'replicaset-controller',
    });
    expect(successfulDelete('web-5d9c7b8f6d', 'web-5d9c7b8f6d-x7k2p').message).toBe('Deleted pod: web-5d9c7b8f6d-x7k2p');
  });

  it('words the scheduler and kubelet events like the docs transcript', () => {
    const pod = 'nginx-deployment-67d4bdd6f5-w6kd7';
    expect(scheduled(pod, 'kube-worker-1')).toMatchObject({
      reason: 'Scheduled',
      message: `Successfully assigned default/${pod} to kube-worker-1`,
      source: 'default-scheduler',
    });
    expect(pulling(pod, 'nginx').message).toBe('Pulling image "nginx"');
    expect(pulled(pod, 'nginx', 12.3).message).toBe('Successfully pulled image "nginx" in 12.3s');
    expect(created(pod, 'nginx')).toMatchObject({ reason: 'Created', message: 'Created container nginx', source: 'kubelet' });
    expect(started(pod, 'nginx').message).toBe('Started container nginx');
    expect(killing(pod, 'nginx')).toMatchObject({ reason: 'Killing', message: 'Stopping container nginx' });
  });

  it('prints durations the way Go does', () => {
    expect(goDuration(0.5)).toBe('500ms');
    expect(goDuration(8)).toBe('8s');
    expect(goDuration(12.3)).toBe('12.3s');
    expect(goDuration(65.5)).toBe('1m5.5s');
  });
});

describe('the event log', () => {
  it('keeps the newest EVENT_LIMIT events, newest first, with unique ids', () => {
    const log: EventLog = { items: [], nextId: 0 };
    for (let i = 0; i < 3 * EVENT_LIMIT + 7; i++) appendEvent(log, i, started(`pod-${i}`, 'web'));
    expect(log.items.length).toBeLessThan(2 * EVENT_LIMIT);
    const view = newestEvents(log);
    expect(view).toHaveLength(EVENT_LIMIT);
    expect(view[0]).toMatchObject({ time: 3 * EVENT_LIMIT + 6, involvedObject: { name: `pod-${3 * EVENT_LIMIT + 6}` } });
    expect(view[EVENT_LIMIT - 1].time).toBe(2 * EVENT_LIMIT + 7);
    expect(new Set(view.map((e) => e.id)).size).toBe(EVENT_LIMIT);
  });
});
