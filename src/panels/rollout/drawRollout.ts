// Imperative D3 for the rollout panel: draws a RolloutScene into the layer <g> React rendered
// empty. One sub-layer per mark kind, each a keyed join (shared/keyedJoin.ts) that only touches
// marks whose drawn state changed. data-* attributes are set at once for e2e tests.

import { select, type Selection } from 'd3-selection';
import { keyedJoin, type JoinSpec, type Marks } from '../shared/keyedJoin';
import { CATEGORY_STYLE, categoryFill } from '../shared/statusColour';
import type { Span } from '../shared/textFlow';
import type { Timing } from '../shared/timing';
import type { BoxMark, GlyphMark, LineMark, RolloutScene, TextMark, UnitMark } from './rolloutMarks';
import { UNITS_HL } from './sideModel';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Same keys in the same order (the layout builds them that way) and the same values. */
function sameData(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.text === b[i].text && s.hl === b[i].hl);
}

function setData<E extends Element, D>(selection: Marks<E, D>, get: (d: D) => Record<string, string>) {
  selection.each(function (d) {
    for (const [name, value] of Object.entries(get(d))) this.setAttribute(`data-${name}`, value);
  });
}

const BOX: JoinSpec<SVGRectElement, BoxMark> = {
  sameStatic: (a, b) => a.className === b.className && a.hl === b.hl && sameData(a.data, b.data),
  sameGeometry: (a, b) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height,
  setStatic: (s) => {
    s.attr('class', (d) => d.className).attr('data-id', (d) => d.id).attr('data-hl', (d) => d.hl).attr('rx', (d) => (d.className === 'iso-group' ? 6 : 3));
    setData(s, (d) => d.data);
  },
  setGeometry: (t) => t.attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.width).attr('height', (d) => d.height),
};

const LINE: JoinSpec<SVGLineElement, LineMark> = {
  sameStatic: (a, b) => a.className === b.className && a.hl === b.hl,
  sameGeometry: (a, b) => a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2,
  setStatic: (s) => s.attr('class', (d) => d.className).attr('data-id', (d) => d.id).attr('data-hl', (d) => d.hl),
  setGeometry: (t) => t.attr('x1', (d) => d.x1).attr('y1', (d) => d.y1).attr('x2', (d) => d.x2).attr('y2', (d) => d.y2),
};

const GLYPH: JoinSpec<SVGPathElement, GlyphMark> = {
  sameStatic: (a, b) => a.className === b.className && a.hl === b.hl && sameData(a.data, b.data),
  sameGeometry: (a, b) => a.d === b.d,
  setStatic: (s) => {
    s.attr('class', (d) => d.className).attr('data-id', (d) => d.id).attr('data-hl', (d) => d.hl);
    setData(s, (d) => d.data);
  },
  setGeometry: (t) => t.attr('d', (d) => d.d),
};

const UNIT: JoinSpec<SVGRectElement, UnitMark> = {
  sameStatic: (a, b) => a.category === b.category && sameData(a.data, b.data),
  sameGeometry: (a, b) => a.x === b.x && a.y === b.y && a.size === b.size,
  setStatic: (s) => {
    s.attr('class', 'iso-unit')
      .attr('fill', (d) => categoryFill(d.category))
      .attr('stroke', (d) => CATEGORY_STYLE[d.category].stroke);
    setData(s, (d) => d.data);
  },
  setGeometry: (t) =>
    t
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y)
      .attr('width', (d) => d.size)
      .attr('height', (d) => d.size)
      .attr('rx', (d) => Math.min(3, d.size * 0.15))
      // A 1 px outline would swallow a mark a few pixels wide; without one it also paints faster.
      .attr('stroke-width', (d) => (d.size < 8 ? 0 : 1)),
};

const TEXT: JoinSpec<SVGTextElement, TextMark> = {
  sameStatic: (a, b) => a.className === b.className && a.fontSize === b.fontSize && a.anchor === b.anchor && sameSpans(a.spans, b.spans),
  sameGeometry: (a, b) => a.x === b.x && a.y === b.y,
  setStatic: (s) => {
    s.attr('class', (d) => d.className)
      .attr('data-id', (d) => d.id)
      .attr('font-size', (d) => d.fontSize)
      .attr('text-anchor', (d) => d.anchor)
      .each(function (d) {
        select(this)
          .selectChildren<SVGTSpanElement, Span>('tspan')
          .data(d.spans)
          .join('tspan')
          .attr('data-hl', (span) => span.hl)
          .text((span) => span.text);
      });
  },
  setGeometry: (t) => t.attr('x', (d) => d.x).attr('y', (d) => d.y),
};

function subLayer(root: Layer, name: string): Layer {
  const existing = root.selectChild<SVGGElement>(`g[data-layer="${name}"]`);
  return existing.empty() ? root.append('g').attr('data-layer', name) : existing;
}

/** Below this pitch a mark's move or fade is too small to follow, and animating hundreds costs frames. */
const MIN_ANIMATED_CELL = 10;

export function drawRollout(layer: SVGGElement, scene: RolloutScene, timing: Timing): void {
  const root = select(layer);
  const unitTiming = scene.cell < MIN_ANIMATED_CELL ? { ...timing, duration: 0 } : timing;
  keyedJoin(subLayer(root, 'boxes'), 'rect', scene.boxes, BOX, timing);
  keyedJoin(subLayer(root, 'lines'), 'line', scene.lines, LINE, timing);
  keyedJoin(subLayer(root, 'glyphs'), 'path', scene.glyphs, GLYPH, timing);
  // Every task and pod answers to the Pod ↔ Task row: one data-hl on the container, not 2,000.
  keyedJoin(subLayer(root, 'units').attr('data-hl', UNITS_HL), 'rect', scene.units, UNIT, unitTiming);
  keyedJoin(subLayer(root, 'texts'), 'text', scene.texts, TEXT, timing);
}
