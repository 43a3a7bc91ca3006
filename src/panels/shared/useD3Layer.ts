// Wires a D3 draw function to the store without React re-rendering on every simulation frame:
// the hook subscribes transiently (zustand subscribeWithSelector) and calls `draw` on the layer
// each time the picked value changes. React renders the layer element empty and never touches
// its children (style-anchors §4.8: one owner per DOM node).

import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { appStore, type AppState } from '../../store/appStore';
import { FLASH_TRANSITION, FRAME_TRANSITION, NO_MOTION, prefersReducedMotion, timingForSpeed, type Timing } from './timing';

export type DrawLayer<E extends Element, S> = (layer: E, value: S, timing: Timing) => void;

function currentTiming(): Timing {
  return timingForSpeed(appStore.getState().playback.speed, prefersReducedMotion());
}

/**
 * Returns a ref for the layer element. `pick` and `equalityFn` must be stable (module level);
 * `draw` may change, for example when the panel is resized, and is then re-run without motion.
 * A null `draw` (size not known yet) draws nothing.
 */
export function useD3Layer<E extends Element, S>(
  pick: (state: AppState) => S,
  draw: DrawLayer<E, S> | null,
  equalityFn?: (a: S, b: S) => boolean,
) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const layer = ref.current;
    if (!layer || !draw) return;
    draw(layer, pick(appStore.getState()), NO_MOTION);
    const unsubscribe = appStore.subscribe(pick, (value) => draw(layer, value, currentTiming()), { equalityFn });
    return () => {
      unsubscribe();
      const all = select(layer).selectAll('*');
      all.interrupt(FRAME_TRANSITION);
      all.interrupt(FLASH_TRANSITION);
      // Elements cut off mid fade-out would otherwise stay: their removal was the transition's end.
      select(layer).selectAll('[data-exiting]').remove();
    };
  }, [pick, draw, equalityFn]);
  return ref;
}
