import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE, DRAWN_CATEGORIES, podCategory, taskCategory } from './statusColour';

const t = (lastStatus: Parameters<typeof taskCategory>[0]['lastStatus'], countsAsHealthy = false, healthStatus: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN' = 'UNKNOWN') => taskCategory({ lastStatus, countsAsHealthy, healthStatus });

describe('taskCategory', () => {
  it('puts the ECS lifecycle into starting → running → healthy → stopping', () => {
    expect(['PROVISIONING', 'PENDING', 'ACTIVATING'].map((s) => t(s as 'PENDING'))).toEqual(['starting', 'starting', 'starting']);
    expect(t('RUNNING')).toBe('running');
    expect(t('RUNNING', true, 'HEALTHY')).toBe('healthy');
    expect(t('RUNNING', false, 'UNHEALTHY')).toBe('unhealthy');
    expect(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING'].map((s) => t(s as 'STOPPING'))).toEqual(['stopping', 'stopping', 'stopping']);
    expect(t('STOPPED')).toBe('stopped');
  });
});

describe('podCategory', () => {
  const p = (phase: 'Pending' | 'Running' | 'Failed' | 'Succeeded' | 'Unknown', ready: boolean, available: boolean, terminating = false, status: string = phase) =>
    podCategory({ phase, ready, available, terminating, status });

  it('uses phase, readiness, availability and termination', () => {
    expect(p('Pending', false, false, false, 'ContainerCreating')).toBe('starting');
    expect(p('Running', false, false)).toBe('running');
    // Ready but not yet minReadySeconds old: not available, so not counted.
    expect(p('Running', true, false)).toBe('running');
    expect(p('Running', true, true)).toBe('healthy');
    expect(p('Running', true, true, true, 'Terminating')).toBe('stopping');
    expect(p('Running', false, false, false, 'CrashLoopBackOff')).toBe('unhealthy');
    expect(p('Failed', false, false)).toBe('unhealthy');
  });
});

describe('CATEGORY_STYLE', () => {
  it('gives every drawn category its own colour and its own fill pattern', () => {
    const styles = DRAWN_CATEGORIES.map((c) => CATEGORY_STYLE[c]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(DRAWN_CATEGORIES.length);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(DRAWN_CATEGORIES.length);
  });
});
