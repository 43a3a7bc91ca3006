import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePodsForDeletion, podsToDelete, type RankablePod } from './podDeletionOrder';

const pod = (name: string, fields: Partial<RankablePod> = {}): RankablePod => ({
  name,
  node: 'node-1',
  phase: 'Running',
  ready: true,
  readySince: 10,
  restarts: 0,
  createdAt: 0,
  seq: 0,
  ...fields,
});

const order = (pods: RankablePod[]) => [...pods].sort(comparePodsForDeletion).map((p) => p.name);

describe('comparePodsForDeletion (ActivePodsWithRanks, reference/k8s.md §1.6)', () => {
  it('deletes unassigned pods before assigned ones', () => {
    expect(order([pod('assigned', { phase: 'Pending', ready: false }), pod('unassigned', { node: null, phase: 'Pending', ready: false })])).toEqual([
      'unassigned',
      'assigned',
    ]);
  });

  it('deletes Pending before Unknown before Running', () => {
    expect(order([pod('running'), pod('unknown', { phase: 'Unknown' }), pod('pending', { phase: 'Pending' })])).toEqual(['pending', 'unknown', 'running']);
  });

  it('deletes not-ready before ready', () => {
    expect(order([pod('ready'), pod('not-ready', { ready: false, readySince: null })])).toEqual(['not-ready', 'ready']);
  });

  it('deletes the pod ready for less time first', () => {
    expect(order([pod('ready-long', { readySince: 5 }), pod('ready-recently', { readySince: 50 })])).toEqual(['ready-recently', 'ready-long']);
  });

  it('deletes the pod with more restarts first', () => {
    expect(order([pod('steady'), pod('flaky', { restarts: 3 })])).toEqual(['flaky', 'steady']);
  });

  it('deletes the newer pod first', () => {
    expect(order([pod('old', { createdAt: 1, seq: 1 }), pod('new', { createdAt: 9, seq: 2 })])).toEqual(['new', 'old']);
    expect(order([pod('first', { seq: 1 }), pod('second', { seq: 2 })])).toEqual(['second', 'first']);
  });

  it('applies the criteria in order: phase beats readiness and age', () => {
    expect(order([pod('pending-old', { phase: 'Pending', ready: false, createdAt: 0 }), pod('running-not-ready', { ready: false, createdAt: 9 })])).toEqual([
      'pending-old',
      'running-not-ready',
    ]);
  });
});

describe('podsToDelete', () => {
  const arbitraryPod = fc.record({
    node: fc.constantFrom('n', null),
    phase: fc.constantFrom('Pending' as const, 'Unknown' as const, 'Running' as const),
    ready: fc.boolean(),
    readySince: fc.integer({ min: 0, max: 3 }),
    restarts: fc.integer({ min: 0, max: 2 }),
    createdAt: fc.integer({ min: 0, max: 3 }),
  });

  it('picks the same pods as a full sort would, in order', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPod, { maxLength: 40 }), fc.integer({ min: 0, max: 45 }), (fields, count) => {
        const pods = fields.map((f, i) => ({ ...f, name: `p${i}`, seq: i }));
        const expected = order(pods).slice(0, count);
        expect(podsToDelete(pods, count).map((p) => p.name)).toEqual(expected);
      }),
    );
  });

  it('leaves its input untouched', () => {
    const pods = [pod('a', { seq: 1 }), pod('b', { seq: 2 }), pod('c', { seq: 3 })];
    podsToDelete(pods, 1);
    expect(pods.map((p) => p.name)).toEqual(['a', 'b', 'c']);
  });
});
