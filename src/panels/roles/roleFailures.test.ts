import { describe, expect, it } from 'vitest';
import type { PodView, TaskView } from '../../sim';
import { brokenRole, faultOfDefinition, podFailureSeen, revisionFailureSeen, roleName } from './roleFailures';

describe('brokenRole', () => {
  it('the execution-role fault breaks the role ECS starts the task with; the task-role fault the one the app runs as', () => {
    expect(brokenRole('missing-execution-role-permission')).toBe('execution');
    expect(brokenRole('missing-task-role-permission')).toBe('task');
  });

  it('no other fault is about IAM', () => {
    for (const fault of ['healthy', 'exit-on-start', 'oom', 'image-pull-error', 'failing-health-check', 'spot-interruption'] as const) {
      expect(brokenRole(fault)).toBeNull();
    }
  });
});

describe('faultOfDefinition', () => {
  it('reads the first essential container; no simulate means healthy', () => {
    expect(faultOfDefinition([{ name: 'web', image: 'web:v2' }])).toBe('healthy');
    expect(
      faultOfDefinition([
        { name: 'sidecar', image: 'envoy', essential: false, simulate: { fault: 'oom' } },
        { name: 'web', image: 'web:v2', simulate: { fault: 'missing-task-role-permission' } },
      ]),
    ).toBe('missing-task-role-permission');
  });
});

describe('roleName', () => {
  it('is the part of the ARN after role/', () => {
    expect(roleName('arn:aws:iam::123456789012:role/ecsTaskExecutionRole')).toBe('ecsTaskExecutionRole');
    expect(roleName('arn:aws:iam::123456789012:role/service-role/webTaskRole')).toBe('service-role/webTaskRole');
  });
});

describe('revisionFailureSeen / podFailureSeen', () => {
  const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2';
  const task = (lastStatus: TaskView['lastStatus'], stopCode?: TaskView['stopCode'], taskDefinitionArn = arn) =>
    ({ taskDefinitionArn, lastStatus, ...(stopCode && { stopCode }) }) as TaskView;

  it('waits for a task of the revision to stop on its own, as describe-tasks would show it', () => {
    expect(revisionFailureSeen([task('PENDING')], arn)).toBe(false);
    expect(revisionFailureSeen([task('STOPPED', 'ServiceSchedulerInitiated')], arn)).toBe(false);
    expect(revisionFailureSeen([task('STOPPED', 'TaskFailedToStart', arn.replace(':2', ':1'))], arn)).toBe(false);
    expect(revisionFailureSeen([task('STOPPED', 'TaskFailedToStart')], arn)).toBe(true);
    expect(revisionFailureSeen([task('STOPPED', 'EssentialContainerExited')], arn)).toBe(true);
  });

  it('on Kubernetes, a pod of the image that restarted or cannot pull it', () => {
    const pod = (status: string, restarts: number, image = 'web:v2') => ({ status, restarts, containers: [{ image }] }) as unknown as PodView;
    expect(podFailureSeen([pod('ContainerCreating', 0)], 'web:v2')).toBe(false);
    expect(podFailureSeen([pod('CrashLoopBackOff', 2, 'web:v1')], 'web:v2')).toBe(false);
    expect(podFailureSeen([pod('ImagePullBackOff', 0)], 'web:v2')).toBe(true);
    expect(podFailureSeen([pod('Error', 1)], 'web:v2')).toBe(true);
  });
});
