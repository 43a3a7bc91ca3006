import { describe, expect, it } from 'vitest';
import type { CapacityProviderView } from '../../sim';
import { deployment, PRIMARY_ID, ACTIVE_ID, pod, replicaSet, task } from '../shared/snapshotFixture';
import { byZone, filteredByReason, podGeneration, providerRows, taskGeneration, tasksByInstance } from './placementGroups';

describe('placementGroups', () => {
  it('groups by zone in name order', () => {
    expect(byZone(['b1', 'a1', 'b2'], (s) => `us-east-1${s[0]}`)).toEqual([
      { zone: 'us-east-1a', items: ['a1'] },
      { zone: 'us-east-1b', items: ['b1', 'b2'] },
    ]);
  });

  it('puts each placed task on its instance and leaves stopped ones out', () => {
    const on = (t: ReturnType<typeof task>, arn: string) => ({ ...t, containerInstanceArn: arn });
    const map = tasksByInstance([on(task(1, PRIMARY_ID, 'RUNNING'), 'ci-1'), on(task(2, PRIMARY_ID, 'STOPPED'), 'ci-1'), on(task(3, PRIMARY_ID, 'PENDING'), 'ci-2')]);
    expect([...map].map(([arn, tasks]) => [arn, tasks.length])).toEqual([
      ['ci-1', 1],
      ['ci-2', 1],
    ]);
  });

  it('tells the PRIMARY deployment’s tasks and the newest ReplicaSet’s pods from older ones', () => {
    const deployments = [deployment(PRIMARY_ID, 'PRIMARY', 2), deployment(ACTIVE_ID, 'ACTIVE', 1)];
    expect(taskGeneration(task(1, PRIMARY_ID, 'RUNNING'), deployments)).toBe('new');
    expect(taskGeneration(task(2, ACTIVE_ID, 'RUNNING'), deployments)).toBe('old');
    const replicaSets = [replicaSet('aaa', 1), replicaSet('bbb', 2)];
    expect(podGeneration(pod(1, 'web-bbb', 'Running', true), replicaSets, 2)).toBe('new');
    expect(podGeneration(pod(2, 'web-aaa', 'Running', true), replicaSets, 2)).toBe('old');
  });

  it('groups the instances the last placement filtered out by the filter that removed them, with every one counted', () => {
    const groups = filteredByReason({
      containerInstanceId: 'c',
      filteredOut: [
        { containerInstanceId: 'a', by: 'ENI' },
        { containerInstanceId: 'b', by: 'CPU' },
        { containerInstanceId: 'd', by: 'ENI' },
      ],
      filteredOutBy: { ENI: 30, CPU: 1 },
      ranking: '',
      time: 0,
    });
    expect(groups).toEqual([
      { by: 'ENI', count: 30, instances: ['a', 'd'] },
      { by: 'CPU', count: 1, instances: ['b'] },
    ]);
  });

  it('lists the strategy’s providers first with their base and weight', () => {
    const providers: CapacityProviderView[] = [
      { name: 'FARGATE', type: 'FARGATE', tasks: 1 },
      { name: 'FARGATE_SPOT', type: 'FARGATE_SPOT', tasks: 4 },
      { name: 'asg', type: 'AUTO_SCALING_GROUP', tasks: 0 },
    ];
    const rows = providerRows(providers, [
      { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 4 },
      { capacityProvider: 'FARGATE', base: 1, weight: 1 },
    ]);
    expect(rows.map((r) => [r.provider.name, r.item?.base ?? null, r.item?.weight ?? null])).toEqual([
      ['FARGATE_SPOT', 0, 4],
      ['FARGATE', 1, 1],
      ['asg', null, null],
    ]);
  });
});
