import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import { nextTaskStatus, taskStatusDuration } from './taskLifecycle';

describe('task lifecycle', () => {
  it('walks ECS lastStatus values in the documented order', () => {
    const seen = ['PROVISIONING'];
    let s = nextTaskStatus('PROVISIONING');
    while (s) {
      seen.push(s);
      s = nextTaskStatus(s);
    }
    expect(seen).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING']);
    const stop = ['DEACTIVATING'];
    s = nextTaskStatus('DEACTIVATING');
    while (s) {
      stop.push(s);
      s = nextTaskStatus(s);
    }
    expect(stop).toEqual(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
  });

  it('RUNNING is held until the scheduler stops the task', () => {
    expect(nextTaskStatus('RUNNING')).toBeNull();
    expect(taskStatusDuration('RUNNING', createRandomState(1))).toBe(0);
  });

  it('draws transient durations from the seed, the same for the same seed', () => {
    const a = taskStatusDuration('PENDING', createRandomState(7));
    const b = taskStatusDuration('PENDING', createRandomState(7));
    expect(a).toBe(b);
    expect(a).toBeGreaterThanOrEqual(8);
    expect(a).toBeLessThanOrEqual(20);
  });
});
