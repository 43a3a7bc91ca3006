// The kubelet's two exponential back-offs, for restarting a crashed container (CrashLoopBackOff)
// and for pulling an image (ImagePullBackOff): 10 s, doubling, capped at 300 s, forgotten after a
// quiet 600 s. Upstream: client-go util/flowcontrol/backoff.go (Next, IsInBackOffSince,
// IsInBackOffSinceUpdate, hasExpired "consider stable if it's ok for twice the maxDuration") with
// pkg/kubelet/kubelet.go initialCrashLoopBackOff = 10 s, MaxContainerBackOff = 300 s,
// imageBackOffPeriod = 10 s, MaxImageBackOff = 300 s. The Pod Lifecycle page says the same:
// "exponential backoff delay (10s, 20s, 40s, …), that is capped at 300 seconds (5 minutes). Once
// a container has executed for 10 minutes without any problems, the kubelet resets the restart
// backoff timer" (kubernetes/website@00aacfad, pod-lifecycle.md).

export const INITIAL_BACK_OFF_SECONDS = 10;
export const MAX_BACK_OFF_SECONDS = 300;

/** One flowcontrol.Backoff entry: the current delay and when Next last moved it. */
export interface BackOffEntry {
  seconds: number;
  lastUpdate: number;
}

/** Times are sums of 0.1 s steps: compare with a little slack so a timer due at the end is past it. */
const EPSILON = 1e-6;

/** hasExpired: an entry untouched for more than 2 × max (600 s) starts over. */
const hasExpired = (eventTime: number, lastUpdate: number) => eventTime - lastUpdate > 2 * MAX_BACK_OFF_SECONDS;

/** Backoff.Next(id, eventTime) at `now`: start at 10 s, else double up to 300 s. */
export function nextBackOff(entry: BackOffEntry | null, eventTime: number, now: number): BackOffEntry {
  const seconds = entry === null || hasExpired(eventTime, entry.lastUpdate) ? INITIAL_BACK_OFF_SECONDS : Math.min(entry.seconds * 2, MAX_BACK_OFF_SECONDS);
  return { seconds, lastUpdate: now };
}

/** IsInBackOffSince(id, eventTime): less than the current delay has passed since eventTime. */
export function isInBackOffSince(entry: BackOffEntry | null, eventTime: number, now: number): boolean {
  if (entry === null || hasExpired(eventTime, entry.lastUpdate)) return false;
  return now - eventTime < entry.seconds - EPSILON;
}

/** IsInBackOffSinceUpdate(id, now): less than the current delay has passed since the last Next (image pulls). */
export function isInBackOffSinceUpdate(entry: BackOffEntry | null, now: number): boolean {
  if (entry === null || hasExpired(now, entry.lastUpdate)) return false;
  return now - entry.lastUpdate < entry.seconds - EPSILON;
}

/**
 * What doBackOff decides for a container about to be (re)started, given the finish time of its
 * latest exited instance (kuberuntime_manager.go doBackOff): no exited instance → start, entry
 * untouched; in back-off → wait until `until`; otherwise Next, then start.
 */
export function restartDecision(
  entry: BackOffEntry | null,
  lastFinishedAt: number | null,
  now: number,
): { start: true; entry: BackOffEntry | null } | { start: false; until: number; entry: BackOffEntry } {
  if (lastFinishedAt === null) return { start: true, entry };
  if (entry !== null && isInBackOffSince(entry, lastFinishedAt, now)) return { start: false, until: lastFinishedAt + entry.seconds, entry };
  return { start: true, entry: nextBackOff(entry, lastFinishedAt, now) };
}
