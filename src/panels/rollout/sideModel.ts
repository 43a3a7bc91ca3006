// What one half of the rollout panel shows, before any geometry: the side's headings, its
// deployment bounds, and its generations (ECS deployments / Kubernetes ReplicaSets) with their
// tasks or pods. ecsSide.ts and k8sSide.ts build it from a Snapshot; rolloutLayout.ts places it.

import type { Span } from '../shared/textFlow';
import { DRAWN_CATEGORIES, type DrawnCategory } from '../shared/statusColour';

export interface UnitModel {
  /** taskArn or pod name: the join key. */
  id: string;
  category: DrawnCategory;
  /** Written as data-* attributes (data-id, data-status, data-deployment …) for tests and tools. */
  data: Record<string, string>;
}

export interface GroupModel {
  /** Deployment id or ReplicaSet name. */
  id: string;
  units: UnitModel[];
  /** Written on the frame: data-deployment or data-replicaset. */
  data: Record<string, string>;
}

/** One way to print the line above the groups and each group's header. */
export interface HeaderVariant {
  caption: Span[];
  /** Each group's header lines, in group order. */
  lines: Span[][][];
  /**
   * Aligned columns (kubectl's table): usable only when every line fits unwrapped. Otherwise
   * each line is a list of tokens, wrapped to the width.
   */
  aligned: boolean;
}

export interface BoundsModel {
  /** The lower limit: minimum healthy tasks (ECS) or minimum available pods (Kubernetes). */
  lower: number;
  /** The upper limit on tasks (ECS) or pods (Kubernetes) during a rollout. */
  upper: number;
  desired: number;
  /** What the upper limit is compared with: RUNNING + PENDING tasks, or pods. */
  total: number;
  /** What the lower limit is compared with: healthy tasks, or available pods. */
  counted: number;
}

export interface SideModel {
  side: 'ecs' | 'k8s';
  title: Span[];
  boundsText: Span[];
  nowText: Span[];
  /** Widest first; the layout uses the first that fits. The last one wraps, so it always fits. */
  headers: HeaderVariant[];
  bounds: BoundsModel;
  groups: GroupModel[];
}

/** Row ids (highlightIds.ts) that the bound markers and texts belong to. */
export const LOWER_BOUND_HL = 'minimumHealthyPercent-maxUnavailable deploymentconfiguration-strategy';
export const UPPER_BOUND_HL = 'maximumPercent-maxSurge deploymentconfiguration-strategy';
export const DESIRED_HL = 'desiredCount-replicas';
export const GROUP_HL = 'service-deployment';
export const UNITS_HL = 'pod-task';
export const TEMPLATE_HL = 'taskdefinition-podspec';
export const CURRENT_TEMPLATE_HL = 'taskdefinition-podspec taskdefinition-podtemplatehash';

export const span = (text: string, hl = ''): Span => ({ text, hl });

/**
 * What a group's frame says about its marks: how many in all and how many of each category
 * (data-count, data-count-healthy …). With the marks on canvas these are what tests and tools read.
 */
export function unitCounts(units: readonly UnitModel[]): Record<string, string> {
  const counts = new Map<DrawnCategory, number>(DRAWN_CATEGORIES.map((c) => [c, 0]));
  for (const unit of units) counts.set(unit.category, (counts.get(unit.category) ?? 0) + 1);
  return Object.fromEntries([['count', String(units.length)], ...[...counts].map(([c, n]) => [`count-${c}`, String(n)])]);
}
