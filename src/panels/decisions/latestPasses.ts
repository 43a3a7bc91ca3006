// The newest reconcile passes of one controller, from the snapshot's shared newest-first list.

import type { Decision } from '../../sim';

export function latestPasses(decisions: readonly Decision[], side: Decision['side'], count: number): Decision[] {
  const passes: Decision[] = [];
  for (const decision of decisions) {
    if (passes.length === count) break;
    if (decision.side === side) passes.push(decision);
  }
  return passes;
}
