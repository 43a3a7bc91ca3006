// The rollout panel in words, for the svg's accessible name and the screen-reader description.
// Built from the same side models as the drawing, so the text and the picture cannot disagree.
// When the marks are painted on canvas (no element per task), the description also counts each
// generation's marks by category, which the SVG marks otherwise say one by one.

import type { Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { CATEGORY_NAMES } from '../shared/StatusLegend';
import { DRAWN_CATEGORIES } from '../shared/statusColour';
import { marksOnCanvas } from './paintUnits';
import { ROLLOUT_TEXT, type SummaryCounts } from './rolloutText';
import type { SideModel } from './sideModel';
import { sideModels } from './sideModels';

export interface RolloutSummary {
  label: string;
  description: string;
}

const counts = ({ bounds, groups }: SideModel): SummaryCounts => ({ ...bounds, groups: groups.length });

function groupLines(side: SideModel, locale: Locale): string[] {
  const t = ROLLOUT_TEXT[locale];
  return side.groups.map((group) => {
    const categories = DRAWN_CATEGORIES.map((c) => [CATEGORY_NAMES[locale][c], Number(group.data[`count-${c}`])] as [string, number]).filter(([, n]) => n > 0);
    return t.groupMarks(side.side, group.id, group.units.length, categories);
  });
}

export function rolloutSummary(snapshot: Snapshot | null, locale: Locale): RolloutSummary {
  const t = ROLLOUT_TEXT[locale];
  if (!snapshot) return { label: t.heading, description: t.waiting };
  const sides = sideModels(snapshot, locale);
  const [ecs, k8s] = sides.map(counts);
  const summary = t.summary(ecs, k8s);
  const description = marksOnCanvas(sides) ? [summary, ...sides.flatMap((side) => groupLines(side, locale))].join(' ') : summary;
  return { label: t.label(ecs, k8s), description };
}
