import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import { pickTaskToStop, type RunningTask } from './pickTaskToStop';
import { FLEET } from './placementFleet.testkit';

// Web tasks as FLEET shows them: one on i-b (1b), two on i-d (1c); plus one on i-a (1a) and one on i-c (1b).
const TASKS: readonly RunningTask[] = [
  { taskId: 't-a1', instanceId: 'i-a', cpu: 256, memory: 512 },
  { taskId: 't-b1', instanceId: 'i-b', cpu: 256, memory: 512 },
  { taskId: 't-c1', instanceId: 'i-c', cpu: 256, memory: 512 },
  { taskId: 't-d1', instanceId: 'i-d', cpu: 256, memory: 512 },
  { taskId: 't-d2', instanceId: 'i-d', cpu: 256, memory: 512 },
];

describe('pickTaskToStop', () => {
  it('binpack memory stops the task whose instance has the most memory left afterwards (i-a: 7680 + 512)', () => {
    const result = pickTaskToStop({ tasks: TASKS, instances: FLEET, strategy: [{ type: 'binpack', field: 'memory' }], random: createRandomState(1) });
    expect(result).toEqual({ taskId: 't-a1', ranking: 'binpack(memory): most MiB left after stopping is 8192 → t-a1' });
  });

  it('spread on the AZ takes from the AZ with the most tasks; 1b and 1c tie at 2, so a draw among those four', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const result = pickTaskToStop({ tasks: TASKS, instances: FLEET, random: createRandomState(seed) });
      seen.add(result?.taskId ?? '');
    }
    expect([...seen].sort()).toEqual(['t-b1', 't-c1', 't-d1', 't-d2']);
  });

  it('spread AZ then spread instanceId stops a task on i-d, the instance with two', () => {
    const result = pickTaskToStop({
      tasks: TASKS,
      instances: FLEET,
      strategy: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'spread', field: 'instanceId' },
      ],
      random: createRandomState(3),
    });
    expect(result?.taskId).toMatch(/^t-d[12]$/);
  });

  it('random may stop any task, deterministically per seed; no tasks gives null', () => {
    const request = { tasks: TASKS, instances: FLEET, strategy: [{ type: 'random' as const }] };
    expect(pickTaskToStop({ ...request, random: createRandomState(9) })).toEqual(pickTaskToStop({ ...request, random: createRandomState(9) }));
    expect(pickTaskToStop({ ...request, tasks: [], random: createRandomState(9) })).toBeNull();
  });
});
