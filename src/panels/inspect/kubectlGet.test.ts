import { describe, expect, it } from 'vitest';
import type { PodView } from '../../sim';
import { pod, replicaSet } from '../shared/snapshotFixture';
import { getPods, getReplicaSets, restartsColumn } from './kubectlGet';

describe('kubectl get', () => {
  it('get rs: NAME DESIRED CURRENT READY AGE, by name, in kubectl’s columns', () => {
    const text = getReplicaSets(
      [replicaSet('7f55b7cb9', 2, { replicas: 4, currentReplicas: 4, createdAt: 40 }), replicaSet('5bc6849b7f', 1, { replicas: 1, currentReplicas: 1, readyReplicas: 1, createdAt: 0 })],
      100,
    );
    expect(text).toBe(['NAME             DESIRED   CURRENT   READY   AGE', 'web-5bc6849b7f   1         1         1       100s', 'web-7f55b7cb9    4         4         0       60s'].join('\n'));
  });

  it('get pods: RESTARTS says how long ago the last restart was, as kubectl ≥ 1.22 does', () => {
    const base = pod(1, 'web-7f55b7cb9', 'Running', false);
    const crashLooping: PodView = {
      ...base,
      restarts: 3,
      status: 'CrashLoopBackOff',
      createdAt: 0,
      containers: [
        {
          name: 'web',
          image: 'web:v2',
          ready: false,
          started: false,
          restartCount: 3,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { reason: 'Error', exitCode: 1, startedAt: 60, finishedAt: 75 } },
        },
      ],
    };
    expect(restartsColumn(crashLooping, 100)).toBe('3 (25s ago)');
    expect(crashLooping.name).toBe('web-7f55b7cb9-bbbb1');
    expect(getPods([crashLooping], 100)).toBe(
      ['NAME                  READY   STATUS             RESTARTS      AGE', 'web-7f55b7cb9-bbbb1   0/1     CrashLoopBackOff   3 (25s ago)   100s'].join('\n'),
    );
    expect(getPods([], 100)).toBe('No resources found in default namespace.');
  });
});
