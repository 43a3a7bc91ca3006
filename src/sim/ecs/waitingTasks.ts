// Tasks waiting in PROVISIONING for an Auto Scaling group provider's capacity: each pass, and each
// time an instance registers, the oldest are placed while there is room (DG cluster-auto-scaling.html:
// tasks wait in PROVISIONING while managed scaling launches instances).

import type { SideContext } from '../clock/sideContext';
import type { EcsWorld } from './ecsWorld';
import { beginProvisioning, revisionOf, serviceGroup } from './ecsTasks';
import { holdResources, planLaunch } from './taskCapacity';

export function placeWaitingTasks(world: EcsWorld, ctx: SideContext): void {
  const cluster = world.cluster;
  if (cluster.waitingTaskIds.length === 0) return;
  const still: string[] = [];
  for (const id of cluster.waitingTaskIds) {
    const task = world.tasks[id];
    if (!task || task.desiredStatus !== 'RUNNING' || task.lastStatus !== 'PROVISIONING') continue;
    if (still.length > 0) {
      still.push(id);
      continue;
    }
    const revision = revisionOf(world, task.taskDefinitionArn);
    // The provider the strategy gave it is counted already; placing it again must not count it twice.
    if (task.capacityProvider !== undefined) cluster.providers[task.capacityProvider].tasks--;
    const plan = planLaunch(cluster, world.serviceName, revision, ctx);
    if (plan.kind !== 'run') {
      if (task.capacityProvider !== undefined) cluster.providers[task.capacityProvider].tasks++;
      still.push(id);
      continue;
    }
    beginProvisioning(world, task, holdResources(cluster, task, plan, revision, serviceGroup(world)), ctx);
  }
  cluster.waitingTaskIds = still;
}
