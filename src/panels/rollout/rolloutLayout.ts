// Pure geometry of the rollout panel: Snapshot + size → marks. ECS on the left half, Kubernetes
// on the right; each half stacks its title, its bounds band, then one framed group per
// generation with its CLI-style counts and a grid of task or pod marks. O(n) in tasks + pods.

import type { Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { flowTokens, spansWidth, type Span } from '../shared/textFlow';
import { bandHeight, boundsBand } from './boundsBand';
import { columnsFor, fitCell, gridHeight, markSize } from './gridFit';
import { metricsFor } from './metrics';
import { EMPTY_SCENE, type RolloutScene, type TextMark } from './rolloutMarks';
import { GROUP_HL, type HeaderVariant, type SideModel } from './sideModel';
import { sideModels } from './sideModels';
import { stableOrder } from './stableOrder';

export interface RolloutInput {
  snapshot: Snapshot | null;
  locale: Locale;
}

export interface LayoutSize {
  width: number;
  height: number;
}

const PAD = 16;
const GUTTER = 40;
const GROUP_PAD = 8;
const GROUP_GAP = 10;
const HEADER_GAP = 4;
/** Where a text baseline sits within its line box. */
const BASELINE = 0.72;

const round = (v: number) => Math.round(v * 10) / 10;

interface TextBlock {
  texts: TextMark[];
  bottom: number;
}

/** Wraps `tokens` into lines below `top`, one TextMark per line. */
function textLines(id: string, tokens: Span[], x: number, top: number, width: number, font: number, line: number, className: string): TextBlock {
  const lines = flowTokens(tokens, width, font);
  const texts = lines.map((spans, i) => ({ id: `${id}:${i}`, x, y: round(top + i * line + line * BASELINE), spans, className, fontSize: font, anchor: 'start' as const }));
  return { texts, bottom: top + lines.length * line };
}

/**
 * The first header variant that fits `width`, each group's lines ready to print: an aligned
 * variant as it is, a wrapping one wrapped.
 */
function chooseHeaders(side: SideModel, width: number, font: number): Pick<HeaderVariant, 'caption' | 'lines'> {
  const fitsUnwrapped = (v: HeaderVariant) => [v.caption, ...v.lines.flat()].every((l) => spansWidth(l, font) <= width);
  const chosen = side.headers.find((v) => !v.aligned || fitsUnwrapped(v)) ?? side.headers[side.headers.length - 1];
  if (chosen.aligned) return chosen;
  return { caption: chosen.caption, lines: chosen.lines.map((ls) => ls.flatMap((tokens) => flowTokens(tokens, width, font))) };
}

/** With `previous`, the last frame's scene, marks keep their cells and their size between frames. */
export function rolloutLayout(input: RolloutInput, size: LayoutSize, previous?: RolloutScene): RolloutScene {
  const { snapshot, locale } = input;
  if (!snapshot || size.width < 200 || size.height < 100) return EMPTY_SCENE;
  const sides = sideModels(snapshot, locale);
  const { font, line, titleFont, titleLine, maxCell } = metricsFor(size.width, size.height);
  const half = (size.width - 2 * PAD - GUTTER) / 2;
  const inner = half - 2 * GROUP_PAD;
  const left = (i: number) => PAD + i * (half + GUTTER);
  // One count scale for both bands, so equal numbers sit at equal places.
  const scaleMax = Math.max(1, ...sides.flatMap(({ bounds: b }) => [b.lower, b.upper, b.desired, b.total, b.counted]));
  const order = new Map<string, string[]>();
  const scene: RolloutScene = { boxes: [], lines: [], glyphs: [], units: [], texts: [], cell: 0, order };

  const headerBottoms = sides.map((s, i) => {
    const x = left(i);
    const title = textLines(`${s.side}:title`, s.title, x, PAD, half, titleFont, titleLine, 'iso-title');
    const bounds = textLines(`${s.side}:bounds`, s.boundsText, x, title.bottom + HEADER_GAP, half, font, line, 'iso-bounds-text');
    const now = textLines(`${s.side}:now`, s.nowText, x, bounds.bottom, half, font, line, 'iso-now-text');
    const band = boundsBand(s.side, s.bounds, x, half, now.bottom + HEADER_GAP, scaleMax, font);
    scene.texts.push(...title.texts, ...bounds.texts, ...now.texts, ...band.texts);
    scene.boxes.push(...band.boxes);
    scene.lines.push(...band.lines);
    scene.glyphs.push(...band.glyphs);
    return now.bottom + HEADER_GAP + bandHeight(line);
  });
  const captionTop = Math.max(...headerBottoms) + HEADER_GAP;
  const groupsTop = captionTop + line + HEADER_GAP;

  const lines = sides.map((s, i) => {
    const headers = chooseHeaders(s, inner, font);
    scene.texts.push({ id: `${s.side}:caption`, x: left(i) + GROUP_PAD, y: round(captionTop + line * BASELINE), spans: headers.caption, className: 'iso-caption', fontSize: font, anchor: 'start' });
    return headers.lines;
  });
  const fixed = (lineCount: number) => 2 * GROUP_PAD + lineCount * line + HEADER_GAP;
  const cell = fitCell(
    sides.map((s, i) => ({
      groups: s.groups.map((g, gi) => ({ fixed: fixed(lines[i][gi].length), count: g.units.length })),
      width: inner,
      gap: GROUP_GAP,
      height: size.height - PAD - groupsTop,
    })),
    maxCell,
    // An empty scene has pitch 0: nothing on screen to keep.
    previous?.cell || undefined,
  );
  const markPx = round(markSize(cell));
  const cols = columnsFor(inner, cell);

  sides.forEach((s, i) => {
    const x = left(i);
    let top = groupsTop;
    s.groups.forEach((g, gi) => {
      const headerLines = lines[i][gi];
      const gridTop = top + GROUP_PAD + headerLines.length * line + HEADER_GAP;
      const height = fixed(headerLines.length) + gridHeight(g.units.length, inner, cell);
      scene.boxes.push({ id: `${s.side}:group:${g.id}`, x, y: top, width: half, height, className: 'iso-group', hl: GROUP_HL, data: g.data });
      headerLines.forEach((spans, li) => {
        scene.texts.push({ id: `${s.side}:group:${g.id}:${li}`, x: x + GROUP_PAD, y: round(top + GROUP_PAD + li * line + line * BASELINE), spans, className: 'iso-group-text', fontSize: font, anchor: 'start' });
      });
      const key = `${s.side}:${g.id}`;
      const units = stableOrder(g.units, previous?.order.get(key));
      order.set(key, units.map((u) => u.id));
      units.forEach((u, k) => {
        scene.units.push({
          id: u.id,
          x: round(x + GROUP_PAD + (k % cols) * cell),
          y: round(gridTop + Math.floor(k / cols) * cell),
          size: markPx,
          category: u.category,
          data: u.data,
        });
      });
      top += height + GROUP_GAP;
    });
  });
  const divider = PAD + half + GUTTER / 2;
  scene.lines.push({ id: 'divider', x1: divider, y1: PAD, x2: divider, y2: size.height - PAD, className: 'iso-divider', hl: '' });
  return { ...scene, cell };
}
