// `kubectl get rs` and `kubectl get pods` tables (columns from reference/k8s.md §3.2 and §4.1),
// aligned the way kubectl's printers align them (tabwriter minwidth 6, padding 3).

import type { PodView, ReplicaSetView } from '../../sim';
import { humanDuration } from './simClock';
import { GET, tabwrite } from './tabwriter';

/** The API server lists objects by name, and kubectl prints them in that order. */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** NAME DESIRED CURRENT READY AGE. */
export function getReplicaSets(replicaSets: readonly ReplicaSetView[], now: number): string {
  const rows = [...replicaSets]
    .sort(byName)
    .map((rs) => `${rs.name}\t${rs.replicas}\t${rs.currentReplicas}\t${rs.readyReplicas}\t${humanDuration(now - rs.createdAt)}`);
  return rows.length === 0 ? 'No resources found in default namespace.' : tabwrite(['NAME\tDESIRED\tCURRENT\tREADY\tAGE', ...rows].join('\n'), GET);
}

/** When the pod last restarted: its containers' last termination. */
function lastRestart(pod: PodView): number | null {
  const times = pod.containers.flatMap((c) => (c.lastState !== null && 'terminated' in c.lastState ? [c.lastState.terminated.finishedAt] : []));
  return times.length === 0 ? null : Math.max(...times);
}

/** RESTARTS as kubectl ≥ 1.22 prints it: `3 (25s ago)` once a container has restarted. */
export function restartsColumn(pod: PodView, now: number): string {
  const last = lastRestart(pod);
  return pod.restarts > 0 && last !== null ? `${pod.restarts} (${humanDuration(now - last)} ago)` : String(pod.restarts);
}

export function readyColumn(pod: PodView): string {
  return `${pod.containers.filter((c) => c.ready).length}/${Math.max(1, pod.containers.length)}`;
}

/** NAME READY STATUS RESTARTS AGE. */
export function getPods(pods: readonly PodView[], now: number): string {
  const rows = [...pods].sort(byName).map((pod) => `${pod.name}\t${readyColumn(pod)}\t${pod.status}\t${restartsColumn(pod, now)}\t${humanDuration(now - pod.createdAt)}`);
  return rows.length === 0 ? 'No resources found in default namespace.' : tabwrite(['NAME\tREADY\tSTATUS\tRESTARTS\tAGE', ...rows].join('\n'), GET);
}
