// One visual vocabulary for task and pod states, shared by every panel. Colours are from the
// Okabe–Ito palette (Wong, "Points of view: Color blindness", Nature Methods 8:441, 2011), which
// stays distinguishable with the common colour-vision deficiencies; each category also has its own
// fill pattern, and the legend names it, so colour is never the only cue.

import type { PodView, TaskView } from '../../sim';

/**
 * Where a task or pod is in its life, in the terms both sides share:
 * starting → running (not yet counted) → healthy (counted / available) → stopping.
 */
export type StatusCategory = 'starting' | 'running' | 'healthy' | 'unhealthy' | 'stopping' | 'stopped';

/** The categories that are drawn, in legend order. */
export const DRAWN_CATEGORIES = ['healthy', 'running', 'starting', 'stopping', 'unhealthy'] as const;
export type DrawnCategory = (typeof DRAWN_CATEGORIES)[number];

export type FillPattern = 'solid' | 'half' | 'hollow' | 'stripes' | 'cross';

export interface CategoryStyle {
  /** The category colour (Okabe–Ito). */
  colour: string;
  /** A darker outline, so light fills keep 3:1 contrast against a white panel (WCAG 1.4.11). */
  stroke: string;
  pattern: FillPattern;
}

export const CATEGORY_STYLE: Record<DrawnCategory, CategoryStyle> = {
  healthy: { colour: '#009E73', stroke: '#00684B', pattern: 'solid' },
  running: { colour: '#0072B2', stroke: '#00507D', pattern: 'half' },
  starting: { colour: '#E69F00', stroke: '#9A6A00', pattern: 'hollow' },
  stopping: { colour: '#CC79A7', stroke: '#8E4A72', pattern: 'stripes' },
  unhealthy: { colour: '#D55E00', stroke: '#9A4300', pattern: 'cross' },
};

/** The `fill` for a mark of this category: a colour or one of the shared <StatusPatterns> defs. */
export function categoryFill(category: DrawnCategory): string {
  const { colour, pattern } = CATEGORY_STYLE[category];
  return pattern === 'solid' ? colour : `url(#${patternId(category)})`;
}

export const patternId = (category: DrawnCategory) => `iso-fill-${category}`;

/**
 * ECS: a task counts toward minimumHealthyPercent only once the scheduler says so — after its
 * health checks pass, or 40 s after RUNNING without any (reference/ecs.md §1.6); the simulation
 * reports that as `countsAsHealthy`.
 */
export function taskCategory(task: Pick<TaskView, 'lastStatus' | 'healthStatus' | 'countsAsHealthy'>): StatusCategory {
  switch (task.lastStatus) {
    case 'PROVISIONING':
    case 'PENDING':
    case 'ACTIVATING':
      return 'starting';
    case 'RUNNING':
      if (task.healthStatus === 'UNHEALTHY') return 'unhealthy';
      return task.countsAsHealthy ? 'healthy' : 'running';
    case 'DEACTIVATING':
    case 'STOPPING':
    case 'DEPROVISIONING':
      return 'stopping';
    case 'STOPPED':
      return 'stopped';
  }
}

/** kubectl STATUS values that mean the container keeps failing (reference/k8s.md §4.2). */
const FAILING_STATUSES = new Set(['CrashLoopBackOff', 'Error', 'ErrImagePull', 'ImagePullBackOff']);

/**
 * Kubernetes: a pod is available once it has been Ready for minReadySeconds (reference/k8s.md
 * §1.7); a terminating pod no longer counts as available whatever its phase.
 */
export function podCategory(pod: Pick<PodView, 'phase' | 'ready' | 'available' | 'terminating' | 'status'>): StatusCategory {
  if (pod.terminating) return 'stopping';
  if (FAILING_STATUSES.has(pod.status)) return 'unhealthy';
  switch (pod.phase) {
    case 'Pending':
      return 'starting';
    case 'Running':
      return pod.available ? 'healthy' : 'running';
    case 'Failed':
    case 'Unknown':
      return 'unhealthy';
    case 'Succeeded':
      return 'stopped';
  }
}
