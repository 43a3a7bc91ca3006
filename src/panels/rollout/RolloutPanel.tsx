// The rollout panel's React shell: the frame, heading, accessible text and legend. D3 owns the
// children of the layer <g> (drawRollout), redrawn from the store without React re-rendering.
// Chrome: the legend is JSX; every label inside the svg is drawn by D3 from rolloutLayout.
// Task and pod marks are SVG rects in small scenarios; when a side may hold more than
// MAX_SVG_MARKS they are painted on the <canvas> over the svg instead (paintUnits.ts), and the
// group frames' data-count-* attributes and the description carry the counts.

import type { ReactNode } from 'react';
import { useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/shallow';
import type { AppState } from '../../store/appStore';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { applyHighlight } from '../shared/applyHighlight';
import { StatusLegend } from '../shared/StatusLegend';
import { StatusPatterns } from '../shared/StatusPatterns';
import { useD3Layer, type DrawLayer } from '../shared/useD3Layer';
import { useElementSize } from '../shared/useElementSize';
import { drawRollout } from './drawRollout';
import { marksOnCanvas, paintUnits, unitEmphasis } from './paintUnits';
import { rolloutLayout, type RolloutInput } from './rolloutLayout';
import type { RolloutScene } from './rolloutMarks';
import { rolloutSummary } from './rolloutSummary';
import { ROLLOUT_TEXT } from './rolloutText';
import { sideModels } from './sideModels';
import '../shared/panels.css';

type Picked = RolloutInput & { highlight: string | null };

const selectPicked = (s: AppState): Picked => ({ snapshot: s.mirror.snapshot, locale: s.ui.locale, highlight: s.ui.highlight });
// The picture depends on the two halves of the snapshot, not on its time: a frame in which no
// task or pod changed keeps both halves' objects (worker/frameCodec.ts) and is not redrawn.
const samePicture = (a: Picked, b: Picked) =>
  a.locale === b.locale && a.highlight === b.highlight && a.snapshot?.ecs === b.snapshot?.ecs && a.snapshot?.k8s === b.snapshot?.k8s;
const selectSummary = (s: AppState) => rolloutSummary(s.mirror.snapshot, s.ui.locale);

/** `children` sit between the drawing and the key, e.g. each side's rollout status line. */
export function RolloutPanel({ children }: { children?: ReactNode }) {
  const locale = useAppStore(selectLocale);
  // Re-renders only when the words change, not on every simulation frame.
  const { label, description } = useAppStore(useShallow(selectSummary));
  const [frameRef, size] = useElementSize<HTMLDivElement>();
  // The last frame's scene, so marks keep their cells and size from frame to frame.
  const sceneRef = useRef<RolloutScene>(undefined);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const draw = useMemo<DrawLayer<SVGGElement, Picked> | null>(
    () =>
      size.width > 0
        ? (layer, picked, timing) => {
            const scene = rolloutLayout(picked, size, sceneRef.current);
            sceneRef.current = scene;
            const onCanvas = picked.snapshot !== null && marksOnCanvas(sideModels(picked.snapshot, picked.locale));
            drawRollout(layer, onCanvas ? { ...scene, units: [] } : scene, timing);
            applyHighlight(layer, picked.highlight);
            if (canvasRef.current) paintUnits(canvasRef.current, onCanvas ? scene.units : [], unitEmphasis(layer), size.width, size.height);
          }
        : null,
    [size],
  );
  const layerRef = useD3Layer(selectPicked, draw, samePicture);
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
        <canvas ref={canvasRef} className="iso-rollout__canvas" aria-hidden="true" style={{ width: size.width, height: size.height }} />
      </div>
      <p id={descriptionId} className="iso-visually-hidden">
        {description}
      </p>
      {children}
      <StatusLegend locale={locale} />
    </div>
  );
}
