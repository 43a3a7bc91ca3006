// The tasks the inspector lists, the way the console's Tasks tab does with its two filters:
// the tasks that want to run first (newest first), then the stopped ones, most recently stopped
// first. Capped, so a thousand-task scenario does not render a thousand rows every frame.

import type { TaskView } from '../../sim';

export const LISTED_TASKS = 40;

export function listedTasks(tasks: readonly TaskView[], selectedId: string | null): { shown: TaskView[]; hidden: number } {
  const live = tasks.filter((t) => t.lastStatus !== 'STOPPED').sort((a, b) => b.createdAt - a.createdAt);
  const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED').sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0));
  const all = [...live, ...stopped];
  const shown = all.slice(0, LISTED_TASKS);
  // The selected task stays in the list even when it would fall below the cap.
  const selected = selectedId === null ? undefined : all.find((t) => t.taskId === selectedId);
  if (selected !== undefined && !shown.includes(selected)) shown.push(selected);
  return { shown, hidden: all.length - shown.length };
}

/** `6a127288b5fa4ad7b70e2b340d705cc0` → `6a127288b5fa…`: enough to tell tasks apart in a list. */
export const shortTaskId = (taskId: string) => (taskId.length > 12 ? `${taskId.slice(0, 12)}…` : taskId);
