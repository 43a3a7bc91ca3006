import { describe, expect, it } from 'vitest';
import { MIN_CELL, fitCell, gridHeight } from './gridFit';

describe('fitCell', () => {
  // One side, one group: 40 px of header, 300 px wide, 200 px tall.
  const side = (count: number) => [{ groups: [{ fixed: 40, count }], width: 300, gap: 10, height: 200 }];

  it('uses the largest pitch while the marks fit', () => {
    // 8 marks at 32 px: 9 per row, one row, 40 + 32 ≤ 200.
    expect(fitCell(side(8), 32)).toBe(32);
  });

  it('shrinks the pitch as marks are added, and the result fits', () => {
    const cell = fitCell(side(1000), 32);
    expect(cell).toBeLessThan(32);
    expect(40 + gridHeight(1000, 300, cell)).toBeLessThanOrEqual(200);
    // Half a pixel more would not fit.
    expect(40 + gridHeight(1000, 300, cell + 0.5)).toBeGreaterThan(200);
  });

  it('keeps the pitch on screen while it fits and is close to the best', () => {
    const best = fitCell(side(400), 32);
    expect(fitCell(side(400), 32, best - 0.5)).toBe(best - 0.5);
    // Far below the best: grow back.
    expect(fitCell(side(400), 32, best / 2)).toBe(best);
    // Too big to fit any more: shrink.
    expect(fitCell(side(800), 32, best)).toBeLessThan(best);
  });

  it('falls back to the smallest pitch when nothing fits', () => {
    expect(fitCell(side(100_000), 32)).toBe(MIN_CELL);
  });
});
