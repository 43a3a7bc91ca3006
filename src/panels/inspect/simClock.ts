// Simulated seconds as the real tools print wall-clock times. The simulation starts at t = 0;
// the records need a date, so t = 0 is pinned to one fixed instant (the same on every screen and
// in every test, so a shared link shows the same text).

/** The wall-clock instant of simulated t = 0. */
export const SIM_EPOCH_MS = Date.UTC(2026, 10, 27, 9, 0, 0);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const at = (seconds: number) => new Date(SIM_EPOCH_MS + Math.round(seconds * 1000));

/**
 * AWS CLI v2's timestamps (Python's `datetime.isoformat()`): `2026-11-27T09:00:42.816000+00:00`,
 * without the fraction when it is zero (reference/ecs.md §10.1).
 */
export function awsTimestamp(seconds: number): string {
  const d = at(seconds);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = d.getUTCMilliseconds();
  return `${base}${ms === 0 ? '' : `.${pad(ms, 3)}000`}+00:00`;
}

/** Go's time.RFC1123Z, as `kubectl describe` prints times: `Fri, 27 Nov 2026 09:00:42 +0000`. */
export function rfc1123z(seconds: number): string {
  const d = at(seconds);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/**
 * kubectl's ages (k8s.io/apimachinery util/duration.HumanDuration): seconds up to 2 minutes,
 * then minutes with seconds below 10 minutes, minutes below 3 hours, hours with minutes below 8,
 * hours below 2 days, then days with hours below 8 days, then days.
 */
export function humanDuration(seconds: number): string {
  const s = Math.trunc(seconds);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 10) return s % 60 === 0 ? `${minutes}m` : `${minutes}m${s % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  return `${days}d`;
}

/** `aws logs tail`'s timestamp column: `2026-11-27T09:00:42.816000+00:00`. */
export const logTimestamp = awsTimestamp;
