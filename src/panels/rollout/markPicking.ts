// Picking a task or pod mark with the pointer or the keyboard, the same way whether the marks are
// SVG rects or painted on the canvas: hit-testing runs on the scene's own geometry (the UnitMarks
// both renderers draw), not on DOM elements. Pure, so it is tested in Node.

import type { Selection } from '../../store/appStore';
import type { UnitMark } from './rolloutMarks';

/**
 * The mark under (x, y), in panel coordinates. A mark answers for its whole grid cell (`cell` is
 * the pitch), so the gap between small marks does not swallow a click.
 */
export function unitAt(units: readonly UnitMark[], cell: number, x: number, y: number): UnitMark | null {
  for (const unit of units) {
    const slop = Math.max(0, (cell - unit.size) / 2);
    if (x >= unit.x - slop && x < unit.x + unit.size + slop && y >= unit.y - slop && y < unit.y + unit.size + slop) return unit;
  }
  return null;
}

/** The record a mark stands for: a task (by the id in its ARN) or a pod (by name). */
export function selectionOf(unit: UnitMark): Selection {
  return unit.data.side === 'ecs' ? { kind: 'task', taskId: unit.id.slice(unit.id.lastIndexOf('/') + 1) } : { kind: 'pod', name: unit.id };
}

/** The mark that stands for `selection`, if it is drawn. */
export function unitOf(units: readonly UnitMark[], selection: Selection | null): UnitMark | null {
  if (selection === null) return null;
  if (selection.kind === 'pod') return units.find((u) => u.data.side === 'k8s' && u.id === selection.name) ?? null;
  const suffix = `/${selection.taskId}`;
  return units.find((u) => u.data.side === 'ecs' && u.id.endsWith(suffix)) ?? null;
}

export type MoveKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const isMoveKey = (key: string): key is MoveKey => ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);

/**
 * Where a key moves the keyboard cursor from mark `from` (an id, or null for none yet):
 * left and right step through the marks in reading order (ECS first, then Kubernetes), up and
 * down go to the nearest mark in the row above or below on the same side, Home and End to the
 * first and last mark. With no cursor yet, any key starts at the first mark.
 */
export function moveCursor(units: readonly UnitMark[], from: string | null, key: MoveKey): UnitMark | null {
  if (units.length === 0) return null;
  const index = from === null ? -1 : units.findIndex((u) => u.id === from);
  if (index === -1 || key === 'Home') return units[0];
  if (key === 'End') return units[units.length - 1];
  if (key === 'ArrowRight') return units[Math.min(units.length - 1, index + 1)];
  if (key === 'ArrowLeft') return units[Math.max(0, index - 1)];
  const here = units[index];
  const down = key === 'ArrowDown';
  let best: UnitMark | null = null;
  let bestScore = Infinity;
  for (const unit of units) {
    if (unit.data.side !== here.data.side) continue;
    const dy = down ? unit.y - here.y : here.y - unit.y;
    if (dy <= 0) continue;
    // The next row first, then the nearest column in it.
    const score = dy * 1e4 + Math.abs(unit.x - here.x);
    if (score < bestScore) {
      bestScore = score;
      best = unit;
    }
  }
  return best ?? here;
}
