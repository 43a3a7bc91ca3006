// Both halves of the rollout panel as side models, built once per change and shared by the
// layout and the accessible summary. A side is rebuilt only when its half of the snapshot is a
// new object: frames arrive as patches (worker/frameCodec.ts), so a half in which nothing
// changed keeps its object from the frame before.

import type { Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { ecsSide } from './ecsSide';
import { k8sSide } from './k8sSide';
import type { SideModel } from './sideModel';

let last: { ecs: Snapshot['ecs']; k8s: Snapshot['k8s']; locale: Locale; models: readonly [SideModel, SideModel] } | null = null;

/** ecsSide and k8sSide of `snapshot`; the same objects as last time for a half that has not changed. */
export function sideModels(snapshot: Snapshot, locale: Locale): readonly [SideModel, SideModel] {
  const sameLocale = last !== null && last.locale === locale;
  const ecs = sameLocale && last?.ecs === snapshot.ecs ? last.models[0] : ecsSide(snapshot, locale);
  const k8s = sameLocale && last?.k8s === snapshot.k8s ? last.models[1] : k8sSide(snapshot, locale);
  last = { ecs: snapshot.ecs, k8s: snapshot.k8s, locale, models: [ecs, k8s] };
  return last.models;
}
