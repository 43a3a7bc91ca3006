// Short forms of AWS identifiers, the way the ECS console prints them.

/** `arn:…:task-definition/web:2` → `web:2` (family:revision). */
export const familyRevision = (taskDefinition: string) => taskDefinition.slice(taskDefinition.lastIndexOf('/') + 1);

/** `ecs-svc/5386320934964759578` → `ecs-svc/…9578`: enough to tell a service's deployments apart. */
export function shortDeploymentId(id: string): string {
  const slash = id.lastIndexOf('/');
  const digits = id.slice(slash + 1);
  return digits.length > 6 ? `${id.slice(0, slash + 1)}…${digits.slice(-4)}` : id;
}
