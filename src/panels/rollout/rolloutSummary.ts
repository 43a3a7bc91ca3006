// The rollout panel in words, for the svg's accessible name and the screen-reader description.
// Built from the same side models as the drawing, so the text and the picture cannot disagree.

import type { Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { ecsSide } from './ecsSide';
import { k8sSide } from './k8sSide';
import { ROLLOUT_TEXT, type SummaryCounts } from './rolloutText';
import type { SideModel } from './sideModel';

export interface RolloutSummary {
  label: string;
  description: string;
}

const counts = ({ bounds, groups }: SideModel): SummaryCounts => ({ ...bounds, groups: groups.length });

export function rolloutSummary(snapshot: Snapshot | null, locale: Locale): RolloutSummary {
  const t = ROLLOUT_TEXT[locale];
  if (!snapshot) return { label: t.heading, description: t.waiting };
  const ecs = counts(ecsSide(snapshot, locale));
  const k8s = counts(k8sSide(snapshot, locale));
  return { label: t.label(ecs, k8s), description: t.summary(ecs, k8s) };
}
