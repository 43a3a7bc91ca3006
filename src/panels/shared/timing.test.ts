import { describe, expect, it } from 'vitest';
import { timingForSpeed } from './timing';

describe('timingForSpeed', () => {
  it('gets shorter as the simulation runs faster, never above 300 ms', () => {
    // 0.8 × the real milliseconds one simulated second takes.
    expect(timingForSpeed(0.25, false).duration).toBe(300);
    expect(timingForSpeed(4, false).duration).toBe(200);
    expect(timingForSpeed(8, false).duration).toBe(100);
    expect(timingForSpeed(16, false).duration).toBe(50);
  });

  it('drops transitions shorter than a few frames', () => {
    expect(timingForSpeed(32, false)).toEqual({ duration: 0, motion: true });
  });

  it('has no motion at all when the user prefers reduced motion', () => {
    expect(timingForSpeed(1, true)).toEqual({ duration: 0, motion: false });
  });
});
