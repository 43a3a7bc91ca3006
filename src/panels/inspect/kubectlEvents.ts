// The Events table at the end of `kubectl describe` (kubectl describe.go DescribeEvents): oldest
// first, Age since the last time, repeats folded into "(xN over …)" as the API server's event
// series fold them. Lines end in \n and carry tabs, for tabwrite().

import type { K8sEventView } from '../../sim';
import { humanDuration } from './simClock';

interface Folded {
  event: K8sEventView;
  first: number;
  last: number;
  count: number;
}

/** Repeats of one reason and message on one object become one row with a count (the event series). */
export function foldEvents(events: readonly K8sEventView[]): Folded[] {
  const byKey = new Map<string, Folded>();
  for (const event of [...events].sort((a, b) => a.time - b.time)) {
    const key = `${event.type}\u0000${event.reason}\u0000${event.source}\u0000${event.message}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      seen.last = event.time;
    } else byKey.set(key, { event, first: event.time, last: event.time, count: 1 });
  }
  // Sorted by the last time seen, as kubectl's SortableEvents does.
  return [...byKey.values()].sort((a, b) => a.last - b.last);
}

/** "Events:\t<none>" or the table, for the events about one object. */
export function eventsSection(events: readonly K8sEventView[], now: number): string {
  if (events.length === 0) return 'Events:\t<none>\n';
  const rows = foldEvents(events).map(({ event, first, last, count }) => {
    const age = count > 1 ? `${humanDuration(now - last)} (x${count} over ${humanDuration(now - first)})` : humanDuration(now - first);
    return `  ${event.type}\t${event.reason}\t${age}\t${event.source}\t${event.message.trim()}\n`;
  });
  return `Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n${rows.join('')}`;
}

/** The events whose involvedObject is `kind/name`. */
export const eventsAbout = (events: readonly K8sEventView[], kind: K8sEventView['involvedObject']['kind'], name: string) =>
  events.filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name);
