import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import { beginTermination, bindPod, createPod, isPodAvailable, podContribution, startContainer } from './podLifecycle';
import { containerCreatingDelay, schedulingDelay, terminationDelay, TERMINATION_GRACE_PERIOD_SECONDS } from './podTimings';

describe('pod lifecycle (reference/k8s.md §4.1, §4.2)', () => {
  it('walks Pending → ContainerCreating → Running, Ready as soon as the container starts', () => {
    const pod = createPod('web-abc-x7k2p', 'web-abc', 0, 0);
    expect(pod).toMatchObject({ phase: 'Pending', status: 'Pending', node: null, ready: false });
    bindPod(pod, 'node-1', 0.7, 'web', 'nginx:1.27');
    expect(pod).toMatchObject({ phase: 'Pending', status: 'ContainerCreating', node: 'node-1', scheduledAt: 0.7 });
    startContainer(pod, 12.5);
    expect(pod).toMatchObject({ phase: 'Running', status: 'Running', ready: true, readySince: 12.5 });
  });

  it('is available once Ready for minReadySeconds (IsPodAvailable, §1.7)', () => {
    const pod = createPod('p', 'rs', 0, 0);
    expect(isPodAvailable(pod, 0, 100)).toBe(false);
    bindPod(pod, 'node-1', 1, 'web', 'nginx:1.27');
    startContainer(pod, 10);
    expect(isPodAvailable(pod, 0, 10)).toBe(true);
    expect(isPodAvailable(pod, 5, 14.9)).toBe(false);
    expect(isPodAvailable(pod, 5, 15)).toBe(true);
  });

  it('terminating: STATUS Terminating, not ready, not available, not counted in status.replicas', () => {
    const pod = createPod('p', 'rs', 0, 0);
    bindPod(pod, 'node-1', 1, 'web', 'nginx:1.27');
    startContainer(pod, 10);
    pod.available = true;
    expect(podContribution(pod)).toEqual({ replicas: 1, ready: 1, available: 1 });
    beginTermination(pod);
    expect(pod).toMatchObject({ status: 'Terminating', terminating: true, ready: false, available: false, phase: 'Running' });
    expect(podContribution(pod)).toEqual({ replicas: 0, ready: 0, available: 0 });
    expect(isPodAvailable(pod, 0, 20)).toBe(false);
  });
});

describe('pod timings (inferred ranges)', () => {
  it('draws each duration from its range, seeded', () => {
    const random = createRandomState(42, 1);
    for (let i = 0; i < 200; i++) {
      const scheduling = schedulingDelay(random);
      const creating = containerCreatingDelay(random);
      const exit = terminationDelay(random, true);
      const teardown = terminationDelay(random, false);
      expect(scheduling).toBeGreaterThanOrEqual(0.5);
      expect(scheduling).toBeLessThanOrEqual(1);
      expect(creating).toBeGreaterThanOrEqual(8);
      expect(creating).toBeLessThanOrEqual(20);
      expect(exit).toBeGreaterThanOrEqual(1);
      expect(exit).toBeLessThanOrEqual(Math.min(4, TERMINATION_GRACE_PERIOD_SECONDS));
      expect(teardown).toBeLessThanOrEqual(1.5);
    }
  });

  it('repeats for the same seed', () => {
    const draw = () => {
      const random = createRandomState(7, 1);
      return [schedulingDelay(random), containerCreatingDelay(random), terminationDelay(random, true)];
    };
    expect(draw()).toEqual(draw());
  });
});
