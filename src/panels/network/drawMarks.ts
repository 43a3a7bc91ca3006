// Imperative D3 for the cluster panels' small svgs: draws a MarkScene into the layer <g> React
// rendered empty, one keyed join per mark kind (shared/keyedJoin.ts), so an address taken or an
// ENI attached fades in where it belongs and nothing else is touched. Focusable marks get
// tabindex -1 here; useMarkKeys gives exactly one of them in the panel the tab stop.

import { select, type Selection } from 'd3-selection';
import { keyedJoin, type JoinSpec } from '../shared/keyedJoin';
import type { Timing } from '../shared/timing';
import type { MarkScene, PathMark, RectMark, TextMark } from './markScene';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const sameTip = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((line, i) => line === b[i]));

const RECT: JoinSpec<SVGRectElement, RectMark> = {
  sameStatic: (a, b) => a.className === b.className && a.label === b.label && a.order === b.order && a.hl === b.hl && sameTip(a.tip, b.tip),
  setStatic: (s) => {
    s.attr('class', (d) => d.className)
      .attr('data-id', (d) => d.id)
      .attr('rx', 3)
      .each(function (d) {
        const focusable = d.label !== undefined;
        if (focusable) {
          // Keep a tab stop useMarkKeys gave this mark; every other mark is reached with the arrows.
          if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
          this.setAttribute('role', 'img');
          this.setAttribute('aria-label', d.label ?? '');
          this.setAttribute('data-tip', (d.tip ?? []).join('\n'));
          this.setAttribute('data-order', String(d.order ?? 0));
        }
        if (d.hl !== undefined) this.setAttribute('data-hl', d.hl);
        else this.removeAttribute('data-hl');
      });
  },
  sameGeometry: (a, b) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h,
  setGeometry: (t) => t.attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h),
};

const OVERLAY: JoinSpec<SVGRectElement, RectMark> = {
  sameStatic: (a, b) => a.className === b.className,
  setStatic: (s) => s.attr('class', (d) => d.className).attr('data-id', (d) => d.id).attr('rx', 3),
  sameGeometry: RECT.sameGeometry,
  setGeometry: RECT.setGeometry,
};

const PATH: JoinSpec<SVGPathElement, PathMark> = {
  sameStatic: (a, b) => a.className === b.className,
  setStatic: (s) => s.attr('class', (d) => d.className),
  sameGeometry: (a, b) => a.d === b.d,
  setGeometry: (t) => t.attr('d', (d) => d.d),
};

const TEXT: JoinSpec<SVGTextElement, TextMark> = {
  sameStatic: (a, b) => a.className === b.className && a.text === b.text && a.anchor === b.anchor,
  setStatic: (s) =>
    s
      .attr('class', (d) => d.className)
      .attr('text-anchor', (d) => d.anchor)
      .text((d) => d.text),
  sameGeometry: (a, b) => a.x === b.x && a.y === b.y,
  setGeometry: (t) => t.attr('x', (d) => d.x).attr('y', (d) => d.y),
};

function subLayer(root: Layer, name: string, decorative: boolean): Layer {
  const existing = root.selectChild<SVGGElement>(`g[data-layer="${name}"]`);
  if (!existing.empty()) return existing;
  const layer = root.append('g').attr('data-layer', name);
  // Overlays, strokes and labels repeat what the focusable marks' names say.
  return decorative ? layer.attr('aria-hidden', 'true') : layer;
}

export function drawMarks(layer: SVGGElement, scene: MarkScene, timing: Timing): void {
  const root = select(layer);
  keyedJoin(subLayer(root, 'marks', false), 'rect', scene.rects, RECT, timing);
  keyedJoin(subLayer(root, 'overlays', true), 'rect', scene.overlays, OVERLAY, timing);
  keyedJoin(subLayer(root, 'paths', true), 'path', scene.paths, PATH, timing);
  keyedJoin(subLayer(root, 'texts', true), 'text', scene.texts, TEXT, timing);
}
