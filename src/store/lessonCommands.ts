// Lesson commands: open a lesson with its scenario, move between its steps, answer its
// questions, and run a step's shortcut through the same commands the controls use. Entering a
// step lights up the first translation row it names.

import type { LessonCommand } from '../lessons/defineLesson';
import { DEFAULT_LESSON_ID, getLesson } from '../lessons/registry';
import { currentStep } from '../lessons/runner';
import { appStore } from './appStore';
import { deployNewRevision, loadScenario, rolloutUndo, setHighlight, updateService } from './commands';
import { reconfigureScenario } from './reconfigureScenario';

/**
 * Moves to a step of `lessonId`. The answers stay while the lesson stays (a challenge may judge
 * answers given on earlier steps); `fresh` starts the lesson without any.
 */
function enterStep(lessonId: string, index: number, fresh = false): void {
  const lesson = getLesson(lessonId);
  if (!lesson) return;
  const { index: stepIndex, step } = currentStep(lesson, index);
  appStore.setState((s) => {
    const keep = !fresh && s.lesson.lessonId === lessonId && s.lesson.answers !== undefined;
    return { lesson: keep ? { lessonId, stepIndex, answers: s.lesson.answers } : { lessonId, stepIndex } };
  });
  setHighlight(step.highlight?.[0] ?? null);
}

/** Opens a lesson at its first step, without answers, with its scenario loaded fresh; false for an unknown id or a load failure. */
export async function startLesson(lessonId: string): Promise<boolean> {
  const lesson = getLesson(lessonId);
  if (!lesson) return false;
  enterStep(lessonId, 0, true);
  return loadScenario(lesson.scenario);
}

/** A first visit: the default lesson. */
export const startDefaultLesson = () => startLesson(DEFAULT_LESSON_ID);

/** Reloads the current lesson's scenario without leaving the step (the sandbox at the end). */
export async function reloadLessonScenario(): Promise<boolean> {
  const lesson = getLesson(appStore.getState().lesson.lessonId);
  return lesson ? loadScenario(lesson.scenario) : false;
}

export function goToStep(index: number): void {
  const { lessonId } = appStore.getState().lesson;
  if (lessonId !== null) enterStep(lessonId, index);
}

/** Records the learner's choice for one of the open lesson's questions (the last choice counts). */
export function answerQuestion(questionId: string, choiceId: string): void {
  appStore.setState((s) => {
    if (s.lesson.lessonId === null || s.lesson.answers?.[questionId] === choiceId) return s;
    return { lesson: { ...s.lesson, answers: { ...s.lesson.answers, [questionId]: choiceId } } };
  });
}

/** Runs a step's shortcut in order; stops at the first command the simulation rejects. */
export async function runLessonCommands(commands: readonly LessonCommand[]): Promise<void> {
  for (const command of commands) {
    if (command.type === 'deployNewRevision') await deployNewRevision(command.options);
    else if (command.type === 'rolloutUndo') {
      if ((await rolloutUndo()).length > 0) return;
    } else if (command.type === 'reconfigureScenario') {
      if (!(await reconfigureScenario(command.change))) return;
    } else if ((await updateService(command.patch)).length > 0) return;
  }
}
