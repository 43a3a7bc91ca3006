// How long a pod spends in each step. Kubernetes publishes no such durations: the ranges below
// are inferred and chosen to be comparable with the ECS side (ecs/taskLifecycle.ts), so the two
// rollouts differ by their rules, not by made-up speed. Only the grace-period cap is a documented
// default (reference/k8s.md §4.2).

import { jitter, type RandomState } from '../clock/random';

/** Inferred: kube-scheduler binds a pod within about a second on an idle cluster. */
const SCHEDULING: readonly [number, number] = [0.5, 1];
/** Inferred: image pull plus container create and start; the ECS side's PENDING uses 8–20 s too. */
const CONTAINER_CREATING: readonly [number, number] = [8, 20];
/** Inferred: a typical app exits on SIGTERM in 1–4 s, well inside its grace period. */
const APP_EXIT: readonly [number, number] = [1, 4];
/** Inferred: tearing down a sandbox whose container never started. */
const SANDBOX_TEARDOWN: readonly [number, number] = [0.5, 1.5];

/** Default terminationGracePeriodSeconds; the kubelet sends KILL after it (Pod Lifecycle docs). */
export const TERMINATION_GRACE_PERIOD_SECONDS = 30;

/** Seconds a new pod stays unscheduled (kubectl STATUS `Pending`). */
export const schedulingDelay = (random: RandomState) => jitter(random, ...SCHEDULING);

/** Seconds a bound pod stays `ContainerCreating` (pulling the image) before its container starts. */
export const containerCreatingDelay = (random: RandomState) => jitter(random, ...CONTAINER_CREATING);

/** Seconds a deleted pod stays `Terminating`: the app's exit time, capped at the grace period. */
export function terminationDelay(random: RandomState, containerStarted: boolean): number {
  if (!containerStarted) return jitter(random, ...SANDBOX_TEARDOWN);
  return Math.min(jitter(random, ...APP_EXIT), TERMINATION_GRACE_PERIOD_SECONDS);
}

/** Inferred: a pull the registry refuses fails within seconds (a `crictl pull` of a missing tag took 6 s in one transcript). */
const FAILED_PULL: readonly [number, number] = [1, 6];

/** Seconds a failing pull takes before the kubelet reports ErrImagePull. */
export const failedPullDelay = (random: RandomState) => jitter(random, ...FAILED_PULL);

/**
 * The kubelet notices a container exit at its next PLEG relist, every second
 * (pkg/kubelet/kubelet.go plegRelistPeriod = time.Second * 1), and syncs the pod then. The twin
 * uses the same second between ErrImagePull and the ImagePullBackOff that follows (inferred).
 */
export const KUBELET_RESYNC_SECONDS = 1;

/**
 * A Spot node is reclaimed 3–10 minutes after the pod starts on it: the same inferred range as
 * the ECS side's Fargate Spot tasks (ecs/faultPaths.ts SPOT_INTERRUPTION_AFTER); AWS gives no rate.
 */
export const SPOT_RECLAIMED_AFTER: readonly [number, number] = [180, 600];

/**
 * What a container killed for a failed probe exits with: SIGTERM, then the app's own exit, which
 * kubectl shows as Terminated, Error, exit code 143 = 128 + 15 (inferred: an app that dies of the
 * signal; one that catches it and exits 0 shows Completed instead).
 */
export const PROBE_KILL_EXIT_CODE = 143;
