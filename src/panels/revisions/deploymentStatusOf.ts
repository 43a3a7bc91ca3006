// Which ECS deployment (PRIMARY or ACTIVE) runs a task definition revision, if any.

import type { DeploymentStatus, DeploymentView, TaskDefinitionView } from '../../sim';

/** A deployment names its task definition by ARN or by `family:revision`; both are accepted. */
export function deploymentStatusOf(definition: TaskDefinitionView, deployments: readonly DeploymentView[]): DeploymentStatus | null {
  const shortName = `${definition.family}:${definition.revision}`;
  const match = deployments.find(
    (deployment) =>
      deployment.status !== 'INACTIVE' &&
      (deployment.taskDefinition === definition.taskDefinitionArn ||
        deployment.taskDefinition === shortName ||
        deployment.taskDefinition.endsWith(`/${shortName}`)),
  );
  return match?.status ?? null;
}
