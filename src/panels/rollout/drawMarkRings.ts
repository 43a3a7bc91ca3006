// Rings around the selected mark and the keyboard cursor, drawn in an overlay svg above both the
// svg marks and the canvas, so they show the same in either mode. Two elements at most; the
// cursor ring shows only while the marks have keyboard focus (panels.css).

import { select } from 'd3-selection';
import type { UnitMark } from './rolloutMarks';

export type RingKind = 'selected' | 'cursor';

interface Ring {
  kind: RingKind;
  unit: UnitMark;
}

/** How far a ring stands off its mark. */
const OFFSET = 3;

export function drawMarkRings(layer: SVGGElement, selected: UnitMark | null, cursor: UnitMark | null): void {
  const rings: Ring[] = [];
  if (selected !== null) rings.push({ kind: 'selected', unit: selected });
  if (cursor !== null) rings.push({ kind: 'cursor', unit: cursor });
  select(layer)
    .selectAll<SVGRectElement, Ring>('rect')
    .data(rings, (r) => r.kind)
    .join('rect')
    .attr('class', (r) => `iso-ring iso-ring--${r.kind}`)
    .attr('data-ring', (r) => r.kind)
    .attr('data-ring-for', (r) => r.unit.id)
    .attr('x', (r) => r.unit.x - OFFSET)
    .attr('y', (r) => r.unit.y - OFFSET)
    .attr('width', (r) => r.unit.size + 2 * OFFSET)
    .attr('height', (r) => r.unit.size + 2 * OFFSET)
    .attr('rx', 3);
}
