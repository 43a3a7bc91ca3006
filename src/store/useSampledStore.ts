// A store hook for panels that are read, not watched: it passes on a selected value at most once
// per `intervalMs` of wall time (the latest one, trailing), and not at all while `enabled` is false
// (the panel is off screen; it catches up at once when enabled again), so text records rebuilt
// from a 1,000-task frame do not compete with the rollout's animation frames. Pass a module-level
// selector.

import { useEffect, useState } from 'react';
import { appStore } from './appStore';
import type { AppState } from './appStore';

/** Two updates a second: often enough to read a changing record, and measured to cost the rollout no frames (docs/performance.md). A pause or a step after a quiet moment still shows at once. */
export const READING_INTERVAL_MS = 500;

export function useSampledStore<T>(selector: (state: AppState) => T, enabled = true, intervalMs = READING_INTERVAL_MS): T {
  const [value, setValue] = useState(() => selector(appStore.getState()));
  useEffect(() => {
    if (!enabled) return;
    let lastAt = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      timer = null;
      lastAt = performance.now();
      const next = selector(appStore.getState());
      setValue(() => next);
    };
    // The value may have changed between the first render and this effect.
    publish();
    const unsubscribe = appStore.subscribe(selector, () => {
      if (timer !== null) return;
      const wait = intervalMs - (performance.now() - lastAt);
      if (wait <= 0) publish();
      else timer = setTimeout(publish, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [selector, enabled, intervalMs]);
  return value;
}
