// `kubectl describe pod <name>` as kubectl prints it (describe.go describePod, describeContainers,
// describeStatus; reference/k8s.md §4): Status, each container's State (Waiting with its Reason:
// CrashLoopBackOff, ImagePullBackOff …), Last State (Terminated, Reason Error or OOMKilled, Exit
// Code), Ready and Restart Count, the pod Conditions and the Events table. Trimmed of what the
// simulation does not model (IPs, container and image IDs, QoS, volumes).

import type { ContainerStateView, K8sEventView, PodContainerView, PodView } from '../../sim';
import { eventsAbout, eventsSection } from './kubectlEvents';
import { rfc1123z } from './simClock';
import { DESCRIBE, tabwrite } from './tabwriter';

export interface DescribePodInput {
  pod: PodView;
  events: readonly K8sEventView[];
  /** The Deployment's name: the pods' app label. */
  app: string;
  containerPort: number;
  now: number;
}

/** EKS node names carry their private IP: ip-10-0-1-23.ec2.internal → 10.0.1.23. */
export function nodeIp(node: string): string | null {
  const match = /^ip-(\d+)-(\d+)-(\d+)-(\d+)\./.exec(node);
  return match ? match.slice(1, 5).join('.') : null;
}

const printBool = (value: boolean) => (value ? 'True' : 'False');

/** describeStatus: the state line and its indented details. */
export function stateLines(label: string, state: ContainerStateView): string[] {
  if ('running' in state) return [`    ${label}:\tRunning`, `      Started:\t${rfc1123z(state.running.startedAt)}`];
  if ('waiting' in state) return [`    ${label}:\tWaiting`, ...(state.waiting.reason ? [`      Reason:\t${state.waiting.reason}`] : [])];
  const t = state.terminated;
  return [
    `    ${label}:\tTerminated`,
    ...(t.reason ? [`      Reason:\t${t.reason}`] : []),
    ...(t.message ? [`      Message:\t${t.message}`] : []),
    `      Exit Code:\t${t.exitCode}`,
    `      Started:\t${rfc1123z(t.startedAt)}`,
    `      Finished:\t${rfc1123z(t.finishedAt)}`,
  ];
}

function containerLines(c: PodContainerView, port: number): string[] {
  return [
    `  ${c.name}:`,
    `    Image:\t${c.image}`,
    `    Port:\t${port}/TCP`,
    '    Host Port:\t0/TCP',
    ...stateLines('State', c.state),
    // Only a terminated last state is printed.
    ...(c.lastState !== null && 'terminated' in c.lastState ? stateLines('Last State', c.lastState) : []),
    `    Ready:\t${printBool(c.ready)}`,
    `    Restart Count:\t${c.restartCount}`,
    '    Environment:\t<none>',
    '    Mounts:\t<none>',
  ];
}

/** The pod conditions in the order the kubelet lists them. */
function conditionLines(pod: PodView): string[] {
  const scheduled = pod.node !== null;
  const created = scheduled && pod.containers.some((c) => !('waiting' in c.state) || c.state.waiting.reason !== 'ContainerCreating');
  const containersReady = pod.containers.length > 0 && pod.containers.every((c) => c.ready);
  const rows: [string, boolean][] = [
    ['PodReadyToStartContainers', created],
    ['Initialized', scheduled],
    ['Ready', pod.ready],
    ['ContainersReady', containersReady],
    ['PodScheduled', scheduled],
  ];
  // "%v \t%v \n": kubectl leaves a space after both cells.
  return ['Conditions:', '  Type\tStatus', ...rows.map(([type, status]) => `  ${type} \t${printBool(status)} `)];
}

export function describePod({ pod, events, app, containerPort, now }: DescribePodInput): string {
  const ip = pod.node === null ? null : nodeIp(pod.node);
  const started = pod.node === null ? null : pod.createdAt;
  const hash = pod.replicaSet.slice(pod.replicaSet.lastIndexOf('-') + 1);
  const lines = [
    `Name:\t${pod.name}`,
    'Namespace:\tdefault',
    'Priority:\t0',
    'Service Account:\tdefault',
    `Node:\t${pod.node === null ? '<none>' : `${pod.node}/${ip ?? ''}`}`,
    ...(started === null ? [] : [`Start Time:\t${rfc1123z(started)}`]),
    `Labels:\tapp=${app}`,
    `\tpod-template-hash=${hash}`,
    'Annotations:\t<none>',
    `Status:\t${pod.terminating ? 'Terminating' : pod.phase}`,
    ...(pod.terminating ? ['Termination Grace Period:\t30s'] : []),
    `Controlled By:\tReplicaSet/${pod.replicaSet}`,
    'Containers:',
    ...pod.containers.flatMap((c) => containerLines(c, containerPort)),
    ...conditionLines(pod),
    'QoS Class:\tBestEffort',
    'Node-Selectors:\t<none>',
    'Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    '\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
  ];
  return tabwrite(`${lines.join('\n')}\n${eventsSection(eventsAbout(events, 'Pod', pod.name), now)}`.replace(/\n$/, ''), DESCRIBE);
}
