// The lesson runner: pure functions from (lesson, step index, snapshot) to what the lesson pane
// shows. No store and no React, so the Node tests drive lessons with the same code as the app.

import type { Snapshot } from '../sim';
import type { Answers, ChallengeResult, Lesson, Question, Step } from './defineLesson';

/** No answers given yet: one shared, frozen object. */
export const NO_ANSWERS: Answers = Object.freeze({});

/** A step index from a URL or an old state, clamped into the lesson. */
export function clampStepIndex(lesson: Lesson, index: number): number {
  if (!Number.isInteger(index) || index < 0) return 0;
  return Math.min(index, lesson.steps.length - 1);
}

/** The step at `index` (clamped), and whether it is the last one. */
export function currentStep(lesson: Lesson, index: number): { index: number; step: Step; last: boolean } {
  const clamped = clampStepIndex(lesson, index);
  return { index: clamped, step: lesson.steps[clamped], last: clamped === lesson.steps.length - 1 };
}

/** Whether Next may be pressed: the step asks for nothing, or what it asks for has happened. */
export function canAdvance(step: Step, snapshot: Snapshot | null): boolean {
  if (!step.advanceWhen) return true;
  return snapshot !== null && step.advanceWhen(snapshot);
}

/** Judges the step's challenge over the run so far and the answers given; null when the step has none or nothing has run. */
export function evaluateChallenge(step: Step, snapshot: Snapshot | null, answers: Answers = NO_ANSWERS): ChallengeResult | null {
  if (!step.challenge || snapshot === null) return null;
  return step.challenge.check(snapshot, answers);
}

/** How the learner's answer to `question` stands: not given, right, or wrong. */
export function answerState(question: Question, answers: Answers): 'unanswered' | 'right' | 'wrong' {
  const given = answers[question.id];
  if (given === undefined) return 'unanswered';
  return given === question.answer ? 'right' : 'wrong';
}

/** Every question of a lesson, in step order: those of the steps and those of their challenges. */
export function lessonQuestions(lesson: Lesson): Question[] {
  return lesson.steps.flatMap((step) => [...(step.questions ?? []), ...(step.challenge?.questions ?? [])]);
}
