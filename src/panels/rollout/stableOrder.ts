// Keeps each task or pod in its grid cell from frame to frame. A compact grid in creation order
// would shift every mark after one that leaves, redrawing hundreds of marks per frame during a
// rollout; instead a leaving mark's cell goes to the group's last mark, and new marks go at the
// end, so each change moves at most one other mark.

/**
 * `items` in the order of `previous` (the last frame's ids), with departed ids' places filled by
 * the last remaining item and new items appended in their given order.
 * @example stableOrder([a, c, e, f], ['a', 'b', 'c', 'd', 'e']) // → [a, e, c, f]
 */
export function stableOrder<T extends { id: string }>(items: readonly T[], previous: readonly string[] | undefined): T[] {
  if (!previous) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  // Last frame's cells; undefined where the mark has left.
  const slots = previous.map((id) => byId.get(id));
  const order: T[] = [];
  for (let i = 0; i < slots.length; i++) {
    const item = slots[i];
    if (item !== undefined) {
      order.push(item);
      continue;
    }
    // Move the last surviving mark into the hole.
    while (slots.length > i + 1 && slots[slots.length - 1] === undefined) slots.pop();
    if (slots.length > i + 1) order.push(slots.pop() as T);
  }
  const placed = new Set(order.map((item) => item.id));
  for (const item of items) if (!placed.has(item.id)) order.push(item);
  return order;
}
