import { describe, expect, it } from 'vitest';
import { formatClock, formatClockTenths } from './formatTime';

describe('formatClock', () => {
  it('prints minutes and whole seconds', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(73.9)).toBe('01:13');
    expect(formatClock(3600 + 5)).toBe('60:05');
  });

  it('prints tenths for the transport', () => {
    expect(formatClockTenths(73.56)).toBe('01:13.5');
    expect(formatClockTenths(59.99)).toBe('00:59.9');
  });
});
