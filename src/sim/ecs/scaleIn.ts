// Which of the PRIMARY deployment's healthy tasks ECS stops when the service scales in on container
// instances: the same placement strategy decides, one task at a time (pickTaskToStop; DG
// task-placement-strategies.html, each strategy's scale-in sentence).

import type { RandomState } from '../clock/random';
import { pickTaskToStop, type RunningTask } from '../placement/pickTaskToStop';
import type { ContainerInstance } from './ecsCluster';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { revisionOf } from './ecsTasks';
import { taskSize } from './taskCapacity';

/** Picks `count` of `tasks` to stop; tasks not on an instance (Fargate) keep the order they came in. */
export function pickScaleIn(world: EcsWorld, tasks: readonly EcsTask[], count: number, random: RandomState): EcsTask[] {
  const cluster = world.cluster;
  const onInstances = tasks.filter((t) => t.containerInstanceId !== undefined && cluster.instances[t.containerInstanceId] !== undefined);
  if (onInstances.length === 0) return tasks.slice(0, count);
  // Each pick sees the resources the earlier picks give back.
  const freed = new Map<string, { cpu: number; memory: number }>();
  const byId = new Map(onInstances.map((t) => [t.taskId, t]));
  const picked: EcsTask[] = [];
  while (picked.length < count && byId.size > 0) {
    const running: RunningTask[] = [...byId.values()].map((t) => ({ taskId: t.taskId, instanceId: t.containerInstanceId as string, ...taskSize(revisionOf(world, t.taskDefinitionArn)) }));
    const instances = [...new Set(running.map((t) => t.instanceId))].map((id) => withFreed(cluster.instances[id], freed.get(id)));
    const choice = pickTaskToStop({ tasks: running, instances, strategy: cluster.placementStrategy, random });
    if (choice === null) break;
    const task = byId.get(choice.taskId) as EcsTask;
    byId.delete(choice.taskId);
    picked.push(task);
    const size = taskSize(revisionOf(world, task.taskDefinitionArn));
    const before = freed.get(task.containerInstanceId as string) ?? { cpu: 0, memory: 0 };
    freed.set(task.containerInstanceId as string, { cpu: before.cpu + size.cpu, memory: before.memory + size.memory });
  }
  return picked;
}

function withFreed(instance: ContainerInstance, freed: { cpu: number; memory: number } | undefined): ContainerInstance {
  return freed === undefined ? instance : { ...instance, remainingCpu: instance.remainingCpu + freed.cpu, remainingMemory: instance.remainingMemory + freed.memory };
}
