// The live rollout limits of one side as a band on a 0…max count scale: the allowed range shaded
// between a "[" at the lower limit and a "]" at the upper limit, a dashed line at the desired
// count, ▼ above the bar at the count the upper limit applies to and ● below it at the count the
// lower limit applies to (above and below, so equal counts do not hide each other).

// d3-array's ticks, not a d3-scale scale: scaleLinear also brings d3-format and the
// interpolators for tickFormat and interpolate, which this band never uses (about 4 kB gzip).
import { ticks } from 'd3-array';
import type { BoxMark, GlyphMark, LineMark, TextMark } from './rolloutMarks';
import { DESIRED_HL, LOWER_BOUND_HL, UPPER_BOUND_HL, type BoundsModel } from './sideModel';

const ABOVE = 10;
const BAR = 12;
const BELOW = 13;
/** Height the band needs below `top`, with tick labels on a line of `line` px. */
export const bandHeight = (line: number) => ABOVE + BAR + BELOW + line;
const MIN_TICK_SPACING = 40;

export interface BandMarks {
  boxes: BoxMark[];
  lines: LineMark[];
  glyphs: GlyphMark[];
  texts: TextMark[];
}

/** Whole-number ticks: every count while they fit, else about six round ones. */
export function bandTicks(scaleMax: number, width: number): number[] {
  const room = Math.max(2, Math.floor(width / MIN_TICK_SPACING));
  if (scaleMax <= room) return Array.from({ length: scaleMax + 1 }, (_, i) => i);
  return ticks(0, scaleMax, Math.min(6, room)).filter(Number.isInteger);
}

export function boundsBand(side: string, b: BoundsModel, x0: number, width: number, top: number, scaleMax: number, font: number): BandMarks {
  // The count scale: 0 … scaleMax across the band.
  const x = (count: number) => x0 + (count / scaleMax) * width;
  const barY = top + ABOVE;
  const barBottom = barY + BAR;
  const lowerX = x(b.lower);
  const upperX = x(b.upper);
  const totalX = x(b.total);
  const countedX = x(b.counted);
  const cy = barBottom + 7;
  return {
    boxes: [
      { id: `${side}:band:track`, x: x0, y: barY, width, height: BAR, className: 'iso-band-track', hl: '', data: {} },
      {
        id: `${side}:band:allowed`,
        x: lowerX,
        y: barY,
        width: Math.max(0, upperX - lowerX),
        height: BAR,
        className: 'iso-band-allowed',
        hl: 'deploymentconfiguration-strategy',
        data: { lower: String(b.lower), upper: String(b.upper) },
      },
    ],
    lines: [{ id: `${side}:band:desired`, x1: x(b.desired), y1: barY - 5, x2: x(b.desired), y2: barBottom + 5, className: 'iso-desired', hl: DESIRED_HL }],
    glyphs: [
      { id: `${side}:band:lower`, d: `M${lowerX + 5},${barY - 4}H${lowerX}V${barBottom + 4}H${lowerX + 5}`, className: 'iso-bound iso-bound-lower', hl: LOWER_BOUND_HL, data: { bound: 'lower', value: String(b.lower) } },
      { id: `${side}:band:upper`, d: `M${upperX - 5},${barY - 4}H${upperX}V${barBottom + 4}H${upperX - 5}`, className: 'iso-bound iso-bound-upper', hl: UPPER_BOUND_HL, data: { bound: 'upper', value: String(b.upper) } },
      {
        id: `${side}:band:total`,
        d: `M${totalX - 6},${top}H${totalX + 6}L${totalX},${barY}Z`,
        className: 'iso-count iso-count-total',
        hl: '',
        data: { count: 'total', value: String(b.total), outside: String(b.total > b.upper) },
      },
      {
        id: `${side}:band:counted`,
        d: `M${countedX - 5},${cy}a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z`,
        className: 'iso-count iso-count-counted',
        hl: '',
        data: { count: 'counted', value: String(b.counted), outside: String(b.counted < b.lower) },
      },
    ],
    texts: bandTicks(scaleMax, width).map((n, i, ticks) => ({
      id: `${side}:band:tick:${n}`,
      x: x(n),
      y: barBottom + BELOW + font,
      spans: [{ text: String(n), hl: '' }],
      className: 'iso-tick',
      fontSize: font,
      // The last label ends at the edge instead of spilling into the gutter.
      anchor: n === scaleMax && i === ticks.length - 1 ? 'end' : 'middle',
    })),
  };
}
