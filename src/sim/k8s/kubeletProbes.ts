// The kubelet's probe workers for a pod's container, run on the simulation's queue (upstream
// pkg/kubelet/prober: worker.go, prober.go, prober_manager.go). Each worker ticks every
// periodSeconds from when the kubelet first took the pod (the pod's bind time here; upstream
// starts the ticker when the worker is created); the readiness probe also runs the moment the
// container starts (prober_manager.go UpdatePodStatus "Trigger an immediate run of the
// readinessProbe"). A startup probe holds liveness and readiness back until it succeeds.
//
// The twin stops ticking once every probe passes and the app can no longer change its answer
// (it answers until it exits, and an exit stops the probes anyway): upstream keeps probing, with
// nothing to show for it (inferred optimisation).

import type { SideContext } from '../clock/sideContext';
import { appendEvent } from './k8sEvents';
import { replicaSetOf, updatePod, type K8sWorld } from './k8sWorld';
import { unhealthy } from './kubeletEvents';
import { checkAvailability } from './podAvailability';
import { changeContainer, isContainerRunning, kubeletOf, setReady, type PodRecord } from './podLifecycle';
import { cancelTimer, nextTick, POD_TIMERS, scheduleAt } from './podTimers';
import type { PodTemplate } from './podTemplateHash';
import { newProbeWorker, probeFailureOutput, recordProbeResult, type AppAnswer, type Probe, type ProbeType, type ProbeWorker } from './probes';

type ProbeWorkers = Record<ProbeType, ProbeWorker | null>;

const PROBE_ORDER: readonly ProbeType[] = ['startup', 'liveness', 'readiness'];

const probeOf = (t: PodTemplate, type: ProbeType): Probe | null =>
  type === 'startup' ? t.startupProbe : type === 'liveness' ? t.livenessProbe : t.readinessProbe;

/** A pod IP for probe messages (inferred: the twin models no pod network; 10.0.16.0/20 is made up). */
export const podIp = (pod: PodRecord) => `10.0.${16 + ((pod.seq >> 8) & 15)}.${4 + (pod.seq % 250)}`;

/** What the app answers now: its health endpoint once ready; before that nothing listens, unless it runs but is unhealthy. */
function answerOf(pod: PodRecord, t: PodTemplate, now: number): AppAnswer {
  const readyAt = pod.kubelet?.run?.readyAt ?? null;
  if (readyAt !== null && now >= readyAt) return 'ok';
  return t.fault === 'failing-health-check' ? 'unhealthy' : 'refused';
}

/** Liveness and readiness workers, once the container has started (or has no startup probe). */
function armAfterStart(workers: ProbeWorkers, t: PodTemplate, now: number, anchor: number): void {
  for (const type of ['liveness', 'readiness'] as const) {
    const probe = probeOf(t, type);
    if (probe === null) continue;
    const first = now + probe.initialDelaySeconds;
    // Readiness runs at once (the immediate trigger); liveness waits for its ticker.
    const nextAt = type === 'readiness' && probe.initialDelaySeconds === 0 ? now : nextTick(anchor, probe.periodSeconds, first + 1e-6);
    workers[type] = newProbeWorker(type, nextAt);
  }
}

/**
 * New workers for a container that just started. `steady`: a container that has been up since
 * before t = 0 and passed its probes then (ready, started, counts at the thresholds).
 */
export function armProbes(pod: PodRecord, t: PodTemplate, ctx: SideContext, steady = false): void {
  if (t.startupProbe === null && t.livenessProbe === null && t.readinessProbe === null) return;
  const anchor = pod.scheduledAt ?? ctx.now;
  const workers: ProbeWorkers = { startup: null, liveness: null, readiness: null };
  kubeletOf(pod).probes = workers;
  if (t.startupProbe !== null && !steady) {
    workers.startup = newProbeWorker('startup', nextTick(anchor, t.startupProbe.periodSeconds, ctx.now + t.startupProbe.initialDelaySeconds));
  } else {
    armAfterStart(workers, t, ctx.now, anchor);
  }
  if (steady) {
    for (const type of PROBE_ORDER) {
      const worker = workers[type];
      const probe = probeOf(t, type);
      if (worker === null || probe === null) continue;
      worker.lastResult = 'Success';
      worker.resultRun = probe.successThreshold;
      worker.nextAt = nextTick(anchor, probe.periodSeconds, ctx.now + 1e-6);
    }
  }
  scheduleNextProbe(pod, ctx);
}

/** Stops every worker (the container exited or is being killed). */
export function stopProbes(pod: PodRecord): void {
  if (pod.kubelet !== null) pod.kubelet.probes = null;
  cancelTimer(pod, POD_TIMERS.probe);
}

/** The next tick of any worker, unless every probe passes for good. */
function scheduleNextProbe(pod: PodRecord, ctx: SideContext): void {
  const all = pod.kubelet?.probes ?? null;
  const workers = PROBE_ORDER.flatMap((type) => {
    const worker = all?.[type] ?? null;
    return worker !== null && !worker.onHold ? [{ type, worker }] : [];
  });
  const readyAt = pod.kubelet?.run?.readyAt ?? null;
  const settled =
    readyAt !== null &&
    readyAt <= ctx.now &&
    pod.container?.started === true &&
    workers.every(({ type, worker }) => worker.lastResult === 'Success' && (type !== 'readiness' || pod.container?.ready === true));
  if (workers.length === 0 || settled) {
    cancelTimer(pod, POD_TIMERS.probe);
    return;
  }
  scheduleAt(pod, POD_TIMERS.probe, Math.min(...workers.map(({ worker }) => worker.nextAt)), ctx);
}

/**
 * One tick: every worker due now probes, in startup, liveness, readiness order. Returns the probe
 * whose failure means the container must be killed, if any (kubelet.ts does the killing).
 */
export function probeTick(world: K8sWorld, pod: PodRecord, ctx: SideContext): 'liveness' | 'startup' | null {
  const workers = pod.kubelet?.probes ?? null;
  if (!isContainerRunning(pod) || pod.container === null || workers === null) return null;
  const t = replicaSetOf(world, pod).template;
  const anchor = pod.scheduledAt ?? ctx.now;
  const answer = answerOf(pod, t, ctx.now);
  for (const type of PROBE_ORDER) {
    const worker = workers[type];
    const probe = probeOf(t, type);
    if (worker === null || probe === null || worker.onHold || worker.nextAt > ctx.now + 1e-6) continue;
    const result = answer === 'ok' ? 'Success' : 'Failure';
    if (answer !== 'ok') appendEvent(world.events, ctx.now, unhealthy(pod.name, type, probeFailureOutput(probe, answer, podIp(pod))));
    const wasSet = type === 'readiness' ? pod.container.ready : type === 'startup' ? pod.container.started : true;
    const outcome = recordProbeResult(worker, type, probe, result, wasSet);
    worker.nextAt = nextTick(anchor, probe.periodSeconds, ctx.now + 1e-6);
    if (outcome === 'kill') return type === 'readiness' ? null : type;
    if (outcome === 'ready' || outcome === 'notReady') {
      updatePod(world, pod, (p) => setReady(p, outcome === 'ready', ctx.now));
      ctx.requestSync();
      if (outcome === 'ready') checkAvailability(world, pod, ctx);
    } else if (outcome === 'started') {
      changeContainer(pod, { started: true });
      workers.startup = null;
      armAfterStart(workers, t, ctx.now, anchor);
      if (t.readinessProbe === null) {
        updatePod(world, pod, (p) => setReady(p, true, ctx.now));
        ctx.requestSync();
        checkAvailability(world, pod, ctx);
      }
    }
  }
  scheduleNextProbe(pod, ctx);
  return null;
}
