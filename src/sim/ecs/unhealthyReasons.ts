// The "(reason …)" of an unhealthy-target event, from what the target container's app does.
// The three reasons are ones real events show (reference/ecs.md §4.2); which fault gives which is inferred.

import type { EcsTask, EcsWorld } from './ecsWorld';
import { revisionOf } from './ecsTasks';
import { faultOf } from './faultPaths';

export function unhealthyTargetReason(world: EcsWorld, task: EcsTask): string {
  const lb = world.loadBalancer;
  const containers = revisionOf(world, task.taskDefinitionArn).containerDefinitions;
  const target = containers.find((c) => c.name === lb?.containerName) ?? containers[0];
  switch (faultOf(target)) {
    case 'failing-health-check':
      return 'Health checks failed with these codes: [503]';
    case 'slow-start':
      // Still warming up: the app accepts the connection but does not answer in time.
      return 'Request timed out';
    default:
      return 'Health checks failed';
  }
}
