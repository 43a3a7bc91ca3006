// Every lesson by id, in curriculum order (shared/CURRICULUM.md). A lesson file default-exports
// defineLesson({...}); registering it here is what makes it reachable from the pane, its lesson
// menu and URLs.

import type { Lesson } from './defineLesson';
import rollingUpdate from './content/rollingUpdate';
import twoRoles from './content/twoRoles';
import whereDidItDie from './content/whereDidItDie';

export const LESSONS: readonly Lesson[] = [rollingUpdate, twoRoles, whereDidItDie];

export const DEFAULT_LESSON_ID = 'rolling-update';

const byId = new Map(LESSONS.map((lesson) => [lesson.id, lesson]));

export function getLesson(id: string | null): Lesson | undefined {
  return id === null ? undefined : byId.get(id);
}
