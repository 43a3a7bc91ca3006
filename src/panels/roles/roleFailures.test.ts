import { describe, expect, it } from 'vitest';
import { brokenRole, faultOfDefinition, roleName } from './roleFailures';

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
