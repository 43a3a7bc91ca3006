import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../sim';
import { stepBackTarget } from './stepBackTarget';

function snapshotAt(time: number, ecsTimes: number[], k8sTimes: number[], decisionTimes: number[]): Snapshot {
  return {
    time,
    ecs: { service: { events: ecsTimes.map((createdAt) => ({ createdAt })) } },
    k8s: { events: k8sTimes.map((t) => ({ time: t })) },
    decisions: decisionTimes.map((t) => ({ time: t })),
  } as unknown as Snapshot;
}

describe('stepBackTarget', () => {
  it('lands on the latest earlier event or decision', () => {
    expect(stepBackTarget(snapshotAt(40, [30], [38.5], [37]))).toBe(38.5);
  });

  it('ignores what happens at the current time', () => {
    expect(stepBackTarget(snapshotAt(40, [40], [], [39]))).toBe(39);
  });

  it('moves at most 5 s back, and not below 0', () => {
    expect(stepBackTarget(snapshotAt(40, [10], [], []))).toBe(35);
    expect(stepBackTarget(snapshotAt(3, [], [], []))).toBe(0);
  });
});
