// Discrete-event priority queue: a binary min-heap ordered by (at, seq). The sequence number
// breaks ties in insertion order, which keeps same-time events deterministic. Entries are plain
// data so the whole queue can be checkpointed with structuredClone.

export interface QueueEntry<T> {
  at: number;
  seq: number;
  item: T;
}

export interface EventQueue<T> {
  heap: QueueEntry<T>[];
  nextSeq: number;
}

export function createEventQueue<T>(): EventQueue<T> {
  return { heap: [], nextSeq: 0 };
}

function before<T>(a: QueueEntry<T>, b: QueueEntry<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function pushEvent<T>(queue: EventQueue<T>, at: number, item: T): void {
  const heap = queue.heap;
  const entry = { at, seq: queue.nextSeq++, item };
  let i = heap.push(entry) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(entry, heap[parent])) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = entry;
}

/** Time of the earliest entry, or Infinity when the queue is empty. */
export function peekTime<T>(queue: EventQueue<T>): number {
  return queue.heap.length > 0 ? queue.heap[0].at : Infinity;
}

export function popEvent<T>(queue: EventQueue<T>): QueueEntry<T> | undefined {
  const heap = queue.heap;
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && before(heap[right], heap[left]) ? right : left;
    if (!before(heap[child], last)) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = last;
  return top;
}
