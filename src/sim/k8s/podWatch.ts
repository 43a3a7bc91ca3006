// Test support: `kubectl get pod -w` for one pod of a Kubernetes side run alone (runK8sAlone.ts),
// and `kubectl describe pod`'s event list for it.

import type { K8sEventView, PodContainerView } from '../types';
import type { K8sRun } from './runK8sAlone';
import type { PodRecord } from './podLifecycle';

export interface PodWatchLine {
  time: number;
  status: string;
  restarts: number;
  ready: boolean;
}

export interface PodWatch {
  name: string;
  /** One line per change of STATUS, RESTARTS or READY, as `kubectl get pod -w` prints them. */
  lines: PodWatchLine[];
  /** Every container view the pod had, in order (new objects only). */
  containers: PodContainerView[];
}

/** Runs `run` until `until`, watching the first pod of the ReplicaSet at `replicaSetIndex`. */
export function watchPod(run: K8sRun, until: number, replicaSetIndex = 1): PodWatch {
  const watch: PodWatch = { name: '', lines: [], containers: [] };
  const look = () => {
    const rs = run.world.replicaSets[replicaSetIndex];
    if (rs === undefined) return;
    const pod: PodRecord | undefined = watch.name === '' ? rs.pods[0] : rs.pods.find((p) => p.name === watch.name);
    if (pod === undefined) return;
    watch.name = pod.name;
    const last = watch.lines.at(-1);
    if (last === undefined || last.status !== pod.status || last.restarts !== pod.restarts || last.ready !== pod.ready) {
      watch.lines.push({ time: run.now, status: pod.status, restarts: pod.restarts, ready: pod.ready });
    }
    if (pod.container !== null && watch.containers.at(-1) !== pod.container) watch.containers.push(pod.container);
  };
  look();
  run.runUntil(until, look);
  return watch;
}

/** The pod's events, oldest first (the event log keeps the last 500 to 1,000 of the whole side). */
export const podEvents = (run: K8sRun, pod: string): K8sEventView[] =>
  run.world.events.items.filter((e) => e.involvedObject.kind === 'Pod' && e.involvedObject.name === pod);
