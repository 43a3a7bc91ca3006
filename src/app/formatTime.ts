// Simulated time as the panels print it.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 73.9 → "01:13": whole seconds, as event logs show them. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/** 73.56 → "01:13.5": tenths, for the transport, where stepping moves by less than a second. */
export function formatClockTenths(seconds: number): string {
  const tenths = Math.max(0, Math.floor(seconds * 10));
  return `${formatClock(tenths / 10)}.${tenths % 10}`;
}
