import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import { placeTask, type PlacementRequest } from './placeTask';
import { FLEET, instance, WEB_TASK } from './placementFleet.testkit';
import type { PlacementConstraint } from './placementTypes';
import { parsePlacementExpression } from './queryLanguage';
import { unablePlaceMessage } from './unablePlaceMessage';

function memberOf(text: string): PlacementConstraint {
  const parsed = parsePlacementExpression(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return { type: 'memberOf', expression: parsed.expression };
}

const place = (request: Omit<PlacementRequest, 'random'>, seed = 1) => placeTask({ ...request, random: createRandomState(seed) });

describe('placeTask strategies', () => {
  it('binpack memory picks the instance with the least memory left that still fits (i-d, 1024 MiB)', () => {
    const result = place({ instances: FLEET, task: WEB_TASK, strategy: [{ type: 'binpack', field: 'memory' }] });
    expect(result).toEqual({
      ok: true,
      instanceId: 'i-d',
      reasons: { filteredOut: [], ranking: 'binpack(memory): least MiB left is 1024 → i-d' },
    });
  });

  it('binpack cpu skips an instance too small for the task and takes the next tightest', () => {
    const task = { ...WEB_TASK, cpu: 1024 };
    const result = place({ instances: FLEET, task, strategy: [{ type: 'binpack', field: 'cpu' }] });
    // i-d has 512 CPU units: filtered. Of the rest, i-b has the least (1024).
    expect(result).toMatchObject({ ok: true, instanceId: 'i-b', reasons: { filteredOut: [{ instanceId: 'i-d', by: 'CPU' }] } });
  });

  it('with no strategy, spreads over AZs: 1a has no web task, so i-a (the service default)', () => {
    const result = place({ instances: FLEET, task: WEB_TASK });
    expect(result).toEqual({
      ok: true,
      instanceId: 'i-a',
      reasons: { filteredOut: [], ranking: 'spread(attribute:ecs.availability-zone): fewest service:web tasks is 0 → i-a' },
    });
  });

  it('spread instanceId keeps the instances without a web task (i-a, i-c) and draws between them', () => {
    const chosen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const result = place({ instances: FLEET, task: WEB_TASK, strategy: [{ type: 'spread', field: 'instanceId' }] }, seed);
      if (!result.ok) throw new Error('expected a placement');
      chosen.add(result.instanceId);
      expect(result.reasons.ranking).toMatch(/^spread\(instanceId\): fewest service:web tasks is 0 → i-a, i-c; tie → random i-[ac]$/);
    }
    expect([...chosen].sort()).toEqual(['i-a', 'i-c']);
  });

  it('chains spread AZ then binpack memory within the AZ (DG example), after memberOf drops 1a', () => {
    const result = place({
      instances: FLEET,
      task: WEB_TASK,
      constraints: [memberOf('attribute:ecs.availability-zone != us-east-1a')],
      strategy: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ],
    });
    // 1b holds 1 web task, 1c holds 2 → i-b, i-c; of those i-b has less memory left (2048 < 4096).
    expect(result).toEqual({
      ok: true,
      instanceId: 'i-b',
      reasons: {
        filteredOut: [{ instanceId: 'i-a', by: 'memberOf' }],
        ranking:
          'spread(attribute:ecs.availability-zone): fewest service:web tasks is 1 → i-b, i-c; binpack(memory): least MiB left is 2048 → i-b',
      },
    });
  });

  it('random places only on feasible instances, and the same seed gives the same instance', () => {
    const request = { instances: FLEET, task: { ...WEB_TASK, memory: 3000 }, strategy: [{ type: 'random' as const }] };
    const seen = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const first = place(request, seed);
      expect(place(request, seed)).toEqual(first);
      if (first.ok) seen.add(first.instanceId);
    }
    // i-b (2048 MiB) and i-d (1024 MiB) cannot hold 3000 MiB.
    expect([...seen].sort()).toEqual(['i-a', 'i-c']);
  });
});

describe('placeTask constraints', () => {
  it('distinctInstance drops the instances already running a web task', () => {
    const result = place({
      instances: FLEET,
      task: WEB_TASK,
      constraints: [{ type: 'distinctInstance' }],
      strategy: [{ type: 'binpack', field: 'memory' }],
    });
    expect(result).toMatchObject({
      ok: true,
      instanceId: 'i-c',
      reasons: {
        filteredOut: [
          { instanceId: 'i-b', by: 'distinctInstance' },
          { instanceId: 'i-d', by: 'distinctInstance' },
        ],
      },
    });
  });

  it('memberOf on a custom attribute keeps only i-c', () => {
    const result = place({ instances: FLEET, task: WEB_TASK, constraints: [memberOf('attribute:stack == prod')] });
    expect(result).toMatchObject({ ok: true, instanceId: 'i-c' });
    if (result.ok) expect(result.reasons.filteredOut.map((f) => f.by)).toEqual(['memberOf', 'memberOf', 'memberOf']);
  });
});

describe('placeTask failures and their events', () => {
  it('insufficient memory everywhere: closest is the first instance, and the event is ECS\'s memory text', () => {
    const result = place({ instances: FLEET, task: { ...WEB_TASK, memory: 8000 } });
    expect(result).toMatchObject({ ok: false, closest: { instanceId: 'i-a', lacking: 'MEMORY' } });
    if (result.ok) return;
    expect(unablePlaceMessage('web', result.closest)).toBe(
      '(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance i-a) has insufficient memory available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    );
  });

  it('insufficient CPU everywhere gives the CPU units text', () => {
    const result = place({ instances: FLEET, task: { ...WEB_TASK, cpu: 4096 } });
    if (result.ok) throw new Error('expected a failure');
    expect(unablePlaceMessage('clouddriver-dev-v0013', result.closest)).toBe(
      '(service clouddriver-dev-v0013) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance i-a) has insufficient CPU units available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    );
  });

  it('the closest instance is the one missing the fewest requirements (i-a misses only memberOf)', () => {
    const result = place({
      instances: FLEET,
      task: { ...WEB_TASK, cpu: 1600, memory: 5000 },
      constraints: [memberOf('attribute:ecs.availability-zone == us-east-1b')],
    });
    expect(result).toEqual({
      ok: false,
      filteredOut: [
        { instanceId: 'i-a', by: 'memberOf' },
        { instanceId: 'i-b', by: 'CPU' },
        { instanceId: 'i-c', by: 'CPU' },
        { instanceId: 'i-d', by: 'CPU' },
      ],
      closest: { instanceId: 'i-a', lacking: 'memberOf' },
    });
    if (result.ok) return;
    expect(unablePlaceMessage('web', result.closest)).toBe(
      '(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance i-a) encountered error "MemberOf placement constraint unsatisfied." For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    );
  });

  it('an awsvpc task with every ENI attachment point taken fails on ENI', () => {
    const full = FLEET.map((i) => ({ ...i, attachedTaskEnis: i.taskEniLimit }));
    const result = place({ instances: full, task: { ...WEB_TASK, needsEni: true } });
    expect(result).toMatchObject({ ok: false, closest: { instanceId: 'i-a', lacking: 'ENI' } });
    if (result.ok) return;
    expect(unablePlaceMessage('web', result.closest)).toContain('The closest matching (container-instance i-a) encountered error "RESOURCE:ENI".');
  });

  it('an empty cluster has no closest instance', () => {
    const result = place({ instances: [], task: WEB_TASK });
    expect(result).toEqual({ ok: false, filteredOut: [], closest: null });
    expect(unablePlaceMessage('web', null)).toBe(
      '(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    );
  });

  it('property: placing awsvpc tasks one by one never attaches more task ENIs than an instance allows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 60 }), fc.nat(), (limits, tasks, seed) => {
        let fleet = limits.map((limit, k) => instance(`i-${k}`, { taskEniLimit: limit, availabilityZone: `az-${k % 3}`, remainingMemory: 1e6, remainingCpu: 1e6 }));
        const random = createRandomState(seed);
        const capacity = limits.reduce((a, b) => a + b, 0);
        for (let n = 0; n < tasks; n++) {
          const result = placeTask({ instances: fleet, task: { ...WEB_TASK, needsEni: true }, random });
          if (!result.ok) {
            expect(n).toBe(capacity);
            expect(result.closest?.lacking).toBe('ENI');
            return;
          }
          fleet = fleet.map((i) => (i.id === result.instanceId ? { ...i, attachedTaskEnis: i.attachedTaskEnis + 1, taskGroups: { ...i.taskGroups, [WEB_TASK.group]: (i.taskGroups[WEB_TASK.group] ?? 0) + 1 } } : i));
          for (const i of fleet) expect(i.attachedTaskEnis).toBeLessThanOrEqual(i.taskEniLimit);
        }
        expect(tasks).toBeLessThanOrEqual(capacity);
      }),
    );
  });
});
