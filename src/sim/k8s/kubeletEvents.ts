// Pod events of a container that goes wrong, in the kubelet's and Karpenter's own wording
// (reference/k8s.md §4.3). Sources, per builder below: kubernetes/kubernetes pkg/kubelet/images/
// image_manager.go @00a3928b, kuberuntime_manager.go (doBackOff, computePodActions), prober/
// prober.go, and aws/karpenter-provider-aws pkg/controllers/interruption/events/events.go @6093d453.

import type { K8sEvent } from './k8sEvents';
import { goDuration } from './k8sEvents';
import type { ProbeType } from './probes';

const NAMESPACE = 'default';

const podEvent = (type: K8sEvent['type'], reason: string, message: string, pod: string, source = 'kubelet'): K8sEvent => ({
  type,
  reason,
  message,
  involvedObject: { kind: 'Pod', name: pod },
  source,
});

/** format.Pod: `name_namespace(uid)`, as the kubelet prints a pod in messages. */
export const formatPod = (pod: string, uid: string) => `${pod}_${NAMESPACE}(${uid})`;

/** image_manager.go, the image is cached (imagePullPolicy IfNotPresent for a tagged image). */
export const alreadyPresent = (pod: string, image: string) =>
  podEvent('Normal', 'Pulled', `Container image "${image}" already present on machine`, pod);

/** image_manager.go: Warning Failed `Failed to pull image %q: %v`. */
export const failedToPull = (pod: string, image: string, error: string) => podEvent('Warning', 'Failed', `Failed to pull image "${image}": ${error}`, pod);

/** kuberuntime_container.go startContainer: Warning Failed `Error: %v` (ErrImagePull, ImagePullBackOff). */
export const failedError = (pod: string, reason: string) => podEvent('Warning', 'Failed', `Error: ${reason}`, pod);

/** image_manager.go: a Normal event (logIt with v1.EventTypeNormal) `Back-off pulling image %q`. */
export const backOffPulling = (pod: string, image: string) => podEvent('Normal', 'BackOff', `Back-off pulling image "${image}"`, pod);

/** kuberuntime_manager.go doBackOff: Warning BackOff `Back-off restarting failed container %s in pod %s`. */
export const backOffRestarting = (pod: string, uid: string, container: string) =>
  podEvent('Warning', 'BackOff', `Back-off restarting failed container ${container} in pod ${formatPod(pod, uid)}`, pod);

/** The CrashLoopBackOff waiting message: `back-off %s restarting failed container=%s pod=%s`. */
export const crashLoopMessage = (seconds: number, container: string, pod: string, uid: string) =>
  `back-off ${goDuration(seconds)} restarting failed container=${container} pod=${formatPod(pod, uid)}`;

const PROBE_NAMES: Record<ProbeType, string> = { startup: 'Startup', liveness: 'Liveness', readiness: 'Readiness' };

/** prober.go: Warning Unhealthy `%s probe failed: %s` on every failed probe. */
export const unhealthy = (pod: string, type: ProbeType, output: string) => podEvent('Warning', 'Unhealthy', `${PROBE_NAMES[type]} probe failed: ${output}`, pod);

/**
 * computePodActions: `Container %s failed %s probe, will be restarted`, the Normal Killing event
 * (the docs' liveness example: "Container liveness failed liveness probe, will be restarted").
 */
export const killingForProbe = (pod: string, container: string, type: 'liveness' | 'startup') =>
  podEvent('Normal', 'Killing', `Container ${container} failed ${type} probe, will be restarted`, pod);

/** Karpenter's interruption controller, on every pod of the node: Warning SpotInterrupted. */
export const spotInterrupted = (pod: string) =>
  podEvent('Warning', 'SpotInterrupted', 'Pod will be evicted from the node due to a spot interruption warning', pod, 'karpenter');

/**
 * Karpenter's terminator after the eviction API call: Normal Evicted `Evicted pod` (kubernetes-sigs/
 * karpenter terminator/events.go, v1beta1 form; newer releases append `: <reason>`, not modelled).
 */
export const evicted = (pod: string) => podEvent('Normal', 'Evicted', 'Evicted pod', pod, 'karpenter');

/**
 * The CNI found no IP for the pod, so the sandbox was not created: Warning FailedCreatePodSandBox
 * as containerd words it on EKS, verbatim from kubernetes/kubernetes#131071 and
 * aws/karpenter-provider-aws#3989 (the CNI's "add cmd: failed to assign an IP address to
 * container", reference/k8s.md §6.3). `sandbox` is the 64-hex sandbox id.
 */
export const failedCreatePodSandBox = (pod: string, sandbox: string) =>
  podEvent(
    'Warning',
    'FailedCreatePodSandBox',
    `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${sandbox}": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container`,
    pod,
  );
