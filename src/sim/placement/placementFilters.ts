// Steps 1 and 2 of ECS task placement: "Identify the instances that satisfy the CPU, GPU, memory,
// and port requirements …" then "… the task placement constraints" (ECS DG task-placement.html).

import { evaluatePlacementExpression } from './evaluatePlacementExpression';
import { instanceAttributes, type CandidateInstance, type FilterReason, type PlacementConstraint, type TaskRequirements } from './placementTypes';

/**
 * Every requirement the instance fails, in the order ECS's pipeline checks them: resources, then
 * constraints. Within the resources the order CPU, memory, ENI is Isomorph's (inferred: ECS does not say).
 * @example unmetRequirements({ …instance, remainingMemory: 256 }, { cpu: 256, memory: 512, needsEni: false, group: 'service:web' }, [])
 * // → ['MEMORY']
 */
export function unmetRequirements(
  instance: CandidateInstance,
  task: TaskRequirements,
  constraints: readonly PlacementConstraint[],
): FilterReason[] {
  const unmet: FilterReason[] = [];
  if (instance.remainingCpu < task.cpu) unmet.push('CPU');
  if (instance.remainingMemory < task.memory) unmet.push('MEMORY');
  // "Each task that uses the awsvpc network mode requires an ENI" (DG task-networking-awsvpc.html).
  if (task.needsEni && instance.attachedTaskEnis >= instance.taskEniLimit) unmet.push('ENI');
  for (const constraint of constraints) {
    if (constraint.type === 'distinctInstance') {
      // "ensure that each task in a particular group is running on a different container instance" (API PlacementConstraint)
      if ((instance.taskGroups[task.group] ?? 0) > 0) unmet.push('distinctInstance');
    } else if (!evaluatePlacementExpression(constraint.expression, instanceAttributes(instance))) {
      unmet.push('memberOf');
    }
  }
  return unmet;
}
