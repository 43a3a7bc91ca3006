// Frames as they cross from the worker: a patch against the frame the main thread already holds
// (style-anchors §4.6, keyframes plus deltas). Pure data in, pure data out; it runs on both sides.
//
// A whole 1,000-task frame is about 1 MB of structured clone, and reading it costs the main
// thread ~5 ms per animation frame, for a frame in which a few dozen tasks changed. So the four
// long lists (tasks, pods and both event logs) travel as runs of the previous frame's items plus
// the items that are new or changed, matched by id; the rest of the snapshot (a few kB) travels
// whole. Decoding rebuilds the Snapshot with every unchanged item, list and object being the very
// object of the previous frame, so store selectors and keyed joins see what really changed.

import type { Snapshot } from '../sim';
import type { Frame, WireFrame, WireLists, ListSegment } from './protocol';

interface ListSpec<T> {
  read(snapshot: Snapshot): T[];
  key(item: T): string;
}

const list = <T>(read: (snapshot: Snapshot) => T[], key: (item: T) => string): ListSpec<T> => ({ read, key });

const LISTS = {
  // taskId, not taskArn: the id is the simulation's own string, so its hash is computed once,
  // where the ARN is built anew for every new view of a task.
  ecsTasks: list((s) => s.ecs.tasks, (task) => task.taskId),
  ecsEvents: list((s) => s.ecs.service.events, (event) => event.id),
  k8sPods: list((s) => s.k8s.pods, (pod) => pod.name),
  k8sEvents: list((s) => s.k8s.events, (event) => event.id),
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Deep equality of plain data (what structured clone carries here: objects, arrays, primitives).
 * Written with for…in rather than Object.keys: it runs for every task and pod on every frame.
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!(key in y) || !samePlain(x[key], y[key])) return false;
  for (const key in y) if (!(key in x)) return false;
  return true;
}

/**
 * `next`, with every part that equals the same part of `previous` replaced by that part, so
 * unchanged data keeps its identity (TanStack Query's replaceEqualDeep). Arrays match by index.
 */
export function shareEqual<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    const shared = next.map((item: unknown, i) => {
      const kept = shareEqual(previous[i], item);
      if (kept !== previous[i]) same = false;
      return kept;
    });
    return (same ? previous : shared) as T;
  }
  if (isRecord(previous) && isRecord(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const shared: Record<string, unknown> = {};
    for (const key of keys) {
      shared[key] = shareEqual(previous[key], next[key]);
      if (shared[key] !== previous[key] || !(key in previous)) same = false;
    }
    return (same ? previous : shared) as T;
  }
  return next;
}

/** How far past the expected place an item is looked for before the list is indexed by id. */
const NEARBY = 8;

/**
 * `next` as runs of `previous` items (same id, equal data, consecutive) and lists of new items.
 * Lists change by a few items a frame, so each item is first looked for just after the last one
 * matched; only when that fails is `previous` indexed by id, once.
 */
function encodeList<T>(previous: readonly T[], next: readonly T[], key: (item: T) => string): ListSegment<T>[] {
  let index: Map<string, number> | undefined;
  const find = (id: string, from: number): number | undefined => {
    for (let i = from; i < Math.min(previous.length, from + NEARBY); i++) if (key(previous[i]) === id) return i;
    index ??= new Map(previous.map((item, i) => [key(item), i]));
    return index.get(id);
  };
  const segments: ListSegment<T>[] = [];
  let last: ListSegment<T> | undefined;
  let expected = 0;
  for (const item of next) {
    const at = find(key(item), expected);
    // The simulation hands out the same view object for an unchanged task or pod.
    if (at !== undefined && (previous[at] === item || samePlain(previous[at], item))) {
      expected = at + 1;
      if (last && 'keep' in last && last.keep[0] + last.keep[1] === at) last.keep[1]++;
      else segments.push((last = { keep: [at, 1] }));
    } else if (last && 'add' in last) last.add.push(item);
    else segments.push((last = { add: [item] }));
  }
  return segments;
}

function decodeList<T>(previous: T[], segments: readonly ListSegment<T>[]): T[] {
  // Nothing new, in the same order: the previous array itself.
  const [first] = segments;
  if (previous.length === 0 ? segments.length === 0 : segments.length === 1 && 'keep' in first && first.keep[0] === 0 && first.keep[1] === previous.length) {
    return previous;
  }
  const items: T[] = [];
  for (const segment of segments) {
    if ('add' in segment) items.push(...segment.add);
    else for (let i = segment.keep[0]; i < segment.keep[0] + segment.keep[1]; i++) items.push(previous[i]);
  }
  return items;
}

/** The snapshot with the four long lists swapped for `lists` (empty ones on the wire, the real ones on decode). */
function withLists(snapshot: Snapshot, lists: { [K in keyof typeof LISTS]: ReturnType<(typeof LISTS)[K]['read']> }): Snapshot {
  return {
    ...snapshot,
    ecs: { ...snapshot.ecs, tasks: lists.ecsTasks, service: { ...snapshot.ecs.service, events: lists.ecsEvents } },
    k8s: { ...snapshot.k8s, pods: lists.k8sPods, events: lists.k8sEvents },
  };
}

const NO_LISTS = { ecsTasks: [], ecsEvents: [], k8sPods: [], k8sEvents: [] };

/** `frame` for the wire: whole when `previous` is null, else as a patch against it. */
export function encodeFrame(frame: Frame, seq: number, previous: { seq: number; frame: Frame } | null): WireFrame {
  if (previous === null) return { seq, base: null, horizon: frame.horizon, snapshot: frame.snapshot };
  const before = previous.frame.snapshot;
  const after = frame.snapshot;
  const lists: WireLists = {
    ecsTasks: encodeList(LISTS.ecsTasks.read(before), LISTS.ecsTasks.read(after), LISTS.ecsTasks.key),
    ecsEvents: encodeList(LISTS.ecsEvents.read(before), LISTS.ecsEvents.read(after), LISTS.ecsEvents.key),
    k8sPods: encodeList(LISTS.k8sPods.read(before), LISTS.k8sPods.read(after), LISTS.k8sPods.key),
    k8sEvents: encodeList(LISTS.k8sEvents.read(before), LISTS.k8sEvents.read(after), LISTS.k8sEvents.key),
  };
  return { seq, base: previous.seq, horizon: frame.horizon, snapshot: withLists(after, NO_LISTS), lists };
}

/** `before` itself when `parts` are exactly its own parts (same keys, same objects), else `parts`. */
function reuse<T extends object>(before: T, parts: T): T {
  const keys = Object.keys(parts) as (keyof T)[];
  return keys.length === Object.keys(before).length && keys.every((key) => parts[key] === before[key]) ? before : parts;
}

/** The frame `wire` describes; `previous` must be the frame it was patched against. */
export function decodeFrame(wire: WireFrame, previous: { seq: number; frame: Frame } | null): Frame {
  if (wire.base === null || wire.lists === undefined) return { snapshot: wire.snapshot, horizon: wire.horizon };
  if (previous === null || previous.seq !== wire.base) {
    throw new Error(`frame ${wire.seq} patches frame ${wire.base}, but frame ${previous?.seq ?? 'none'} is held`);
  }
  const before = previous.frame.snapshot;
  const { lists } = wire;
  const rest = shareEqual(withLists(before, NO_LISTS), wire.snapshot);
  // Rebuilt bottom-up, so a container whose parts are all unchanged stays the previous object.
  const service = reuse(before.ecs.service, { ...rest.ecs.service, events: decodeList(LISTS.ecsEvents.read(before), lists.ecsEvents) });
  const ecs = reuse(before.ecs, { ...rest.ecs, service, tasks: decodeList(LISTS.ecsTasks.read(before), lists.ecsTasks) });
  const k8s = reuse(before.k8s, {
    ...rest.k8s,
    pods: decodeList(LISTS.k8sPods.read(before), lists.k8sPods),
    events: decodeList(LISTS.k8sEvents.read(before), lists.k8sEvents),
  });
  return { snapshot: reuse(before, { ...rest, ecs, k8s }), horizon: wire.horizon };
}
