// The few fields of a record that answer "where did it die?", pulled out above the full output:
// for a task, lastStatus, stopCode, stoppedReason and each container's exitCode and reason (the
// fields reference/ecs.md §5 reads); for a pod, each container's state, last state and restarts
// (reference/k8s.md §4.2). Names are the APIs' own.

import type { ContainerStateView, PodView, TaskView } from '../../sim';

export type GlanceRow = [field: string, value: string];

export function taskGlance(task: TaskView): GlanceRow[] {
  const rows: GlanceRow[] = [['lastStatus', task.lastStatus]];
  if (task.stopCode !== undefined) rows.push(['stopCode', task.stopCode]);
  if (task.stoppedReason !== undefined) rows.push(['stoppedReason', task.stoppedReason]);
  task.containers.forEach((c, i) => {
    if (c.exitCode !== null) rows.push([`containers[${i}].exitCode`, String(c.exitCode)]);
    if (c.reason !== undefined) rows.push([`containers[${i}].reason`, c.reason]);
    if (c.healthStatus !== 'UNKNOWN') rows.push([`containers[${i}].healthStatus`, c.healthStatus]);
  });
  return rows;
}

/** `Waiting (CrashLoopBackOff)`, `Running`, `Terminated (Error, exit code 1)`. */
export function stateText(state: ContainerStateView): string {
  if ('waiting' in state) return `Waiting (${state.waiting.reason})`;
  if ('running' in state) return 'Running';
  return `Terminated (${state.terminated.reason}, exit code ${state.terminated.exitCode})`;
}

export function podGlance(pod: PodView): GlanceRow[] {
  const rows: GlanceRow[] = [['STATUS', pod.status]];
  for (const c of pod.containers) {
    rows.push([`${c.name} State`, stateText(c.state)]);
    if (c.lastState !== null) rows.push([`${c.name} Last State`, stateText(c.lastState)]);
    rows.push([`${c.name} Ready`, c.ready ? 'True' : 'False'], [`${c.name} Restart Count`, String(c.restartCount)]);
  }
  return rows;
}
