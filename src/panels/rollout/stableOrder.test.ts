import { describe, expect, it } from 'vitest';
import { stableOrder as stableOrderOf } from './stableOrder';

const stableOrder = (ids: string[], previous: string[] | undefined) => stableOrderOf(ids.map((id) => ({ id })), previous).map((item) => item.id);

describe('stableOrder', () => {
  it('keeps the input order on the first frame', () => {
    expect(stableOrder(['b', 'a', 'c'], undefined)).toEqual(['b', 'a', 'c']);
  });

  it('fills a leaving mark’s place with the last mark and appends new ones', () => {
    expect(stableOrder(['a', 'c', 'e', 'f'], ['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'e', 'c', 'f']);
  });

  it('moves at most one remaining mark per leaving mark, and keeps every id exactly once', () => {
    const previous = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const leaving = new Set(['t3', 't50', 't51', 't199', 't120']);
    const ids = [...previous.filter((id) => !leaving.has(id)), 'n1', 'n2'];
    const next = stableOrder(ids, previous);
    expect([...next].sort()).toEqual([...ids].sort());
    const moved = next.filter((id, i) => previous.includes(id) && previous[i] !== id);
    expect(moved.length).toBeLessThanOrEqual(leaving.size);
  });

  it('empties when everything leaves', () => {
    expect(stableOrder([], ['a', 'b'])).toEqual([]);
  });
});
