// Sizes the task and pod grids: the largest cell pitch at which every group of both sides fits
// the panel's height. Marks shrink as their number grows, and the two sides share one pitch so a
// task and a pod are the same size.

export const MIN_CELL = 3;
const STEP = 0.5;

/** A group's height is `fixed` (frame padding and header lines) plus its grid rows. */
export interface GridDemand {
  fixed: number;
  count: number;
}

export const columnsFor = (width: number, cell: number) => Math.max(1, Math.floor(width / cell));

export function gridHeight(count: number, width: number, cell: number): number {
  return Math.ceil(count / columnsFor(width, cell)) * cell;
}

function fits(groups: readonly GridDemand[], width: number, cell: number, gap: number, height: number): boolean {
  let total = Math.max(0, groups.length - 1) * gap;
  for (const g of groups) total += g.fixed + gridHeight(g.count, width, cell);
  return total <= height;
}

export interface SideDemand {
  groups: readonly GridDemand[];
  width: number;
  gap: number;
  height: number;
}

/** A pitch this close to the best one is kept, so marks do not resize on every frame. */
const KEEP_RATIO = 0.85;

/**
 * The largest pitch (in steps of 0.5 px, from maxCell down to 3) at which each side's groups fit
 * in its `height`; MIN_CELL when even that does not fit. `current`, the pitch on screen, is kept
 * while it still fits and is within 15% of the best.
 * @example fitCell([{ groups: [{ fixed: 60, count: 8 }], width: 300, gap: 10, height: 200 }], 32) // → 32
 */
export function fitCell(sides: readonly SideDemand[], maxCell: number, current?: number): number {
  const fitsAll = (cell: number) => sides.every((s) => fits(s.groups, s.width, cell, s.gap, s.height));
  let best = MIN_CELL;
  for (let cell = maxCell; cell >= MIN_CELL; cell -= STEP) {
    if (fitsAll(cell)) {
      best = cell;
      break;
    }
  }
  return current !== undefined && current <= best && current >= best * KEEP_RATIO && fitsAll(current) ? current : best;
}

/** Gap between marks: a fifth of the pitch, at least one pixel while there is room for it. */
export const markSize = (cell: number) => (cell >= 5 ? cell - Math.max(1, Math.round(cell * 0.2)) : cell * 0.8);
