import { describe, expect, it } from 'vitest';
import { afterFailedLaunch, calmThrottle, THROTTLE_MAX_SECONDS, throttledFor, throttleWaitSeconds } from './serviceThrottle';

describe('the service throttle (Developer Guide, service-throttle-logic)', () => {
  it('retries the first failure at once, then doubles the wait from 30 s up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 12].map(throttleWaitSeconds)).toEqual([0, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(THROTTLE_MAX_SECONDS).toBe(15 * 60);
  });

  it('raises the level once per launch batch, and announces only the first wait of an episode', () => {
    let t = calmThrottle();
    // Two tasks of one batch (launched at 1) fail at 20 and 21: one level.
    let r = afterFailedLaunch(t, 1, 20);
    expect(r).toMatchObject({ wait: 0, announce: false });
    t = r.throttle;
    r = afterFailedLaunch(t, 1, 21);
    expect(r.throttle.level).toBe(1);
    t = r.throttle;
    // The retry batch, launched at 22, fails at 40: level 2, a 30 s wait, the event.
    r = afterFailedLaunch(t, 22, 40);
    expect(r).toMatchObject({ wait: 30, announce: true });
    expect(throttledFor(r.throttle, 50)).toBe(20);
    t = r.throttle;
    // The next batch fails too: longer wait, no second event.
    r = afterFailedLaunch(t, 71, 90);
    expect(r).toMatchObject({ wait: 60, announce: false });
    expect(throttledFor(r.throttle, 200)).toBe(0);
  });

  it('a calm throttle (after RUNNING or a new task definition) starts over', () => {
    const r = afterFailedLaunch(calmThrottle(), 0, 10);
    expect(r.throttle.level).toBe(1);
    expect(afterFailedLaunch(calmThrottle(), 50, 60).wait).toBe(0);
  });
});
