// "Deploy new revision": register the next revision of the service's task definition family
// with the next image tag, then point the service at it, as `aws ecs register-task-definition`
// followed by `aws ecs update-service --task-definition family:revision` would.

import type { Command, ContainerDefinition, Fault, Snapshot } from '../sim';

type RegisterTaskDefinition = Extract<Command, { type: 'RegisterTaskDefinition' }>;
type UpdateService = Extract<Command, { type: 'UpdateService' }>;

/** `public.ecr.aws/isomorph/web:v1` → `public.ecr.aws/isomorph/web:v2` (a registry port is not a tag). */
export function imageWithTag(image: string, tag: string): string {
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return `${colon === -1 ? image : image.slice(0, colon)}:${tag}`;
}

/** What the next revision changes besides its image tag. */
export interface RevisionOptions {
  /** The fault the revision's first essential container simulates; 'healthy' removes any. */
  fault?: Fault;
}

/**
 * A fault only a health check can see needs something to check the container: when the service
 * has no load balancer and the container no health check, the revision gets a typical one.
 */
const DEFAULT_HEALTH_CHECK = { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'] };

function withFault(container: ContainerDefinition, fault: Fault, checkedByTargetGroup: boolean): ContainerDefinition {
  const rest = { ...container };
  delete rest.simulate;
  if (fault === 'healthy') return rest;
  const needsCheck = fault === 'failing-health-check' && rest.healthCheck === undefined && !checkedByTargetGroup;
  return { ...rest, simulate: { fault }, ...(needsCheck && { healthCheck: { ...DEFAULT_HEALTH_CHECK, interval: 30, timeout: 5, retries: 3, startPeriod: 0 } }) };
}

export function nextRevisionCommands(snapshot: Snapshot, options: RevisionOptions = {}): [RegisterTaskDefinition, UpdateService] {
  const family = snapshot.scenario.taskDefinition.family;
  const revisions = snapshot.ecs.taskDefinitions.filter((definition) => definition.family === family);
  const latest = revisions.reduce((a, b) => (b.revision > a.revision ? b : a), revisions[0]);
  const revision = (latest?.revision ?? 0) + 1;
  const containers = latest?.containerDefinitions ?? snapshot.scenario.taskDefinition.containerDefinitions;
  const faulty = containers.findIndex((c) => c.essential !== false);
  const target = snapshot.ecs.service.loadBalancers[0]?.containerName;
  const containerDefinitions = containers.map((container, i) => {
    const tagged = { ...container, image: imageWithTag(container.image, `v${revision}`) };
    return options.fault !== undefined && i === faulty ? withFault(tagged, options.fault, tagged.name === target) : tagged;
  });
  return [
    { type: 'RegisterTaskDefinition', family, containerDefinitions },
    { type: 'UpdateService', taskDefinition: `${family}:${revision}` },
  ];
}
