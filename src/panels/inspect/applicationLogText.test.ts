import { describe, expect, it } from 'vitest';
import { applicationLogs } from '../../sim';
import type { PodContainerView, TaskView } from '../../sim';
import { PRIMARY_ID, task } from '../shared/snapshotFixture';
import { cloudWatchLines, kubectlLogLines, logStreamOf, nodeRoleArn } from './applicationLogText';

const POD = 'web-7f55b7cb9-549k9';
const container = (state: PodContainerView['state'], lastState: PodContainerView['lastState'], restartCount = 0): PodContainerView => ({
  name: 'web',
  image: 'public.ecr.aws/isomorph/web:v2',
  ready: false,
  started: false,
  restartCount,
  state,
  lastState,
});
const NODE_ROLE = 'arn:aws:iam::123456789012:role/eksNodeRole';
const common = { podName: POD, fault: 'exit-on-start' as const, roleArn: NODE_ROLE, now: 200 };

describe('kubectlLogLines (the kubelet’s choice of container run)', () => {
  it('in CrashLoopBackOff, kubectl logs and --previous both read the last exited run', () => {
    const crashLooping = container({ waiting: { reason: 'CrashLoopBackOff' } }, { terminated: { reason: 'Error', exitCode: 1, startedAt: 169, finishedAt: 170.5 } }, 5);
    const run = applicationLogs({ platform: 'k8s', fault: 'exit-on-start', containerName: 'web', image: 'public.ecr.aws/isomorph/web:v2', startedAt: 169, finishedAt: 170.5, now: 200, roleArn: NODE_ROLE, id: POD });
    expect(kubectlLogLines({ ...common, container: crashLooping, previous: false })).toEqual(run.map((l) => l.message));
    expect(kubectlLogLines({ ...common, container: crashLooping, previous: true })).toEqual(run.map((l) => l.message));
  });

  it('answers with the API server’s errors when there is no such run', () => {
    const creating = container({ waiting: { reason: 'ContainerCreating' } }, null);
    expect(kubectlLogLines({ ...common, container: creating, previous: false })).toEqual([
      `Error from server (BadRequest): container "web" in pod "${POD}" is waiting to start: ContainerCreating`,
    ]);
    expect(kubectlLogLines({ ...common, container: creating, previous: true })).toEqual([
      `Error from server (BadRequest): previous terminated container "web" in pod "${POD}" not found`,
    ]);
    expect(kubectlLogLines({ ...common, container: container({ waiting: { reason: 'ImagePullBackOff' } }, null), previous: false })).toEqual([
      `Error from server (BadRequest): container "web" in pod "${POD}" is waiting to start: trying and failing to pull image`,
    ]);
    expect(kubectlLogLines({ ...common, container: container({ waiting: { reason: 'ErrImagePull' } }, null), previous: false })[0]).toMatch(/is waiting to start: image can't be pulled$/);
  });
});

describe('cloudWatchLines', () => {
  const started: TaskView = {
    ...task(1, PRIMARY_ID, 'STOPPED'),
    startedAt: 16.2,
    stoppingAt: 17.4,
    stoppedAt: 26.2,
    containers: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', lastStatus: 'STOPPED', exitCode: 1, healthStatus: 'UNKNOWN', essential: true }],
  };

  it('prints aws logs tail lines: timestamp, the awslogs stream ecs/<container>/<task id>, message', () => {
    const lines = cloudWatchLines({ task: started, container: started.containers[0], definition: undefined, now: 100 });
    expect(lines).not.toBeNull();
    expect(lines!.length).toBeGreaterThan(0);
    const stream = logStreamOf('web', started.taskId);
    expect(stream).toBe('ecs/web/00000000000000000000000000000001');
    for (const line of lines!) expect(line).toMatch(new RegExp(`^2026-11-27T09:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00 ${stream} \\S`));
  });

  it('has no stream at all for a task that never started', () => {
    const never: TaskView = { ...started, startedAt: undefined };
    expect(cloudWatchLines({ task: never, container: never.containers[0], definition: undefined, now: 100 })).toBeNull();
  });
});

describe('nodeRoleArn', () => {
  it('is the account’s EKS node role', () => {
    expect(nodeRoleArn('arn:aws:iam::210987654321:role/webTaskRole')).toBe('arn:aws:iam::210987654321:role/eksNodeRole');
  });
});
