import { describe, expect, it } from 'vitest';
import type { UnitMark } from './rolloutMarks';
import { moveCursor, selectionOf, unitAt, unitOf } from './markPicking';

const TASK_ARN = 'arn:aws:ecs:us-east-1:123456789012:task/isomorph/6a127288b5fa4ad7b70e2b340d705cc0';

function unit(id: string, side: 'ecs' | 'k8s', x: number, y: number, size = 10): UnitMark {
  return { id, x, y, size, category: 'healthy', data: { side, id } };
}

// Two rows of ECS marks at a 14 px pitch (10 px marks, 4 px gaps), one Kubernetes mark to the right.
const units = [
  unit(TASK_ARN, 'ecs', 20, 100),
  unit('arn:aws:ecs:us-east-1:123456789012:task/isomorph/b', 'ecs', 34, 100),
  unit('arn:aws:ecs:us-east-1:123456789012:task/isomorph/c', 'ecs', 20, 114),
  unit('web-5f4c9d7b8-x7k2p', 'k8s', 400, 100),
];

describe('unitAt', () => {
  it('finds the mark whose square holds the point', () => {
    expect(unitAt(units, 14, 25, 105)?.id).toBe(TASK_ARN);
    expect(unitAt(units, 14, 405, 109)?.id).toBe('web-5f4c9d7b8-x7k2p');
  });

  it('counts the gap around a mark as half its own: the cell, not just the painted square', () => {
    // x 31 is 1 px right of the first mark (20–30) and within its 2 px half-gap; 33 belongs to the next.
    expect(unitAt(units, 14, 31, 105)?.id).toBe(TASK_ARN);
    expect(unitAt(units, 14, 33, 105)?.id).toBe('arn:aws:ecs:us-east-1:123456789012:task/isomorph/b');
  });

  it('finds nothing between groups or outside the grid', () => {
    expect(unitAt(units, 14, 200, 105)).toBeNull();
    expect(unitAt(units, 14, 25, 90)).toBeNull();
    expect(unitAt([], 14, 25, 105)).toBeNull();
  });
});

describe('selectionOf / unitOf', () => {
  it('a task mark selects the task by the id at the end of its ARN; a pod mark by name', () => {
    expect(selectionOf(units[0])).toEqual({ kind: 'task', taskId: '6a127288b5fa4ad7b70e2b340d705cc0' });
    expect(selectionOf(units[3])).toEqual({ kind: 'pod', name: 'web-5f4c9d7b8-x7k2p' });
  });

  it('finds the mark of a selection, or none when it is not drawn (a stopped task)', () => {
    expect(unitOf(units, { kind: 'task', taskId: '6a127288b5fa4ad7b70e2b340d705cc0' })).toBe(units[0]);
    expect(unitOf(units, { kind: 'pod', name: 'web-5f4c9d7b8-x7k2p' })).toBe(units[3]);
    expect(unitOf(units, { kind: 'task', taskId: 'ffff' })).toBeNull();
    expect(unitOf(units, null)).toBeNull();
  });
});

describe('moveCursor', () => {
  it('starts at the first mark, steps in reading order and stops at the ends', () => {
    expect(moveCursor(units, null, 'ArrowDown')).toBe(units[0]);
    expect(moveCursor(units, units[0].id, 'ArrowRight')).toBe(units[1]);
    expect(moveCursor(units, units[0].id, 'ArrowLeft')).toBe(units[0]);
    expect(moveCursor(units, units[3].id, 'ArrowRight')).toBe(units[3]);
    expect(moveCursor(units, units[1].id, 'End')).toBe(units[3]);
    expect(moveCursor(units, units[3].id, 'Home')).toBe(units[0]);
  });

  it('up and down go to the nearest mark of the next row on the same side', () => {
    expect(moveCursor(units, units[1].id, 'ArrowDown')).toBe(units[2]);
    expect(moveCursor(units, units[2].id, 'ArrowUp')).toBe(units[0]);
    // Nothing below the Kubernetes mark on its side: the cursor stays.
    expect(moveCursor(units, units[3].id, 'ArrowDown')).toBe(units[3]);
  });
});
