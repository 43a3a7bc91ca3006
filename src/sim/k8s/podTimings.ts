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
