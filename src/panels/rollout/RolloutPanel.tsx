// The rollout panel's React shell: the frame, heading, accessible text and legend. D3 owns the
// children of the layer <g> (drawRollout), redrawn from the store without React re-rendering.
// Chrome: the legend is JSX; every label inside the svg is drawn by D3 from rolloutLayout.

import { useId, useMemo, useRef } from 'react';
import { shallow, useShallow } from 'zustand/shallow';
import type { AppState } from '../../store/appStore';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { applyHighlight } from '../shared/applyHighlight';
import { StatusLegend } from '../shared/StatusLegend';
import { StatusPatterns } from '../shared/StatusPatterns';
import { useD3Layer, type DrawLayer } from '../shared/useD3Layer';
import { useElementSize } from '../shared/useElementSize';
import { drawRollout } from './drawRollout';
import { rolloutLayout, type RolloutInput } from './rolloutLayout';
import type { RolloutScene } from './rolloutMarks';
import { rolloutSummary } from './rolloutSummary';
import { ROLLOUT_TEXT } from './rolloutText';
import '../shared/panels.css';

type Picked = RolloutInput & { highlight: string | null };

const selectPicked = (s: AppState): Picked => ({ snapshot: s.mirror.snapshot, locale: s.ui.locale, highlight: s.ui.highlight });
const selectSummary = (s: AppState) => rolloutSummary(s.mirror.snapshot, s.ui.locale);

export function RolloutPanel() {
  const locale = useAppStore(selectLocale);
  // Re-renders only when the words change, not on every simulation frame.
  const { label, description } = useAppStore(useShallow(selectSummary));
  const [frameRef, size] = useElementSize<HTMLDivElement>();
  // The last frame's scene, so marks keep their cells and size from frame to frame.
  const sceneRef = useRef<RolloutScene>(undefined);
  const draw = useMemo<DrawLayer<SVGGElement, Picked> | null>(
    () =>
      size.width > 0
        ? (layer, picked, timing) => {
            const scene = rolloutLayout(picked, size, sceneRef.current);
            sceneRef.current = scene;
            drawRollout(layer, scene, timing);
            applyHighlight(layer, picked.highlight);
          }
        : null,
    [size],
  );
  const layerRef = useD3Layer(selectPicked, draw, shallow);
  const descriptionId = useId();

  return (
    <div className="iso-panel iso-rollout">
      <h2 className="panel-title iso-panel__heading">
        {ROLLOUT_TEXT[locale].heading}
      </h2>
      <div ref={frameRef} className="iso-rollout__frame">
        <svg
          className="iso-rollout__svg"
          role="img"
          aria-label={label}
          aria-describedby={descriptionId}
          width={size.width}
          height={size.height}
          viewBox={`0 0 ${size.width} ${size.height}`}
        >
          <StatusPatterns />
          <g ref={layerRef} className="iso-rollout__layer" />
        </svg>
      </div>
      <p id={descriptionId} className="iso-visually-hidden">
        {description}
      </p>
      <StatusLegend locale={locale} />
    </div>
  );
}
