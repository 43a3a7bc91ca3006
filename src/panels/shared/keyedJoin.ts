// A keyed D3 join that touches only what changed. Each element remembers (d3.local) the mark it
// last drew; a frame re-applies static attributes or geometry only where the spec says they
// differ, so a frame with 2,000 marks and three state changes does three elements' worth of DOM
// work. The comparisons are field by field: building a key string per mark per frame would cost
// more than the DOM writes it saves. Enter fades in, exit fades out and removes, and every
// animation is the one named frame transition, so the next frame interrupts the last cleanly
// (style-anchors §4.8). Opacity animates as an attribute, not a style: a style tween reads each
// element's computed style and forces a style recalculation every time.

import { local, selectAll, type Selection } from 'd3-selection';
import 'd3-transition';
import { FRAME_TRANSITION, type Timing } from './timing';

/** Something attributes can be set on: a selection now, or a transition over time. */
export interface AttrTarget<D> {
  attr(name: string, value: (d: D) => string | number): this;
}

export type Marks<E extends Element, D> = Selection<E, D, null, undefined>;

export interface JoinSpec<E extends Element, D> {
  /** Whether everything setStatic writes is the same for both marks. */
  sameStatic(drawn: D, next: D): boolean;
  /** Attributes that switch at once (class, data-*, text); e2e tests read these without waiting. */
  setStatic(marks: Marks<E, D>): void;
  /** Whether everything setGeometry writes is the same for both marks. */
  sameGeometry(drawn: D, next: D): boolean;
  /** Attributes that may animate (positions, sizes). */
  setGeometry(target: AttrTarget<D>): void;
}

const drawnMark = local<unknown>();

export function keyedJoin<E extends Element, D extends { id: string }>(
  parent: Selection<SVGGElement, unknown, null, undefined>,
  tag: string,
  marks: readonly D[],
  spec: JoinSpec<E, D>,
  timing: Timing,
): void {
  const { duration } = timing;
  const bound = (parent.selectChildren(tag) as unknown as Selection<E, D, SVGGElement, unknown>).data(marks, (d) => d.id);

  // An element that was fading out and is back in the data: stop the exit and redraw it.
  bound
    .filter('[data-exiting]')
    .interrupt(FRAME_TRANSITION)
    .attr('data-exiting', null)
    .attr('opacity', null)
    .each(function () {
      drawnMark.remove(this);
    });

  const restyled: E[] = [];
  const moved: E[] = [];
  bound.each(function (d) {
    const drawn = drawnMark.get(this) as D | undefined;
    if (drawn === undefined || !spec.sameStatic(drawn, d)) restyled.push(this);
    if (drawn === undefined || !spec.sameGeometry(drawn, d)) moved.push(this);
    drawnMark.set(this, d);
  });
  spec.setStatic(selectAll<E, D>(restyled));
  const movedMarks = selectAll<E, D>(moved);
  if (duration > 0) {
    // Also completes a fade-in this transition interrupts.
    spec.setGeometry(movedMarks.transition(FRAME_TRANSITION).duration(duration).attr('opacity', 1));
  } else {
    spec.setGeometry(movedMarks.interrupt(FRAME_TRANSITION).attr('opacity', null));
  }

  const entered = selectAll<E, D>(bound.enter().append<E>(tag).nodes());
  entered.each(function (d) {
    drawnMark.set(this, d);
  });
  spec.setStatic(entered);
  spec.setGeometry(entered);
  if (duration > 0) entered.attr('opacity', 0).transition(FRAME_TRANSITION).duration(duration).attr('opacity', 1);

  const exiting = bound.exit<D>();
  if (duration > 0) exiting.filter(':not([data-exiting])').attr('data-exiting', 'true').transition(FRAME_TRANSITION).duration(duration).attr('opacity', 0).remove();
  else exiting.remove();
}
