// The marks one small svg of the cluster panels holds (a subnet's addresses, an instance's ENI
// slots, a node's usage bars …), as plain data for the D3 draw (drawMarks.ts), and the grid
// arithmetic the layouts share. A rect with a `label` is a focusable mark: its label is its
// accessible name and `tip` the lines the tooltip shows on hover or focus.

export interface RectMark {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  className: string;
  /** The accessible name; set for focusable marks only. */
  label?: string;
  /** Tooltip lines. */
  tip?: readonly string[];
  /** Position in keyboard order within the svg. */
  order?: number;
  /** Translation-table rows this mark answers to (applyHighlight). */
  hl?: string;
}

export interface TextMark {
  id: string;
  x: number;
  y: number;
  text: string;
  className: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface PathMark {
  id: string;
  d: string;
  className: string;
}

export interface MarkScene {
  width: number;
  height: number;
  /** Below everything; focusable when labelled. */
  rects: RectMark[];
  /** Drawn over `rects`, never hit by the pointer (a held address's fill, a bar's used part). */
  overlays: RectMark[];
  paths: PathMark[];
  texts: TextMark[];
}

/** Past this many instances or nodes in one list the rest are counted, not drawn: a wall of boxes teaches nothing. */
export const MAX_MACHINES = 32;

export const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A grid for `count` square cells in `width`: the widest power-of-two column count whose cells are
 * at least `minCell` wide (so a /24's 256 addresses read as 8 rows of 32), capped at `maxCell`.
 * @example cellGrid(256, 560, 12, 28) // → { cols: 32, cell: 17, rows: 8 }
 */
export function cellGrid(count: number, width: number, minCell: number, maxCell: number): { cols: number; cell: number; rows: number } {
  let cols = 1;
  while (cols * 2 <= count && width / (cols * 2) >= minCell) cols *= 2;
  cols = Math.min(cols, Math.max(1, count));
  const cell = Math.max(1, Math.min(maxCell, Math.floor(width / cols)));
  return { cols, cell, rows: Math.ceil(count / cols) };
}

/**
 * Wraps `count` boxes `w` wide with `gap` between them into lines of `width`.
 * @example flowBoxes(3, 200, 72, 4) // → { perLine: 2, lines: 2 }
 */
export function flowBoxes(count: number, width: number, w: number, gap: number): { perLine: number; lines: number } {
  const perLine = Math.max(1, Math.floor((width + gap) / (w + gap)));
  return { perLine, lines: Math.ceil(count / perLine) };
}
