import { describe, expect, it } from 'vitest';
import type { PodView, TaskView } from '../../sim';
import { PRIMARY_ID, pod, task } from '../shared/snapshotFixture';
import { podGlance, taskGlance } from './glanceRows';

describe('taskGlance', () => {
  it('lists what says where a task died, with describe-tasks field names', () => {
    const stopped: TaskView = {
      ...task(1, PRIMARY_ID, 'STOPPED'),
      stoppedReason: 'Essential container in task exited',
      stopCode: 'EssentialContainerExited',
      containers: [{ name: 'web', image: 'web:v2', lastStatus: 'STOPPED', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage', healthStatus: 'UNKNOWN', essential: true }],
    };
    expect(taskGlance(stopped)).toEqual([
      ['lastStatus', 'STOPPED'],
      ['stopCode', 'EssentialContainerExited'],
      ['stoppedReason', 'Essential container in task exited'],
      ['containers[0].exitCode', '137'],
      ['containers[0].reason', 'OutOfMemoryError: Container killed due to memory usage'],
    ]);
  });

  it('a running task shows its status and a known container health', () => {
    const running: TaskView = {
      ...task(2, PRIMARY_ID, 'RUNNING', true),
      containers: [{ name: 'web', image: 'web:v2', lastStatus: 'RUNNING', exitCode: null, healthStatus: 'UNHEALTHY', essential: true }],
    };
    expect(taskGlance(running)).toEqual([
      ['lastStatus', 'RUNNING'],
      ['containers[0].healthStatus', 'UNHEALTHY'],
    ]);
  });
});

describe('podGlance', () => {
  it('lists the state, last state and restarts as kubectl describe pod names them', () => {
    const crashing: PodView = {
      ...pod(1, 'web-7f55b7cb9', 'Running', false),
      status: 'CrashLoopBackOff',
      containers: [
        { name: 'web', image: 'web:v2', ready: false, started: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { reason: 'Error', exitCode: 1, startedAt: 1, finishedAt: 2 } } },
      ],
    };
    expect(podGlance(crashing)).toEqual([
      ['STATUS', 'CrashLoopBackOff'],
      ['web State', 'Waiting (CrashLoopBackOff)'],
      ['web Last State', 'Terminated (Error, exit code 1)'],
      ['web Ready', 'False'],
      ['web Restart Count', '4'],
    ]);
  });
});
