// Plain data that ECS task placement works over: container instances, a task's needs, and a
// service's placement constraints and strategy (ECS API PlacementConstraint / PlacementStrategy).

import type { CpuArchitecture } from '../catalog/instanceTypes';
import type { PlacementExpression } from './queryAst';

export interface CandidateInstance {
  /** The container instance id, as ECS prints it in events. */
  readonly id: string;
  readonly instanceType: string;
  readonly availabilityZone: string;
  readonly osType: 'linux' | 'windows';
  readonly cpuArchitecture: CpuArchitecture;
  /** Custom attributes by name (`stack` → `prod`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly registeredCpu: number;
  readonly registeredMemory: number;
  readonly remainingCpu: number;
  readonly remainingMemory: number;
  readonly attachedTaskEnis: number;
  readonly taskEniLimit: number;
  /** How many tasks of each task group run here (`service:web` → 2). */
  readonly taskGroups: Readonly<Record<string, number>>;
}

export interface TaskRequirements {
  /** CPU units (1,024 per vCPU). */
  readonly cpu: number;
  /** MiB. */
  readonly memory: number;
  /** awsvpc: the task needs a free ENI attachment on the instance. */
  readonly needsEni: boolean;
  /** The task's group: `service:<name>` for a service's tasks (ECS DG task-groups). */
  readonly group: string;
}

export type PlacementConstraint = { readonly type: 'distinctInstance' } | { readonly type: 'memberOf'; readonly expression: PlacementExpression };

/** `field` is `instanceId`, `host` (same effect) or `attribute:<name>` for spread; `cpu` or `memory` for binpack. */
export type PlacementStrategyRule =
  | { readonly type: 'binpack'; readonly field: 'cpu' | 'memory' }
  | { readonly type: 'spread'; readonly field: string }
  | { readonly type: 'random' };

export type FilterReason = 'CPU' | 'MEMORY' | 'ENI' | 'distinctInstance' | 'memberOf';

// "For tasks running as part of an Amazon ECS service, the task placement strategy is spread using
// the attribute:ecs.availability-zone." (ECS DG task-placement-strategies.html; reference/ecs.md §6)
export const SERVICE_DEFAULT_STRATEGY: readonly PlacementStrategyRule[] = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }];

/**
 * The attributes memberOf and spread see: the built-in ecs.* ones (DG, "Attributes") and the custom ones.
 * @example instanceAttributes(instance)['ecs.availability-zone'] // → 'us-east-1a'
 */
export function instanceAttributes(instance: CandidateInstance): Readonly<Record<string, string>> {
  return {
    ...instance.attributes,
    'ecs.availability-zone': instance.availabilityZone,
    'ecs.instance-type': instance.instanceType,
    'ecs.os-type': instance.osType,
    'ecs.cpu-architecture': instance.cpuArchitecture,
  };
}
