// What the kubelet remembers about a pod's container between timers, as plain data: its two
// back-off entries, what the app in the current run does, its probe workers, and the one pending
// timer of each kind (a timer whose due time no longer matches is stale and ignored).

import type { BackOffEntry } from './kubeletBackOff';
import type { ProbeType, ProbeWorker } from './probes';

/** One run of the app in the container, as its fault decides (faults/appBehaviour.ts). */
export interface AppRun {
  startedAt: number;
  /** When the app first answers its health endpoint; null: it never does. */
  readyAt: number | null;
  /** When it exits on its own, with what, or null. */
  exit: { at: number; exitCode: number; reason: 'Error' | 'OOMKilled' } | null;
}

/** The kubelet timers that record their due time (podTimers.ts). */
export type KubeletTimerKind = 'image.pullFailed' | 'container.exited' | 'container.killed' | 'kubelet.sync' | 'container.probe' | 'node.interrupted';

/**
 * Created the first time the kubelet has something to remember (kubeletOf in podLifecycle.ts):
 * a pod of a healthy template without probes never gets one (10,000-pod rollouts stay cheap).
 */
export interface KubeletRecord {
  /** CrashLoopBackOff entry (restarts), null before the first Next. */
  restartBackOff: BackOffEntry | null;
  /** ImagePullBackOff entry (pulls). */
  pullBackOff: BackOffEntry | null;
  /** The current run, when its app can fail or be probed; null for a plain healthy one. */
  run: AppRun | null;
  /** Probe workers while the container runs and has probes. */
  probes: Record<ProbeType, ProbeWorker | null> | null;
  /** Due time of the pending timer of each kind, once the pod has had one. */
  due: Record<KubeletTimerKind, number | null> | null;
}

export const emptyKubeletRecord = (): KubeletRecord => ({ restartBackOff: null, pullBackOff: null, run: null, probes: null, due: null });
