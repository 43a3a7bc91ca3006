// Every lesson by id, in curriculum order (shared/CURRICULUM.md). A lesson file default-exports
// defineLesson({...}); registering it here is what makes it reachable from the pane, its lesson
// menu and URLs.

import type { Lesson } from './defineLesson';
import oneTaskOneEni from './content/oneTaskOneEni';
import rollingUpdate from './content/rollingUpdate';
import twoRoles from './content/twoRoles';
import whereDidItDie from './content/whereDidItDie';
import whereDoesItRun from './content/whereDoesItRun';
import whoRunsIt from './content/whoRunsIt';

export const LESSONS: readonly Lesson[] = [rollingUpdate, whereDoesItRun, whoRunsIt, oneTaskOneEni, twoRoles, whereDidItDie];

export const DEFAULT_LESSON_ID = 'rolling-update';

const byId = new Map(LESSONS.map((lesson) => [lesson.id, lesson]));

export function getLesson(id: string | null): Lesson | undefined {
  return id === null ? undefined : byId.get(id);
}
