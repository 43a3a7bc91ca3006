// The frame the ENI and placement panels share: a heading and intro, then ECS on the left and
// Kubernetes on the right inside one MarkFrame (tooltips and keyboard over the marks). Each side
// is drawn by the panel; the frame tells it how wide a box's marks may be and which hint
// describes the keyboard.

import { useId, type ReactNode } from 'react';
import type { Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { useElementSize } from '../shared/useElementSize';
import { MarkFrame } from './MarkFrame';

export interface PairText {
  heading: string;
  intro: string;
  /** How to move between marks by keyboard, read by screen readers. */
  hint: string;
  ecsSide: string;
  k8sSide: string;
  waiting: string;
}

export interface PairFrame {
  /** The width a box's marks may use. */
  width: number;
  hintId: string;
}

/** A box's padding and border on each side (network.css .net-box). */
const BOX_INSET = 9;

export function MarkPair({
  text,
  snapshot,
  locale,
  ecs,
  k8s,
}: {
  text: PairText;
  snapshot: Snapshot | null;
  locale: Locale;
  ecs: (snapshot: Snapshot, frame: PairFrame) => ReactNode;
  k8s: (snapshot: Snapshot, frame: PairFrame) => ReactNode;
}) {
  const [columnRef, size] = useElementSize<HTMLDivElement>();
  const hintId = useId();
  const frame: PairFrame = { width: Math.max(0, size.width - 2 * BOX_INSET), hintId };
  return (
    <>
      <h2 className="panel-title">{text.heading}</h2>
      <p className="panel-intro">{text.intro}</p>
      <p id={hintId} className="iso-visually-hidden">
        {text.hint}
      </p>
      <MarkFrame version={[snapshot, locale, size.width]}>
        <div className="pair">
          <div className="side side--ecs" data-side="ecs">
            <h3 className="side-title">{text.ecsSide}</h3>
            <div ref={columnRef}>{snapshot === null ? <p className="empty">{text.waiting}</p> : ecs(snapshot, frame)}</div>
          </div>
          <div className="side side--k8s" data-side="k8s">
            <h3 className="side-title">{text.k8sSide}</h3>
            {snapshot === null ? <p className="empty">{text.waiting}</p> : k8s(snapshot, frame)}
          </div>
        </div>
      </MarkFrame>
    </>
  );
}
