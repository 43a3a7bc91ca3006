// The rollout panel's React shell: the frame, heading, accessible text and legend. D3 owns the
// children of the layer <g> (drawRollout), redrawn from the store without React re-rendering.
// Chrome: the legend is JSX; every label inside the svg is drawn by D3 from rolloutLayout.
// Task and pod marks are SVG rects in small scenarios; when a side may hold more than
// MAX_SVG_MARKS they are painted on the <canvas> over the svg instead (paintUnits.ts), and the
// group frames' data-count-* attributes and the description carry the counts.
// Marks are picked the same way in both modes (markPicking.ts): a click is hit-tested on the
// scene's geometry, and the frame is one Tab stop in which arrow keys move a cursor ring and
// Enter or Space opens the mark's record in the inspector (ui.selection).

import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { AppState, Selection } from '../../store/appStore';
import { inspect } from '../../store/commands';
import { selectLocale } from '../../store/selectors';
import { appStore } from '../../store/appStore';
import { useAppStore } from '../../store/useAppStore';
import { applyHighlight } from '../shared/applyHighlight';
import { StatusLegend } from '../shared/StatusLegend';
import { StatusPatterns } from '../shared/StatusPatterns';
import { useD3Layer, type DrawLayer } from '../shared/useD3Layer';
import { useElementSize } from '../shared/useElementSize';
import { drawMarkRings } from './drawMarkRings';
import { drawRollout } from './drawRollout';
import { isMoveKey, moveCursor, selectionOf, unitAt, unitOf } from './markPicking';
import { marksOnCanvas, paintUnits, unitEmphasis } from './paintUnits';
import { rolloutLayout, type RolloutInput } from './rolloutLayout';
import type { RolloutScene, UnitMark } from './rolloutMarks';
import { rolloutSummary } from './rolloutSummary';
import { ROLLOUT_TEXT } from './rolloutText';
import { sideModels } from './sideModels';
import '../shared/panels.css';

type Picked = RolloutInput & { highlight: string | null; selection: Selection | null };

const selectPicked = (s: AppState): Picked => ({ snapshot: s.mirror.snapshot, locale: s.ui.locale, highlight: s.ui.highlight, selection: s.ui.selection });
// The picture depends on the two halves of the snapshot, not on its time: a frame in which no
// task or pod changed keeps both halves' objects (worker/frameCodec.ts) and is not redrawn.
const samePicture = (a: Picked, b: Picked) =>
  a.locale === b.locale &&
  a.highlight === b.highlight &&
  a.selection === b.selection &&
  a.snapshot?.ecs === b.snapshot?.ecs &&
  a.snapshot?.k8s === b.snapshot?.k8s;
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
  const ringsRef = useRef<SVGGElement>(null);
  // The keyboard cursor: the id of the mark it rings, kept across frames while the mark exists.
  const cursorRef = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const drawRings = (scene: RolloutScene, selection: Selection | null) => {
    if (ringsRef.current === null) return;
    const cursor = scene.units.find((u) => u.id === cursorRef.current) ?? null;
    drawMarkRings(ringsRef.current, unitOf(scene.units, selection), cursor);
  };
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
            drawRings(scene, picked.selection);
          }
        : null,
    [size],
  );
  const layerRef = useD3Layer(selectPicked, draw, samePicture);
  const descriptionId = useId();
  const hintId = useId();

  const unitFromPointer = (event: MouseEvent<HTMLDivElement>): UnitMark | null => {
    const scene = sceneRef.current;
    if (scene === undefined) return null;
    const box = event.currentTarget.getBoundingClientRect();
    return unitAt(scene.units, scene.cell, event.clientX - box.left, event.clientY - box.top);
  };
  const moveTo = (unit: UnitMark | null) => {
    const scene = sceneRef.current;
    if (unit === null || scene === undefined) return;
    cursorRef.current = unit.id;
    drawRings(scene, appStore.getState().ui.selection);
    const name = unit.data.side === 'ecs' ? unit.id.slice(unit.id.lastIndexOf('/') + 1) : unit.id;
    setAnnouncement(ROLLOUT_TEXT[locale].markName(unit.data.side === 'ecs' ? 'ecs' : 'k8s', name, unit.data.status ?? ''));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const units = sceneRef.current?.units ?? [];
    if (isMoveKey(event.key)) {
      event.preventDefault();
      moveTo(moveCursor(units, cursorRef.current, event.key));
    } else if (event.key === 'Enter' || event.key === ' ') {
      const unit = units.find((u) => u.id === cursorRef.current);
      if (unit === undefined) return;
      event.preventDefault();
      inspect(selectionOf(unit));
    }
  };

  return (
    <div className="iso-panel iso-rollout">
      <h2 className="panel-title iso-panel__heading">
        {ROLLOUT_TEXT[locale].heading}
      </h2>
      <div
        ref={frameRef}
        className="iso-rollout__frame"
        tabIndex={0}
        role="group"
        aria-label={ROLLOUT_TEXT[locale].marksLabel}
        aria-describedby={hintId}
        onClick={(event) => {
          const unit = unitFromPointer(event);
          if (unit !== null) inspect(selectionOf(unit));
        }}
        onMouseMove={(event) => {
          event.currentTarget.classList.toggle('iso-rollout__frame--over-mark', unitFromPointer(event) !== null);
        }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // The first focus rings the selected mark, or the first one.
          if (event.target !== event.currentTarget || cursorRef.current !== null) return;
          const units = sceneRef.current?.units ?? [];
          moveTo(unitOf(units, appStore.getState().ui.selection) ?? units[0] ?? null);
        }}
      >
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
        <svg className="iso-rollout__overlay" aria-hidden="true" width={size.width} height={size.height}>
          <g ref={ringsRef} />
        </svg>
      </div>
      <p id={hintId} className="iso-visually-hidden">
        {ROLLOUT_TEXT[locale].marksHint}
      </p>
      <p className="iso-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p id={descriptionId} className="iso-visually-hidden">
        {description}
      </p>
      {children}
      <StatusLegend locale={locale} />
    </div>
  );
}
