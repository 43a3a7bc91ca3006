// The ReplicaSet controller: make each ReplicaSet's live pods match its spec.replicas
// (upstream pkg/controller/replicaset/replica_set.go manageReplicas). Terminating pods no longer
// count (FilterActivePods), so a replacement is created while the old pod is still shutting down.

import type { SideContext } from '../clock/sideContext';
import { appendEvent, successfulDelete } from './k8sEvents';
import { createReplicaPod, terminatePod } from './k8sPods';
import type { K8sWorld, ReplicaSetRecord } from './k8sWorld';
import { podsToDelete } from './podDeletionOrder';

/** replica_set.go BurstReplicas: at most this many creates or deletes per sync of one ReplicaSet. */
export const BURST_REPLICAS = 500;

/**
 * One manageReplicas pass for `rs`: create or delete pods (deleting in podDeletionOrder).
 * Returns true when the burst limit left work for another pass.
 */
function manageReplicas(world: K8sWorld, rs: ReplicaSetRecord, ctx: SideContext): boolean {
  const diff = rs.status.replicas - rs.replicas;
  const count = Math.min(Math.abs(diff), BURST_REPLICAS);
  if (diff < 0) {
    for (let i = 0; i < count; i++) createReplicaPod(world, rs, ctx);
  } else if (diff > 0) {
    for (const pod of podsToDelete(rs.pods.filter((pod) => !pod.terminating), count)) {
      appendEvent(world.events, ctx.now, successfulDelete(rs.name, pod.name));
      terminatePod(world, pod, ctx);
    }
  }
  return Math.abs(diff) > BURST_REPLICAS;
}

/** A pass of the ReplicaSet controller over every ReplicaSet; true when more work remains. */
export function syncReplicaSets(world: K8sWorld, ctx: SideContext): boolean {
  let more = false;
  for (const rs of world.replicaSets) if (manageReplicas(world, rs, ctx)) more = true;
  return more;
}
