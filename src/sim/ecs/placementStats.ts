// Where the service's RUNNING tasks are, for the lessons' challenges: how many instances they use,
// how they spread over zones, the densest instance. Recorded each time it changes.

import type { PlacementStat } from '../types';
import type { EcsWorld } from './ecsWorld';

const PLACEMENTS_KEPT = 500;

/** The placement of RUNNING tasks on container instances now, or null for a cluster without instances. */
export function placementNow(world: EcsWorld, now: number): PlacementStat | null {
  const cluster = world.cluster;
  if (cluster.instanceIds.length === 0) return null;
  const tasksPerAz: Record<string, number> = {};
  const types = new Set<string>();
  let runningTasks = 0;
  let instancesUsed = 0;
  let maxTasksOnInstance = 0;
  for (const id of cluster.instanceIds) {
    const instance = cluster.instances[id];
    let here = 0;
    for (const taskId of instance.taskIds) if (world.tasks[taskId]?.lastStatus === 'RUNNING') here++;
    if (here === 0) continue;
    runningTasks += here;
    instancesUsed++;
    maxTasksOnInstance = Math.max(maxTasksOnInstance, here);
    tasksPerAz[instance.availabilityZone] = (tasksPerAz[instance.availabilityZone] ?? 0) + here;
    types.add(instance.instanceType);
  }
  return { time: now, runningTasks, instancesUsed, tasksPerAz, maxTasksOnInstance, instanceTypes: [...types].sort(), awsvpcTrunking: cluster.trunking };
}

/** Appends `stat` unless it says the same as the last one recorded. */
export function recordPlacement(placements: PlacementStat[], stat: PlacementStat | null): void {
  if (stat === null) return;
  const last = placements[placements.length - 1];
  if (last !== undefined && samePlacement(last, stat)) return;
  placements.push(stat);
  if (placements.length > PLACEMENTS_KEPT) placements.splice(0, placements.length - PLACEMENTS_KEPT);
}

function samePlacement(a: PlacementStat, b: PlacementStat): boolean {
  if (a.runningTasks !== b.runningTasks || a.instancesUsed !== b.instancesUsed || a.maxTasksOnInstance !== b.maxTasksOnInstance || a.awsvpcTrunking !== b.awsvpcTrunking) return false;
  const zones = Object.keys(a.tasksPerAz);
  return zones.length === Object.keys(b.tasksPerAz).length && zones.every((z) => a.tasksPerAz[z] === b.tasksPerAz[z]) && a.instanceTypes.join() === b.instanceTypes.join();
}
