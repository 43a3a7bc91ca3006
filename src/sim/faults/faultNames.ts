// The stable fault names a container definition may carry in `simulate.fault`. They appear in
// URLs and lessons, so they never change; faultCatalog.ts says what each one does on each side.

import type { Fault } from '../types';

export const FAULT_NAMES = [
  'healthy',
  'slow-start',
  'exit-on-start',
  'exit-later',
  'oom',
  'image-pull-error',
  'failing-health-check',
  'missing-execution-role-permission',
  'missing-task-role-permission',
  'spot-interruption',
] as const satisfies readonly Fault[];

/** Faults that only show when something checks the container's health. */
export const NEEDS_A_HEALTH_CHECK: readonly Fault[] = ['failing-health-check'];
