// Kubernetes events in Kubernetes' own wording, and the capped log that keeps them
// (reference/k8s.md §3.2 Deployment and ReplicaSet events, §4.3 scheduler and kubelet events).

import type { K8sEventView } from '../types';
import type { ScaleChange } from './rollingUpdate';

export type K8sEvent = Omit<K8sEventView, 'id' | 'time'>;

/** Events kept in the world; older ones drop off, as the API server's event TTL drops them. */
export const EVENT_LIMIT = 500;

export interface EventLog {
  /** Oldest first; between EVENT_LIMIT and 2 × EVENT_LIMIT long, trimmed in batches. */
  items: K8sEventView[];
  nextId: number;
}

const NAMESPACE = 'default';

const normal = (
  reason: string,
  message: string,
  kind: K8sEvent['involvedObject']['kind'],
  name: string,
  source: string,
): K8sEvent => ({ type: 'Normal', reason, message, involvedObject: { kind, name }, source });

/** On a new ReplicaSet with a non-zero size (sync.go getNewReplicaSet). */
export const scaledUpNewReplicaSet = (deployment: string, replicaSet: string, replicas: number) =>
  normal('ScalingReplicaSet', `Scaled up replica set ${replicaSet} to ${replicas}`, 'Deployment', deployment, 'deployment-controller');

/** Any later scale (sync.go scaleReplicaSet, the `to %d from %d` format of kubernetes PR #101142). */
export function scaledReplicaSet(deployment: string, change: ScaleChange): K8sEvent {
  const direction = change.to > change.from ? 'up' : 'down';
  const message = `Scaled ${direction} replica set ${change.name} to ${change.to} from ${change.from}`;
  return normal('ScalingReplicaSet', message, 'Deployment', deployment, 'deployment-controller');
}

export const successfulCreate = (replicaSet: string, pod: string) =>
  normal('SuccessfulCreate', `Created pod: ${pod}`, 'ReplicaSet', replicaSet, 'replicaset-controller');

export const successfulDelete = (replicaSet: string, pod: string) =>
  normal('SuccessfulDelete', `Deleted pod: ${pod}`, 'ReplicaSet', replicaSet, 'replicaset-controller');

export const scheduled = (pod: string, node: string) =>
  normal('Scheduled', `Successfully assigned ${NAMESPACE}/${pod} to ${node}`, 'Pod', pod, 'default-scheduler');

/**
 * The scheduler could not place the pod: Warning FailedScheduling with FitError's message
 * (kubeScheduler.ts failedSchedulingMessage; reference/k8s.md §5.4).
 */
export const failedScheduling = (pod: string, message: string, source: string): K8sEvent => ({
  type: 'Warning',
  reason: 'FailedScheduling',
  message,
  involvedObject: { kind: 'Pod', name: pod },
  source,
});

export const pulling = (pod: string, image: string) => normal('Pulling', `Pulling image "${image}"`, 'Pod', pod, 'kubelet');

/** The docs' form, `Successfully pulled image "nginx" in 1.146417389s` (newer kubelets add the size). */
export const pulled = (pod: string, image: string, seconds: number) =>
  normal('Pulled', `Successfully pulled image "${image}" in ${goDuration(seconds)}`, 'Pod', pod, 'kubelet');

export const created = (pod: string, container: string) => normal('Created', `Created container ${container}`, 'Pod', pod, 'kubelet');

export const started = (pod: string, container: string) => normal('Started', `Started container ${container}`, 'Pod', pod, 'kubelet');

export const killing = (pod: string, container: string) => normal('Killing', `Stopping container ${container}`, 'Pod', pod, 'kubelet');

/** Seconds printed the way Go's time.Duration prints them: 500ms, 12.3s, 1m5s. */
export function goDuration(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  if (millis < 1000) return `${millis}ms`;
  const minutes = Math.floor(millis / 60000);
  const rest = `${(millis % 60000) / 1000}s`;
  return minutes > 0 ? `${minutes}m${rest}` : rest;
}

/** Appends an event at `time`, dropping the oldest beyond EVENT_LIMIT (in batches, so it stays O(1) amortised). */
export function appendEvent(log: EventLog, time: number, event: K8sEvent): void {
  // Fields spelled out: an object spread here is the hot path of a 10,000-pod rollout.
  const { type, reason, message, involvedObject, source } = event;
  log.items.push({ id: `k8s-event-${log.nextId++}`, type, reason, message, involvedObject, source, time });
  if (log.items.length >= 2 * EVENT_LIMIT) log.items = log.items.slice(-EVENT_LIMIT);
}

/** The newest EVENT_LIMIT events, newest first (Snapshot order). */
export function newestEvents(log: EventLog): K8sEventView[] {
  return log.items.slice(-EVENT_LIMIT).reverse();
}
