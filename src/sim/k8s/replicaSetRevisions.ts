// Which ReplicaSet is the new one, what it is called, its revision, and how many old ones are
// kept (reference/k8s.md §1.4, §1.9; upstream sync.go getNewReplicaSet /
// getAllReplicaSetsAndSyncRevision / cleanupDeployment, util/deployment_util.go FindNewReplicaSet).

import { appendEvent, scaledUpNewReplicaSet } from './k8sEvents';
import type { K8sWorld, ReplicaSetRecord } from './k8sWorld';
import { podTemplateHash, sameTemplate } from './podTemplateHash';

/** spec.revisionHistoryLimit's default (§1.1). */
export const REVISION_HISTORY_LIMIT = 10;

/** FindNewReplicaSet: the ReplicaSet whose template equals the Deployment's. */
export const findNewReplicaSet = (world: K8sWorld) =>
  world.replicaSets.find((rs) => sameTemplate(rs.template, world.deployment.template));

/** `<deployment>-<pod-template-hash>`, bumping status.collisionCount past a name taken by another template. */
export function newReplicaSetName(world: K8sWorld): { name: string; hash: string } {
  const d = world.deployment;
  for (;;) {
    const hash = podTemplateHash(d.template, d.collisionCount);
    const name = `${d.name}-${hash}`;
    if (!world.replicaSets.some((rs) => rs.name === name)) return { name, hash };
    d.collisionCount++;
  }
}

/** The new ReplicaSet's revision is MaxRevision(old) + 1, also when an old one is reused (§1.9). */
export function syncRevision(newRS: ReplicaSetRecord, oldRSs: readonly ReplicaSetRecord[]): void {
  const next = oldRSs.reduce((max, rs) => Math.max(max, rs.revision), 0) + 1;
  if (newRS.revision < next) newRS.revision = next;
}

/** getNewReplicaSet's create path: the RS, its annotations and `Scaled up replica set %s to %d`. */
export function createNewReplicaSet(world: K8sWorld, replicas: number, maxSurge: number, now: number): ReplicaSetRecord {
  const d = world.deployment;
  const oldRSs = [...world.replicaSets];
  const { name, hash } = newReplicaSetName(world);
  const rs: ReplicaSetRecord = {
    name,
    podTemplateHash: hash,
    revision: 0,
    replicas,
    template: { ...d.template },
    createdAt: now,
    desiredReplicas: d.replicas,
    maxReplicas: d.replicas + maxSurge,
    status: { replicas: 0, readyReplicas: 0, availableReplicas: 0 },
    pods: [],
  };
  syncRevision(rs, oldRSs);
  world.replicaSets.push(rs);
  if (replicas > 0) appendEvent(world.events, now, scaledUpNewReplicaSet(d.name, name, replicas));
  return rs;
}

/**
 * cleanupDeployment: beyond REVISION_HISTORY_LIMIT old ReplicaSets, delete the lowest revisions
 * that are scaled to 0. Upstream skips any with status.replicas ≠ 0; here one also waits until
 * its terminating pods are gone, since pods live inside their ReplicaSet record (inferred).
 */
export function cleanupDeployment(world: K8sWorld, oldRSs: readonly ReplicaSetRecord[]): void {
  const excess = oldRSs.length - REVISION_HISTORY_LIMIT;
  if (excess <= 0) return;
  const doomed = [...oldRSs]
    .sort((a, b) => a.revision - b.revision)
    .slice(0, excess)
    .filter((rs) => rs.replicas === 0 && rs.pods.length === 0);
  world.replicaSets = world.replicaSets.filter((rs) => !doomed.includes(rs));
}
