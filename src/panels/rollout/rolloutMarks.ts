// The rollout panel's marks: plain positioned data that rolloutLayout produces and drawRollout
// draws with keyed joins. Coordinates are SVG user units (CSS pixels: the svg's viewBox is its
// own size). `hl` is the space-separated list of translation rows a mark belongs to.

import type { DrawnCategory } from '../shared/statusColour';
import type { Span } from '../shared/textFlow';

export interface TextMark {
  id: string;
  x: number;
  /** Baseline. */
  y: number;
  spans: Span[];
  className: string;
  fontSize: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface BoxMark {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  className: string;
  hl: string;
  data: Record<string, string>;
}

export interface LineMark {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  className: string;
  hl: string;
}

export interface GlyphMark {
  id: string;
  /** SVG path data. */
  d: string;
  className: string;
  hl: string;
  data: Record<string, string>;
}

/** One task or pod. */
export interface UnitMark {
  id: string;
  x: number;
  y: number;
  size: number;
  category: DrawnCategory;
  data: Record<string, string>;
}

export interface RolloutScene {
  boxes: BoxMark[];
  lines: LineMark[];
  glyphs: GlyphMark[];
  units: UnitMark[];
  texts: TextMark[];
  /** Grid pitch of the task and pod marks, the same on both sides so they compare one to one. */
  cell: number;
  /** Each group's marks in grid order, keyed `side:group`; pass it to the next layout (stableOrder). */
  order: ReadonlyMap<string, readonly string[]>;
}

export const EMPTY_SCENE: RolloutScene = { boxes: [], lines: [], glyphs: [], units: [], texts: [], cell: 0, order: new Map() };
