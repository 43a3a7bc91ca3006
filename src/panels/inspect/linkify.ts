// Finds the tasks and pods an event message names, so the logs can make them clickable: ECS
// writes `(task 6a127288b5fa4ad7b70e2b340d705cc0)` (reference/ecs.md §4.1), a ReplicaSet
// `Created pod: web-5f4c9d7b8-x7k2p` (reference/k8s.md §3.2).

import type { Selection } from '../../store/appStore';

export type Segment = { text: string; ref?: Selection };

function split(message: string, pattern: RegExp, toRef: (match: RegExpExecArray) => { start: number; text: string; ref: Selection }): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of message.matchAll(new RegExp(pattern.source, 'g'))) {
    const found = toRef(match as RegExpExecArray);
    if (found.start > at) segments.push({ text: message.slice(at, found.start) });
    segments.push({ text: found.text, ref: found.ref });
    at = found.start + found.text.length;
  }
  if (at < message.length) segments.push({ text: message.slice(at) });
  return segments;
}

/** An ECS service event message, with each `(task <id>)` id as a reference to that task. */
export function ecsMessageSegments(message: string): Segment[] {
  return split(message, /\(task ([0-9a-f]+)\)/, (m) => ({ start: m.index + '(task '.length, text: m[1], ref: { kind: 'task', taskId: m[1] } }));
}

/** A Kubernetes event message, with each pod a ReplicaSet created or deleted as a reference to it. */
export function k8sMessageSegments(message: string): Segment[] {
  return split(message, /(?:Created|Deleted) pod: ([a-z0-9][a-z0-9.-]*[a-z0-9])/, (m) => ({
    start: m.index + m[0].length - m[1].length,
    text: m[1],
    ref: { kind: 'pod', name: m[1] },
  }));
}
