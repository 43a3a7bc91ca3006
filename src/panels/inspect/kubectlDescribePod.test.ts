import { describe, expect, it } from 'vitest';
import type { K8sEventView, PodView } from '../../sim';
import { describePod, nodeIp } from './kubectlDescribePod';

const NAME = 'web-7f55b7cb9-549k9';
const MESSAGE = `Back-off restarting failed container web in pod ${NAME}_default(e7f4b041)`;

/** A pod whose only container exits 1 at every start, as kubectl shows it after five restarts. */
const crashLooping: PodView = {
  name: NAME,
  replicaSet: 'web-7f55b7cb9',
  node: 'ip-10-0-1-23.ec2.internal',
  podIP: null,
  restarts: 5,
  containers: [
    {
      name: 'web',
      image: 'public.ecr.aws/isomorph/web:v2',
      ready: false,
      started: false,
      restartCount: 5,
      state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 2m40s restarting failed container=web pod=${NAME}_default(e7f4b041)` } },
      lastState: { terminated: { reason: 'Error', exitCode: 1, startedAt: 169, finishedAt: 170.5 } },
    },
  ],
  phase: 'Running',
  ready: false,
  available: false,
  terminating: false,
  status: 'CrashLoopBackOff',
  createdAt: 26,
};

const event = (id: string, time: number, type: K8sEventView['type'], reason: string, source: string, message: string, name = NAME): K8sEventView => ({
  id,
  time,
  type,
  reason,
  source,
  message,
  involvedObject: { kind: 'Pod', name },
});

const events: K8sEventView[] = [
  // Newest first, as the snapshot keeps them; one event about another pod that must not show.
  event('e5', 171.5, 'Warning', 'BackOff', 'kubelet', MESSAGE),
  event('e4', 160, 'Normal', 'Started', 'kubelet', 'Started container web', 'web-7f55b7cb9-bwdbw'),
  event('e3', 150, 'Warning', 'BackOff', 'kubelet', MESSAGE),
  event('e2', 100, 'Warning', 'BackOff', 'kubelet', MESSAGE),
  event('e1', 26, 'Normal', 'Scheduled', 'default-scheduler', `Successfully assigned default/${NAME} to ip-10-0-1-23.ec2.internal`),
];

describe('describePod', () => {
  it('prints a crash-looping pod the way kubectl describe pod does', () => {
    // Written from kubectl's describe.go layout: LEVEL_0..3 indents of 0, 2, 4 and 6 spaces,
    // tabwriter padding 2, Waiting with its Reason, the last Terminated run with its Exit Code,
    // and repeated events folded into "(xN over …)".
    const expected = [
      `Name:             ${NAME}`,
      'Namespace:        default',
      'Priority:         0',
      'Service Account:  default',
      'Node:             ip-10-0-1-23.ec2.internal/10.0.1.23',
      'Start Time:       Fri, 27 Nov 2026 09:00:26 +0000',
      'Labels:           app=web',
      '                  pod-template-hash=7f55b7cb9',
      'Annotations:      <none>',
      'Status:           Running',
      'Controlled By:    ReplicaSet/web-7f55b7cb9',
      'Containers:',
      '  web:',
      '    Image:          public.ecr.aws/isomorph/web:v2',
      '    Port:           80/TCP',
      '    Host Port:      0/TCP',
      '    State:          Waiting',
      '      Reason:       CrashLoopBackOff',
      '    Last State:     Terminated',
      '      Reason:       Error',
      '      Exit Code:    1',
      '      Started:      Fri, 27 Nov 2026 09:02:49 +0000',
      '      Finished:     Fri, 27 Nov 2026 09:02:50 +0000',
      '    Ready:          False',
      '    Restart Count:  5',
      '    Environment:    <none>',
      '    Mounts:         <none>',
      'Conditions:',
      '  Type                        Status',
      '  PodReadyToStartContainers   True ',
      '  Initialized                 True ',
      '  Ready                       False ',
      '  ContainersReady             False ',
      '  PodScheduled                True ',
      'QoS Class:                    BestEffort',
      'Node-Selectors:               <none>',
      'Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
      '                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
      'Events:',
      '  Type     Reason     Age                From               Message',
      '  ----     ------     ----               ----               -------',
      `  Normal   Scheduled  2m36s              default-scheduler  Successfully assigned default/${NAME} to ip-10-0-1-23.ec2.internal`,
      `  Warning  BackOff    10s (x3 over 82s)  kubelet            ${MESSAGE}`,
    ].join('\n');
    expect(describePod({ pod: crashLooping, events, app: 'web', containerPort: 80, now: 182 })).toBe(expected);
  });

  it('shows a running container with its start time, an unscheduled pod without a node, and no events as <none>', () => {
    const pending: PodView = {
      ...crashLooping,
      node: null,
      podIP: null,
      restarts: 0,
      phase: 'Pending',
      status: 'Pending',
      containers: [{ ...crashLooping.containers[0], restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } }, lastState: null }],
    };
    const text = describePod({ pod: pending, events: [], app: 'web', containerPort: 80, now: 30 });
    expect(text).toContain('\nNode:             <none>\n');
    expect(text).not.toContain('Start Time:');
    expect(text).toContain('    State:          Waiting\n      Reason:       ContainerCreating\n    Ready:          False');
    expect(text).not.toContain('Last State');
    expect(text.endsWith('\nEvents:                       <none>')).toBe(true);

    const running: PodView = { ...crashLooping, containers: [{ ...crashLooping.containers[0], ready: true, state: { running: { startedAt: 30 } }, lastState: null }] };
    expect(describePod({ pod: running, events: [], app: 'web', containerPort: 8080, now: 40 })).toContain(
      '    Port:           8080/TCP\n    Host Port:      0/TCP\n    State:          Running\n      Started:      Fri, 27 Nov 2026 09:00:30 +0000\n    Ready:          True',
    );
  });

  it('prints OOMKilled and exit code 137 for a container the kernel killed', () => {
    const oom: PodView = {
      ...crashLooping,
      containers: [{ ...crashLooping.containers[0], lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, startedAt: 100, finishedAt: 130 } } }],
    };
    expect(describePod({ pod: oom, events: [], app: 'web', containerPort: 80, now: 140 })).toContain('    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137\n');
  });
});

describe('nodeIp', () => {
  it('reads the private IP out of an EC2 host name', () => {
    expect(nodeIp('ip-10-0-1-23.ec2.internal')).toBe('10.0.1.23');
    expect(nodeIp('kube-worker-1')).toBeNull();
  });
});
