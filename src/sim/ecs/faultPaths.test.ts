import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import type { TaskDefinitionView } from '../types';
import { resolvedImageRef } from '../faults/imageRef';
import { assumedRoleArn, cannotPullContainerReason, executionRoleSecretsReason, launchFailureOf } from './faultPaths';

const revision = (containers: TaskDefinitionView['containerDefinitions']): TaskDefinitionView => ({
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2',
  family: 'web',
  revision: 2,
  containerDefinitions: containers,
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  taskRoleArn: 'arn:aws:iam::123456789012:role/webTaskRole',
  registeredAt: 0,
});

describe('what ECS says about each launch failure', () => {
  it('a missing tag: the REAL CannotPullContainerError shape with the resolved reference', () => {
    expect(cannotPullContainerReason('public.ecr.aws/isomorph/web:v9')).toBe(
      'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref public.ecr.aws/isomorph/web:v9: not found',
    );
    expect(resolvedImageRef('nginx:1.27')).toBe('docker.io/library/nginx:1.27');
    expect(resolvedImageRef('bitnami/redis')).toBe('docker.io/bitnami/redis:latest');
    expect(resolvedImageRef('localhost:5000/web')).toBe('localhost:5000/web:latest');
  });

  it('an execution role that may not read the secret: ResourceInitializationError naming the role session by task id', () => {
    const reason = executionRoleSecretsReason('arn:aws:iam::123456789012:role/ecsTaskExecutionRole', '668f97696c2f47f7ab6582a0b87413eb', 'web');
    expect(reason).toMatch(/^ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: /);
    expect(reason).toContain('api error AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/668f97696c2f47f7ab6582a0b87413eb is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:web/');
    expect(reason).toMatch(/because no identity-based policy allows the secretsmanager:GetSecretValue action$/);
    expect(assumedRoleArn('arn:aws:iam::111122223333:role/service-role/execRole', 'abc')).toBe('arn:aws:sts::111122223333:assumed-role/execRole/abc');
  });

  it('fails a task in PENDING after 10–30 s for a pull error on an essential container, naming that container', () => {
    const failure = launchFailureOf(revision([{ name: 'web', image: 'web:v9', essential: true, simulate: { fault: 'image-pull-error' } }, { name: 'proxy', image: 'envoy:1', essential: true }]), 't1', createRandomState(1))!;
    expect(failure.after).toBeGreaterThanOrEqual(10);
    expect(failure.after).toBeLessThanOrEqual(30);
    expect(failure.containerReasons[0]).toBe(failure.stoppedReason);
    expect(failure.containerReasons[1]).toBeUndefined();
  });

  it('a pull error on a non-essential container does not fail the launch; the secrets error does, whichever container', () => {
    expect(launchFailureOf(revision([{ name: 'web', image: 'web:v2', essential: true }, { name: 'sidecar', image: 'x:1', essential: false, simulate: { fault: 'image-pull-error' } }]), 't1', createRandomState(1))).toBeNull();
    const failure = launchFailureOf(revision([{ name: 'web', image: 'web:v2', essential: true }, { name: 'sidecar', image: 'x:1', essential: false, simulate: { fault: 'missing-execution-role-permission' } }]), 't1', createRandomState(1));
    expect(failure?.stoppedReason).toMatch(/^ResourceInitializationError: /);
    // REAL: such a task's containers show no reason and no exit code.
    expect(failure?.containerReasons).toEqual([undefined, undefined]);
  });

  it('draws nothing for a healthy revision', () => {
    const random = createRandomState(5);
    const before = random.state;
    expect(launchFailureOf(revision([{ name: 'web', image: 'web:v2', essential: true }]), 't1', random)).toBeNull();
    expect(random.state).toBe(before);
  });
});
