// Pure geometry of the placement panel: one MarkScene per container instance or node, with a
// usage bar per resource (used of registered, the rest remaining) and a mark per task or pod,
// coloured by generation, packed in rows below the bars.

import { flowBoxes, round, type MarkScene } from '../network/markScene';
import type { Generation } from './placementGroups';

export interface UsageBar {
  id: string;
  name: string;
  used: number;
  total: number;
  /** e.g. "1,536 / 2,048 units". */
  value: string;
  /** The bar's accessible name and tooltip. */
  tip: string[];
}

export interface UnitMark {
  id: string;
  generation: Generation;
  tip: string[];
}

const ROW = 24;
const BAR_H = 14;
const LABEL_W = 84;
const UNIT = 18;
const UNIT_GAP = 3;
/** Past this many tasks or pods on one machine or in one zone, the rest are counted, not drawn. */
export const MAX_UNITS = 240;
/** The translation row this panel answers to: ECS placement ↔ kube-scheduler. */
export const PLACEMENT_HL = 'placement-scheduler';

/**
 * Bars, then the units below them.
 * @example usageScene([cpu bar 1,536 of 2,048], [two tasks], 400) // → a track and a 75 % fill, two unit marks
 */
export function usageScene(bars: readonly UsageBar[], allUnits: readonly UnitMark[], width: number): MarkScene {
  const units = allUnits.slice(0, MAX_UNITS);
  const scene: MarkScene = { width, height: 0, rects: [], overlays: [], paths: [], texts: [] };
  const valueW = Math.min(170, Math.round(width * 0.42));
  const trackW = Math.max(20, width - LABEL_W - valueW - 12);
  let order = 0;
  bars.forEach((bar, k) => {
    const y = k * ROW;
    const barY = y + (ROW - BAR_H) / 2;
    const full = bar.total > 0 && bar.used >= bar.total;
    scene.texts.push({ id: `${bar.id}:name`, x: 0, y: y + 16, text: bar.name, className: 'pl-bar-name', anchor: 'start' });
    scene.rects.push({ id: bar.id, x: LABEL_W, y: barY, w: trackW, h: BAR_H, className: 'pl-bar', label: bar.tip.join(', '), tip: bar.tip, order: order++ });
    const fraction = bar.total > 0 ? Math.min(1, bar.used / bar.total) : 0;
    scene.overlays.push({ id: bar.id, x: LABEL_W, y: barY, w: round(fraction * trackW), h: BAR_H, className: full ? 'pl-bar-used pl-bar-used--full' : 'pl-bar-used' });
    scene.texts.push({ id: `${bar.id}:value`, x: width, y: y + 16, text: bar.value, className: full ? 'pl-bar-value pl-bar-value--full' : 'pl-bar-value', anchor: 'end' });
  });
  const top = bars.length * ROW + (bars.length > 0 && units.length > 0 ? 6 : 0);
  const { perLine, lines } = flowBoxes(units.length, width - 2, UNIT, UNIT_GAP);
  units.forEach((unit, k) => {
    scene.rects.push({
      id: unit.id,
      x: 1 + (k % perLine) * (UNIT + UNIT_GAP),
      y: top + Math.floor(k / perLine) * (UNIT + UNIT_GAP),
      w: UNIT,
      h: UNIT,
      className: `pl-unit pl-unit--${unit.generation}`,
      label: unit.tip.join(', '),
      tip: unit.tip,
      order: order++,
      hl: PLACEMENT_HL,
    });
  });
  scene.height = top + (units.length > 0 ? lines * (UNIT + UNIT_GAP) - UNIT_GAP + 1 : 0);
  return scene;
}
