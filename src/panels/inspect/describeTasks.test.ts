import { describe, expect, it } from 'vitest';
import type { TaskDefinitionView, TaskView } from '../../sim';
import { PRIMARY_ID, task } from '../shared/snapshotFixture';
import { describeTasksJson, taskArnFor } from './describeTasks';

const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/isomorph';

const definition: TaskDefinitionView = {
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2',
  family: 'web',
  revision: 2,
  containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', simulate: { fault: 'exit-on-start' } }],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  taskRoleArn: 'arn:aws:iam::123456789012:role/webTaskRole',
  registeredAt: 1,
};

/** A task whose essential container exited 1: ECS stopped the whole task. */
const exited: TaskView = {
  ...task(1, PRIMARY_ID, 'STOPPED'),
  createdAt: 1,
  startedAt: 16.2,
  stoppingAt: 17.4,
  stoppedAt: 26.2,
  stoppedReason: 'Essential container in task exited',
  stopCode: 'EssentialContainerExited',
  containers: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', lastStatus: 'STOPPED', exitCode: 1, healthStatus: 'UNKNOWN', essential: true }],
};

describe('describeTasksJson', () => {
  it('prints a stopped task as aws ecs describe-tasks does: fields in the CLI’s order, four-space indent', () => {
    // Field names, order and values follow the CLI's describe-tasks example and the stopped-task
    // fields of reference/ecs.md §10.2; timestamps are CLI v2 ISO strings.
    const expected = `{
    "tasks": [
        {
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/isomorph/00000000000000000000000000000001",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/isomorph",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:2",
            "lastStatus": "STOPPED",
            "desiredStatus": "STOPPED",
            "cpu": "256",
            "memory": "512",
            "containers": [
                {
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/isomorph/00000000000000000000000000000001",
                    "name": "web",
                    "image": "public.ecr.aws/isomorph/web:v2",
                    "lastStatus": "STOPPED",
                    "exitCode": 1,
                    "healthStatus": "UNKNOWN"
                }
            ],
            "startedBy": "ecs-svc/5386320934964759578",
            "createdAt": "2026-11-27T09:00:01+00:00",
            "startedAt": "2026-11-27T09:00:16.200000+00:00",
            "stoppingAt": "2026-11-27T09:00:17.400000+00:00",
            "stoppedAt": "2026-11-27T09:00:26.200000+00:00",
            "stoppedReason": "Essential container in task exited",
            "stopCode": "EssentialContainerExited",
            "group": "service:web",
            "launchType": "FARGATE",
            "healthStatus": "UNKNOWN"
        }
    ],
    "failures": []
}`;
    expect(describeTasksJson(exited.taskArn, exited, CLUSTER, definition)).toBe(expected);
  });

  it('leaves out what the API does not return: no exitCode before a container exits, no stop fields while running', () => {
    const running: TaskView = {
      ...task(2, PRIMARY_ID, 'RUNNING', true),
      startedAt: 10,
      containers: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', lastStatus: 'RUNNING', exitCode: null, healthStatus: 'HEALTHY', essential: true }],
    };
    const [shown] = JSON.parse(describeTasksJson(running.taskArn, running, CLUSTER, definition)).tasks;
    expect(shown.containers[0]).toEqual({ taskArn: running.taskArn, name: 'web', image: 'public.ecr.aws/isomorph/web:v2', lastStatus: 'RUNNING', healthStatus: 'HEALTHY' });
    expect(shown).not.toHaveProperty('stoppedReason');
    expect(shown).not.toHaveProperty('stopCode');
    expect(shown).not.toHaveProperty('stoppedAt');
    expect(shown.lastStatus).toBe('RUNNING');
  });

  it('a task that never started has no startedAt and its container no exit code, only the reason', () => {
    const failed: TaskView = {
      ...task(3, PRIMARY_ID, 'STOPPED'),
      stoppedAt: 20,
      stoppedReason: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed',
      stopCode: 'TaskFailedToStart',
      containers: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', lastStatus: 'STOPPED', exitCode: null, reason: 'CannotPullContainerError: pull access denied', healthStatus: 'UNKNOWN', essential: true }],
    };
    const [shown] = JSON.parse(describeTasksJson(failed.taskArn, failed, CLUSTER, definition)).tasks;
    expect(shown).not.toHaveProperty('startedAt');
    expect(shown.stopCode).toBe('TaskFailedToStart');
    expect(shown.stoppedReason).toMatch(/^ResourceInitializationError: /);
    expect(shown.containers[0]).not.toHaveProperty('exitCode');
    expect(shown.containers[0].reason).toBe('CannotPullContainerError: pull access denied');
  });

  it('a task ECS no longer has comes back as a MISSING failure', () => {
    const arn = taskArnFor(CLUSTER, 'ffffffffffffffffffffffffffffffff');
    expect(arn).toBe('arn:aws:ecs:us-east-1:123456789012:task/isomorph/ffffffffffffffffffffffffffffffff');
    expect(JSON.parse(describeTasksJson(arn, undefined, CLUSTER, undefined))).toEqual({ tasks: [], failures: [{ arn, reason: 'MISSING' }] });
  });
});
