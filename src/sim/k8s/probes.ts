// Container probes as the pod spec holds them, and the kubelet's per-probe worker that turns probe
// results into Ready, started and "kill it" (reference/k8s.md §4.2; upstream
// pkg/kubelet/prober/worker.go doProbe, prober.go runProbe; Probe fields and defaults from the
// Configure Liveness, Readiness and Startup Probes task page, kubernetes/website@00404e61).

export interface ProbeTimings {
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  /** Must be 1 for liveness and startup probes (docs). */
  successThreshold: number;
  failureThreshold: number;
}

/** exec or httpGet, the two handlers the twin translates ECS checks into. */
export type Probe = ProbeTimings & ({ exec: { command: string[] } } | { httpGet: { path: string; port: number } });

export type ProbeType = 'startup' | 'liveness' | 'readiness';

/** Field-by-field equality (the pod template hash and EqualIgnoreHash compare whole templates). */
export function probeEquals(a: Probe | null, b: Probe | null): boolean {
  if (a === null || b === null) return a === b;
  const timingsEqual =
    a.initialDelaySeconds === b.initialDelaySeconds &&
    a.periodSeconds === b.periodSeconds &&
    a.timeoutSeconds === b.timeoutSeconds &&
    a.successThreshold === b.successThreshold &&
    a.failureThreshold === b.failureThreshold;
  if (!timingsEqual) return false;
  if ('exec' in a) return 'exec' in b && a.exec.command.length === b.exec.command.length && a.exec.command.every((c, i) => c === b.exec.command[i]);
  return 'httpGet' in b && a.httpGet.path === b.httpGet.path && a.httpGet.port === b.httpGet.port;
}

/**
 * One probe worker's memory (worker.go): the last result and how many times in a row it came.
 * Readiness starts as Failure ("The default state of readiness before the initial delay is
 * Failure"), liveness and startup as Success (worker.go initialValue).
 */
export interface ProbeWorker {
  lastResult: 'Success' | 'Failure';
  resultRun: number;
  /** Set once liveness or startup failed for good: no probing until a new container (onHold). */
  onHold: boolean;
  /** When this worker probes next. */
  nextAt: number;
}

/** A fresh worker for a new container (inferred: upstream keeps one worker per pod and resets less). */
export const newProbeWorker = (type: ProbeType, nextAt: number): ProbeWorker => ({
  lastResult: type === 'readiness' ? 'Failure' : 'Success',
  resultRun: 0,
  onHold: false,
  nextAt,
});

/** What a result changed, once the threshold was reached (worker.go: below it, "leave the probe state unchanged"). */
export type ProbeOutcome = 'ready' | 'notReady' | 'started' | 'kill' | null;

/**
 * worker.go doProbe after a result: count runs of equal results and act only at the threshold.
 * `wasSet` says whether the container currently has the probe's condition (ready, started).
 */
export function recordProbeResult(worker: ProbeWorker, type: ProbeType, probe: Probe, result: 'Success' | 'Failure', wasSet: boolean): ProbeOutcome {
  if (worker.lastResult === result) worker.resultRun++;
  else {
    worker.lastResult = result;
    worker.resultRun = 1;
  }
  if (result === 'Failure' && worker.resultRun < probe.failureThreshold) return null;
  if (result === 'Success' && worker.resultRun < probe.successThreshold) return null;
  if (type === 'readiness') return result === 'Success' ? (wasSet ? null : 'ready') : wasSet ? 'notReady' : null;
  if (result === 'Success') return type === 'startup' && !wasSet ? 'started' : null;
  // "The container fails a liveness/startup check, it will need to be restarted. Stop probing
  // until we see a new container ID." (worker.go)
  worker.onHold = true;
  worker.resultRun = 0;
  return 'kill';
}

/** How the app answered: not listening yet (or never), up but unhealthy (503), or fine. */
export type AppAnswer = 'refused' | 'unhealthy' | 'ok';

/**
 * The text after "Readiness probe failed: ". httpGet: pkg/probe/http/http.go ("HTTP probe failed
 * with statuscode: %d"; a refused dial is Go's net/http error). exec: the command's own output;
 * for `curl -f` that is curl's error (inferred: curl 8's wording); other commands print nothing.
 */
export function probeFailureOutput(probe: Probe, answer: Exclude<AppAnswer, 'ok'>, podIp: string): string {
  if ('httpGet' in probe) {
    const url = `http://${podIp}:${probe.httpGet.port}${probe.httpGet.path}`;
    return answer === 'unhealthy' ? 'HTTP probe failed with statuscode: 503' : `Get "${url}": dial tcp ${podIp}:${probe.httpGet.port}: connect: connection refused`;
  }
  const script = probe.exec.command.join(' ');
  if (!/\bcurl\b/.test(script)) return '';
  const target = /https?:\/\/([^/:\s'"]+)(?::(\d+))?/.exec(script);
  const host = target?.[1] ?? 'localhost';
  const port = target?.[2] ?? '80';
  return answer === 'unhealthy'
    ? 'curl: (22) The requested URL returned error: 503'
    : `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`;
}
