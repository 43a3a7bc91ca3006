// "Deploy new revision": register the next revision of the service's task definition family
// with the next image tag, then point the service at it, as `aws ecs register-task-definition`
// followed by `aws ecs update-service --task-definition family:revision` would.

import type { Command, Snapshot } from '../sim';

type RegisterTaskDefinition = Extract<Command, { type: 'RegisterTaskDefinition' }>;
type UpdateService = Extract<Command, { type: 'UpdateService' }>;

/** `public.ecr.aws/isomorph/web:v1` → `public.ecr.aws/isomorph/web:v2` (a registry port is not a tag). */
export function imageWithTag(image: string, tag: string): string {
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return `${colon === -1 ? image : image.slice(0, colon)}:${tag}`;
}

export function nextRevisionCommands(snapshot: Snapshot): [RegisterTaskDefinition, UpdateService] {
  const family = snapshot.scenario.taskDefinition.family;
  const revisions = snapshot.ecs.taskDefinitions.filter((definition) => definition.family === family);
  const latest = revisions.reduce((a, b) => (b.revision > a.revision ? b : a), revisions[0]);
  const revision = (latest?.revision ?? 0) + 1;
  const containerDefinitions = (latest?.containerDefinitions ?? snapshot.scenario.taskDefinition.containerDefinitions).map(
    (container) => ({ ...container, image: imageWithTag(container.image, `v${revision}`) }),
  );
  return [
    { type: 'RegisterTaskDefinition', family, containerDefinitions },
    { type: 'UpdateService', taskDefinition: `${family}:${revision}` },
  ];
}
