// Identifiers shaped like ECS's: 32-hex task ids, `ecs-svc/` + 19-digit deployment ids, ARNs in
// one made-up account and region, event ids as UUIDs (reference/ecs.md §2.1, §10).

import { randomDigits, randomHex, type RandomState } from '../clock/random';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const CLUSTER = 'isomorph';
export const CLUSTER_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`;

export const newTaskId = (random: RandomState) => randomHex(random, 32);
export const newDeploymentId = (random: RandomState) => `ecs-svc/${randomDigits(random, 19)}`;
export const taskArn = (taskId: string) => `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${CLUSTER}/${taskId}`;
export const taskDefinitionArn = (family: string, revision: number) =>
  `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;

export function newEventId(random: RandomState): string {
  const h = randomHex(random, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** "family:revision" from a task definition ARN. */
export const familyRevision = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** A target group ARN; the 16-hex suffix is fixed per name (ELB generates it; it carries no meaning here). */
export function targetGroupArn(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  const hex = (hash.toString(16).padStart(8, '0') + (hash ^ 0x5bd1e995).toString(16).padStart(8, '0')).slice(0, 16);
  return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/${hex}`;
}
