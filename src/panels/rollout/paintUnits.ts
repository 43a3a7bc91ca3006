// The canvas draw strategy for task and pod marks (style-anchors §4.8, "Too many elements for
// SVG"): the same UnitMarks drawRollout joins as <rect>s, painted on a <canvas> laid over the
// svg. Software rendering cannot restyle and composite a few thousand SVG rects at 60 fps; it
// can repaint a few dozen canvas cells. So the painter remembers what it painted and repaints
// only marks whose cell, size or category changed, clearing the cells of marks that left;
// a change of emphasis, size or pixel ratio repaints everything. Marks change state at once,
// without motion, as SVG marks below MIN_ANIMATED_CELL do.
//
// The look follows the SVG marks: category fills and patterns (statusColour.ts, StatusPatterns),
// a 1 px outline from 8 px up, and the translation-table highlight (panels.css): every mark
// outlined in ink when the Pod ↔ Task row is lit, all of them dimmed when another row is.

import { CATEGORY_STYLE, DRAWN_CATEGORIES, type DrawnCategory } from '../shared/statusColour';
import type { UnitMark } from './rolloutMarks';
import type { SideModel } from './sideModel';

export type UnitEmphasis = 'none' | 'highlighted' | 'dimmed';

interface Cell {
  x: number;
  y: number;
  size: number;
  category: DrawnCategory;
}

/** The panel's highlight colours (panels.css), read when the emphasis changes, not on every frame. */
interface Look {
  ink: string;
  dim: number;
}

interface Painted {
  cells: Map<string, Cell>;
  emphasis: UnitEmphasis;
  look: Look;
  width: number;
  height: number;
  ratio: number;
}

const painted = new WeakMap<HTMLCanvasElement, Painted>();
const patterns = new WeakMap<CanvasRenderingContext2D, Map<DrawnCategory, CanvasPattern | null>>();

/** Marks smaller than this sit less than a pixel apart, so clearing one cell could clip its neighbour. */
const MIN_PARTIAL_SIZE = 4;
/** Repainting more than this share of the marks one by one costs more than repainting them all at once. */
const MAX_PARTIAL_SHARE = 0.3;
/** The outline starts at this size, as drawRollout's stroke-width does. */
const OUTLINE_FROM = 8;

const WHITE = '#fff';

/** Fill patterns of the striped categories, in panel coordinates like the SVG's userSpaceOnUse patterns. */
function patternFor(ctx: CanvasRenderingContext2D, category: DrawnCategory): CanvasPattern | null {
  const made = patterns.get(ctx) ?? new Map<DrawnCategory, CanvasPattern | null>();
  patterns.set(ctx, made);
  if (!made.has(category)) made.set(category, makePattern(ctx, category));
  return made.get(category) ?? null;
}

function makePattern(ctx: CanvasRenderingContext2D, category: DrawnCategory): CanvasPattern | null {
  const { colour, pattern } = CATEGORY_STYLE[category];
  if (pattern !== 'stripes' && pattern !== 'cross') return null;
  const size = pattern === 'stripes' ? 4 : 5;
  const tile = new OffscreenCanvas(size, size);
  const t = tile.getContext('2d');
  if (t === null) return null;
  if (pattern === 'stripes') {
    t.fillStyle = WHITE;
    t.fillRect(0, 0, 4, 4);
    t.fillStyle = colour;
    t.fillRect(0, 0, 2, 4);
  } else {
    t.fillStyle = colour;
    t.fillRect(0, 0, 5, 5);
    t.fillStyle = WHITE;
    t.fillRect(2, 0, 1.2, 5);
    t.fillRect(0, 2, 5, 1.2);
  }
  const fill = ctx.createPattern(tile, 'repeat');
  fill?.setTransform(new DOMMatrix().rotateSelf(45));
  return fill;
}

const radius = (size: number) => Math.min(3, size * 0.15);

function outline(path: Path2D, cell: Cell, inset: number): void {
  const r = radius(cell.size) - inset;
  const side = cell.size - 2 * inset;
  if (r >= 1) path.roundRect(cell.x + inset, cell.y + inset, side, side, r);
  else path.rect(cell.x + inset, cell.y + inset, side, side);
}

/** Paints `cells` (all of one pass) category by category, so each fill and stroke is one path. */
function paint(ctx: CanvasRenderingContext2D, cells: readonly Cell[], emphasis: UnitEmphasis, { ink }: Look): void {
  for (const category of DRAWN_CATEGORIES) {
    const mine = cells.filter((cell) => cell.category === category);
    if (mine.length === 0) continue;
    const { colour, stroke, pattern } = CATEGORY_STYLE[category];
    const shape = new Path2D();
    const inner = new Path2D();
    const outlined = new Path2D();
    for (const cell of mine) {
      outline(shape, cell, 0);
      const { x, y, size } = cell;
      // "Filled from the bottom up to half" and "a small square in the middle" (StatusPatterns).
      if (pattern === 'half') inner.roundRect(x, y + size / 2, size, size / 2, [0, 0, radius(size), radius(size)]);
      else if (pattern === 'hollow') inner.rect(x + 0.3 * size, y + 0.3 * size, 0.4 * size, 0.4 * size);
      if (size >= OUTLINE_FROM) outline(outlined, cell, 0.5);
    }
    ctx.fillStyle = pattern === 'solid' ? colour : (patternFor(ctx, category) ?? WHITE);
    ctx.fill(shape);
    if (pattern === 'half' || pattern === 'hollow') {
      ctx.fillStyle = colour;
      ctx.fill(inner);
    }
    if (emphasis === 'highlighted') {
      const all = new Path2D();
      for (const cell of mine) outline(all, cell, 1);
      ctx.strokeStyle = ink;
      ctx.lineWidth = 2;
      ctx.stroke(all);
    } else {
      ctx.strokeStyle = stroke;
      ctx.lineWidth = 1;
      ctx.stroke(outlined);
    }
  }
}

/** Snaps a mark to device pixels, so cells can be cleared and repainted without seams. */
function cellOf(mark: UnitMark, ratio: number): Cell {
  const snap = (v: number) => Math.round(v * ratio) / ratio;
  return { x: snap(mark.x), y: snap(mark.y), size: snap(mark.size), category: mark.category };
}

const sameCell = (a: Cell, b: Cell) => a.x === b.x && a.y === b.y && a.size === b.size && a.category === b.category;

/**
 * Paints `units` on `canvas`, a layer of `width` × `height` CSS pixels, changing only what differs
 * from the last call. An empty list clears the canvas.
 */
export function paintUnits(canvas: HTMLCanvasElement, units: readonly UnitMark[], emphasis: UnitEmphasis, width: number, height: number): void {
  const ratio = window.devicePixelRatio || 1;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const last = painted.get(canvas);
  const cells = new Map(units.map((mark) => [mark.id, cellOf(mark, ratio)]));
  const resized = last === undefined || last.width !== width || last.height !== height || last.ratio !== ratio;
  if (resized) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const restyled = resized || last.emphasis !== emphasis;
  const look = restyled ? readLook(canvas) : last.look;
  ctx.globalAlpha = emphasis === 'dimmed' ? look.dim : 1;

  const changed: Cell[] = [];
  const cleared: Cell[] = [];
  if (!restyled) {
    for (const [id, cell] of cells) {
      const before = last.cells.get(id);
      if (before === undefined || !sameCell(before, cell)) {
        changed.push(cell);
        if (before !== undefined) cleared.push(before);
      }
    }
    for (const [id, before] of last.cells) if (!cells.has(id)) cleared.push(before);
  }
  const partial = !restyled && units.every((mark) => mark.size >= MIN_PARTIAL_SIZE) && changed.length + cleared.length <= MAX_PARTIAL_SHARE * Math.max(1, cells.size);
  if (partial) {
    // A mark that only changed category is cleared and then, being in `changed`, painted again.
    for (const cell of cleared) ctx.clearRect(cell.x, cell.y, cell.size, cell.size);
    paint(ctx, changed, emphasis, look);
  } else {
    ctx.clearRect(0, 0, width, height);
    paint(ctx, [...cells.values()], emphasis, look);
  }
  painted.set(canvas, { cells, emphasis, look, width, height, ratio });
}

function readLook(canvas: HTMLCanvasElement): Look {
  const styles = getComputedStyle(canvas);
  return { ink: styles.getPropertyValue('--iso-ink').trim() || '#000', dim: Number(styles.getPropertyValue('--iso-dim')) || 0.5 };
}

/** A side whose rollout may hold more marks than this (its upper limit) has them painted on canvas. */
export const MAX_SVG_MARKS = 200;

/**
 * Whether the marks go on canvas: when either side's upper limit (maximumPercent of desiredCount,
 * replicas + maxSurge) passes MAX_SVG_MARKS. It follows the settings, not the live count, so a
 * scenario keeps one kind of mark for a whole rollout.
 */
export const marksOnCanvas = (sides: readonly SideModel[]) => sides.some((side) => side.bounds.upper > MAX_SVG_MARKS);

/** The canvas marks' emphasis, read off the svg after applyHighlight has marked it up. */
export function unitEmphasis(layer: Element): UnitEmphasis {
  if (layer.querySelector('g[data-layer="units"].iso-hl') !== null) return 'highlighted';
  return layer.classList.contains('iso-highlighting') ? 'dimmed' : 'none';
}
