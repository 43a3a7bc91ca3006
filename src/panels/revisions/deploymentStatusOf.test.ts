import { describe, expect, it } from 'vitest';
import type { DeploymentView, TaskDefinitionView } from '../../sim';
import { deploymentStatusOf } from './deploymentStatusOf';

const definition = (revision: number): TaskDefinitionView => ({
  taskDefinitionArn: `arn:aws:ecs:us-east-1:111122223333:task-definition/web:${revision}`,
  family: 'web',
  revision,
  containerDefinitions: [],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::111122223333:role/ecsTaskExecutionRole',
  taskRoleArn: 'arn:aws:iam::111122223333:role/webTaskRole',
  registeredAt: 0,
});

const deployment = (taskDefinition: string, status: DeploymentView['status']) =>
  ({ taskDefinition, status }) as DeploymentView;

describe('deploymentStatusOf', () => {
  it('matches by ARN or by family:revision, never by prefix', () => {
    const deployments = [deployment('web:2', 'PRIMARY'), deployment('arn:aws:ecs:us-east-1:111122223333:task-definition/web:1', 'ACTIVE')];
    expect(deploymentStatusOf(definition(2), deployments)).toBe('PRIMARY');
    expect(deploymentStatusOf(definition(1), deployments)).toBe('ACTIVE');
    expect(deploymentStatusOf(definition(12), [deployment('web:1', 'PRIMARY')])).toBeNull();
  });

  it('ignores INACTIVE deployments', () => {
    expect(deploymentStatusOf(definition(1), [deployment('web:1', 'INACTIVE')])).toBeNull();
  });
});
