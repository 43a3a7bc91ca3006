// One small svg of a cluster panel: React renders the frame and an empty layer, and D3
// (drawMarks) draws the scene into it whenever the scene changes, with the frame transition of
// the current speed, none with reduced motion, and none on the first draw.

import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { appStore } from '../../store/appStore';
import { applyHighlight } from '../shared/applyHighlight';
import { FRAME_TRANSITION, NO_MOTION, prefersReducedMotion, timingForSpeed } from '../shared/timing';
import { drawMarks } from './drawMarks';
import type { MarkScene } from './markScene';

interface MarkSvgProps {
  scene: MarkScene;
  /** The svg's accessible name: what its marks are. */
  label: string;
  /** The translation row being pointed at (ui.highlight). */
  highlight?: string | null;
  /** The id of the keyboard hint. */
  describedBy?: string;
}

export function MarkSvg({ scene, label, highlight = null, describedBy }: MarkSvgProps) {
  const layerRef = useRef<SVGGElement>(null);
  const drawn = useRef(false);
  useEffect(() => {
    const layer = layerRef.current;
    if (layer === null) return;
    const timing = drawn.current ? timingForSpeed(appStore.getState().playback.speed, prefersReducedMotion()) : NO_MOTION;
    drawMarks(layer, scene, timing);
    drawn.current = true;
    applyHighlight(layer, highlight);
  }, [scene, highlight]);
  useEffect(() => {
    const layer = layerRef.current;
    return () => {
      if (layer !== null) select(layer).selectAll('*').interrupt(FRAME_TRANSITION);
    };
  }, []);
  return (
    <svg className="net-svg" role="group" aria-label={label} aria-describedby={describedBy} width={scene.width} height={scene.height} viewBox={`0 0 ${scene.width} ${scene.height}`}>
      <g ref={layerRef} />
    </svg>
  );
}
