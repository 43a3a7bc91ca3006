// Keyboard order over the focusable marks of a cluster panel (roving tabindex): one mark holds
// the panel's tab stop, the arrow keys walk the marks of one svg in layout order and on into the
// next, Page Up / Page Down jump between svgs, Home / End go to the ends. DOM order inside an svg
// is join order, not layout order, hence data-order.

export const MARK_SELECTOR = '[data-tip]:not([data-exiting])';

/** The marks in keyboard order: svg by svg in document order, each by its data-order. */
export function marksInOrder(container: Element): Element[][] {
  return Array.from(container.querySelectorAll('svg'))
    .map((svg) => Array.from(svg.querySelectorAll(MARK_SELECTOR)).sort((a, b) => Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'))))
    .filter((marks) => marks.length > 0);
}

/** Leaves exactly one mark with tabindex 0: the one that had it, else the first. */
export function ensureTabStop(container: Element): void {
  const groups = marksInOrder(container);
  const all = groups.flat();
  const stops = all.filter((m) => m.getAttribute('tabindex') === '0');
  const keep = stops[0] ?? all[0];
  for (const stale of container.querySelectorAll('[tabindex="0"][data-tip]')) if (stale !== keep) stale.setAttribute('tabindex', '-1');
  keep?.setAttribute('tabindex', '0');
}

/**
 * The mark a key moves to from `from`, or null when the key is not a move.
 * @example markForKey([[a, b], [c]], b, 'ArrowRight') // → c
 */
export function markForKey(groups: readonly (readonly Element[])[], from: Element, key: string): Element | null {
  const all = groups.flat();
  const i = all.indexOf(from);
  if (i < 0) return null;
  const g = groups.findIndex((marks) => marks.includes(from));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return all[Math.min(all.length - 1, i + 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return all[Math.max(0, i - 1)];
    case 'Home':
      return all[0];
    case 'End':
      return all[all.length - 1];
    case 'PageDown':
      return groups[Math.min(groups.length - 1, g + 1)][0];
    case 'PageUp':
      return groups[Math.max(0, g - 1)][0];
    default:
      return null;
  }
}
