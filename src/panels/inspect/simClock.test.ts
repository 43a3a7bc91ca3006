import { describe, expect, it } from 'vitest';
import { awsTimestamp, humanDuration, rfc1123z } from './simClock';

describe('humanDuration (kubectl AGE)', () => {
  it('prints what kubectl prints for these ages', () => {
    // Cases from k8s.io/apimachinery/pkg/util/duration's own table.
    const cases: [number, string][] = [
      [-2, '<invalid>'],
      [-1, '0s'],
      [0, '0s'],
      [1, '1s'],
      [119, '119s'],
      [120, '2m'],
      [121, '2m1s'],
      [9 * 60 + 59, '9m59s'],
      [10 * 60, '10m'],
      [179 * 60 + 59, '179m'],
      [3 * 3600, '3h'],
      [3 * 3600 + 30 * 60, '3h30m'],
      [8 * 3600, '8h'],
      [47 * 3600 + 59 * 60, '47h'],
      [48 * 3600, '2d'],
      [48 * 3600 + 3600, '2d1h'],
      [8 * 24 * 3600, '8d'],
    ];
    for (const [seconds, text] of cases) expect(humanDuration(seconds), `${seconds}s`).toBe(text);
  });
});

describe('wall-clock formats', () => {
  it('AWS CLI v2 timestamps are isoformat with microseconds, or none when whole', () => {
    expect(awsTimestamp(0)).toBe('2026-11-27T09:00:00+00:00');
    expect(awsTimestamp(42.816)).toBe('2026-11-27T09:00:42.816000+00:00');
    expect(awsTimestamp(3600 * 15 + 61)).toBe('2026-11-28T00:01:01+00:00');
  });

  it('kubectl describe prints RFC 1123 with a numeric zone', () => {
    expect(rfc1123z(0)).toBe('Fri, 27 Nov 2026 09:00:00 +0000');
    expect(rfc1123z(75.9)).toBe('Fri, 27 Nov 2026 09:01:15 +0000');
  });
});
