// Which of a service's tasks ECS stops on scale-in, following the same placement strategy
// (ECS DG task-placement-strategies.html, the scale-in sentence of each strategy type).

import type { RandomState } from '../clock/random';
import { pickOne, spreadValue } from './placementStrategies';
import { SERVICE_DEFAULT_STRATEGY, type CandidateInstance, type PlacementStrategyRule } from './placementTypes';

export interface RunningTask {
  readonly taskId: string;
  readonly instanceId: string;
  readonly cpu: number;
  readonly memory: number;
}

/**
 * Picks the task to stop, narrowing the service's tasks one rule at a time:
 * - binpack: "The container instance that has the most available resources left after task
 *   termination has that task terminated."
 * - spread: "selects tasks to terminate that maintain a balance across Availability Zones. Within an
 *   Availability Zone, tasks are selected at random." Generalised to any spread field: the value
 *   holding the most of the service's tasks loses one (inferred for fields other than the AZ).
 * - random: any task.
 * Tasks still tied after every rule are drawn with the seeded source. Returns null for no tasks.
 * @example pickTaskToStop({ tasks, instances, strategy: [{ type: 'binpack', field: 'memory' }], random })
 * // → { taskId: 't-a1', ranking: 'binpack(memory): most MiB left after stopping is 8192 → t-a1' }
 */
export function pickTaskToStop(request: {
  tasks: readonly RunningTask[];
  instances: readonly CandidateInstance[];
  strategy?: readonly PlacementStrategyRule[];
  random: RandomState;
}): { taskId: string; ranking: string } | null {
  const { tasks, instances, strategy = SERVICE_DEFAULT_STRATEGY, random } = request;
  if (tasks.length === 0) return null;
  const byId = new Map(instances.map((i) => [i.id, i]));
  const instanceOf = (task: RunningTask): CandidateInstance => {
    const instance = byId.get(task.instanceId);
    if (!instance) throw new Error(`task ${task.taskId} runs on ${task.instanceId}, which is not among the instances`);
    return instance;
  };
  let survivors = tasks;
  const steps: string[] = [];
  for (const rule of strategy) {
    if (survivors.length <= 1) break;
    if (rule.type === 'binpack') {
      const leftAfter = (t: RunningTask) =>
        rule.field === 'cpu' ? instanceOf(t).remainingCpu + t.cpu : instanceOf(t).remainingMemory + t.memory;
      const most = Math.max(...survivors.map(leftAfter));
      survivors = survivors.filter((t) => leftAfter(t) === most);
      steps.push(`binpack(${rule.field}): most ${rule.field === 'cpu' ? 'CPU units' : 'MiB'} left after stopping is ${most}`);
    } else if (rule.type === 'spread') {
      const valueOf = spreadValue(rule.field);
      const counts = new Map<string, number>();
      for (const task of tasks) counts.set(valueOf(instanceOf(task)), (counts.get(valueOf(instanceOf(task))) ?? 0) + 1);
      const most = Math.max(...survivors.map((t) => counts.get(valueOf(instanceOf(t))) ?? 0));
      survivors = survivors.filter((t) => counts.get(valueOf(instanceOf(t))) === most);
      steps.push(`spread(${rule.field}): most tasks in one value is ${most}`);
    } else {
      survivors = [pickOne(survivors, random)];
      steps.push('random');
    }
  }
  const chosen = survivors.length === 1 ? survivors[0] : pickOne(survivors, random);
  if (survivors.length > 1) steps.push(`tie → random`);
  return { taskId: chosen.taskId, ranking: `${steps.join('; ')} → ${chosen.taskId}` };
}
