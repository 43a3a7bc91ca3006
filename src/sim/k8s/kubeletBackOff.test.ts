// The kubelet's back-off arithmetic against the documented numbers: "exponential backoff delay
// (10s, 20s, 40s, …), that is capped at 300 seconds (5 minutes). Once a container has executed
// for 10 minutes without any problems, the kubelet resets the restart backoff timer" (Pod
// Lifecycle), and "Initial crash: Kubernetes attempts an immediate restart" (same page).
import { describe, expect, it } from 'vitest';
import { isInBackOffSince, isInBackOffSinceUpdate, nextBackOff, restartDecision, type BackOffEntry } from './kubeletBackOff';

describe('the kubelet back-off (flowcontrol.Backoff with 10 s / 300 s)', () => {
  it('doubles from 10 s and stays at 300 s: 10, 20, 40, 80, 160, 300, 300', () => {
    let entry: BackOffEntry | null = null;
    const delays: number[] = [];
    let t = 0;
    for (let i = 0; i < 7; i++) {
      entry = nextBackOff(entry, t, t);
      delays.push(entry.seconds);
      t += entry.seconds + 5;
    }
    expect(delays).toEqual([10, 20, 40, 80, 160, 300, 300]);
  });

  it('starts over at 10 s once the container ran for more than 10 minutes', () => {
    const entry: BackOffEntry = { seconds: 300, lastUpdate: 1000 };
    expect(nextBackOff(entry, 1000 + 599, 1000 + 599).seconds).toBe(300);
    expect(nextBackOff(entry, 1000 + 601, 1000 + 601).seconds).toBe(10);
    expect(isInBackOffSince(entry, 1000 + 601, 1000 + 602)).toBe(false);
  });

  it('holds a restart until the back-off has passed since the exit', () => {
    const entry: BackOffEntry = { seconds: 40, lastUpdate: 100 };
    expect(isInBackOffSince(entry, 130, 169.9)).toBe(true);
    expect(isInBackOffSince(entry, 130, 170)).toBe(false);
    expect(isInBackOffSince(null, 130, 131)).toBe(false);
  });

  it('holds a pull until the back-off has passed since the failed pull', () => {
    const entry: BackOffEntry = { seconds: 20, lastUpdate: 50 };
    expect(isInBackOffSinceUpdate(entry, 69.9)).toBe(true);
    expect(isInBackOffSinceUpdate(entry, 70)).toBe(false);
  });
});

describe('doBackOff: restart now, or CrashLoopBackOff', () => {
  it('restarts the first crash at once and starts the back-off at 10 s', () => {
    const first = restartDecision(null, 12, 13);
    expect(first).toEqual({ start: true, entry: { seconds: 10, lastUpdate: 13 } });
  });

  it('backs off a crash inside the back-off until exit + delay', () => {
    const second = restartDecision({ seconds: 10, lastUpdate: 13 }, 15, 16);
    expect(second).toEqual({ start: false, until: 25, entry: { seconds: 10, lastUpdate: 13 } });
  });

  it('starts a container with no exited instance without touching the back-off', () => {
    expect(restartDecision(null, null, 50)).toEqual({ start: true, entry: null });
  });
});
