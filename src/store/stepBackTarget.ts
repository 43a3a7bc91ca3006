// Where "step back" lands: the previous moment something happened (an event or a reconcile
// pass), but never more than STEP_BACK_SECONDS back, and never before t = 0.

import type { Snapshot } from '../sim';

export const STEP_BACK_SECONDS = 5;

export function stepBackTarget(snapshot: Snapshot): number {
  const now = snapshot.time;
  let previous = now - STEP_BACK_SECONDS;
  const consider = (time: number) => {
    if (time < now && time > previous) previous = time;
  };
  for (const event of snapshot.ecs.service.events) consider(event.createdAt);
  for (const event of snapshot.k8s.events) consider(event.time);
  for (const decision of snapshot.decisions) consider(decision.time);
  return Math.max(0, previous);
}
