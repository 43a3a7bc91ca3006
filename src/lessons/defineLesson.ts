// The shape of a lesson. A lesson is data (DESIGN.md "Lessons"): a scenario, steps with text in
// both languages, what to highlight, what the learner is asked to do, and predicates over the
// simulation's Snapshot. No React, no D3 and no xstate in here, so lessons run in Node tests.

import type { HighlightId } from '../panels/shared/highlightIds';
import type { ScenarioInput, Snapshot } from '../sim';
import type { Locale } from '../store/appStore';
import type { RevisionOptions } from '../store/nextRevision';
import type { ScenarioChange } from '../store/reconfigureScenario';
import type { ServicePatch } from '../store/servicePatch';

/** Text in every language the app speaks. Field names may be wrapped in `backticks`. */
export type Localized = Record<Locale, string>;

/** What a step's shortcut button sends, through the same store commands the controls use. */
export type LessonCommand =
  | { type: 'updateService'; patch: ServicePatch }
  | { type: 'deployNewRevision'; options?: RevisionOptions }
  | { type: 'rolloutUndo' }
  /** Restarts the scenario with a cluster or launch-type change (store/reconfigureScenario.ts). */
  | { type: 'reconfigureScenario'; change: ScenarioChange };

export interface Shortcut {
  label: Localized;
  commands: readonly LessonCommand[];
}

export interface StepAction {
  /** The instruction, shown apart from the explanation. */
  text: Localized;
  /** A one-click way to do it (handy on a projector); the regular controls do the same. */
  shortcut?: Shortcut;
  /** Further one-click actions beside it, each on its own (for example one per case of a challenge). */
  moreShortcuts?: readonly Shortcut[];
}

export interface Choice {
  /** Unique within its question; what the learner's answer holds. */
  id: string;
  label: Localized;
}

/** "The learner names the cause, the app checks it": one question with one right choice. */
export interface Question {
  /** Unique within the lesson: the key of the learner's answer in `lesson.answers`. */
  id: string;
  prompt: Localized;
  choices: readonly Choice[];
  /** The id of the right choice. */
  answer: string;
  /** Why the right choice is right; shown once the learner has it. */
  explain: Localized;
}

/** The learner's answers in the open lesson: question id → choice id. */
export type Answers = Readonly<Record<string, string>>;

export interface ChallengeResult {
  passed: boolean;
  reason: Localized;
}

export interface Challenge {
  goal: Localized;
  /**
   * Asked inside the challenge and judged by its check, not one by one: choosing stores the
   * answer and says nothing about it until the learner presses Check.
   */
  questions?: readonly Question[];
  /** Judges the whole run so far, from `snapshot.stats` and the snapshot's other views, and the learner's answers. */
  check: (s: Snapshot, answers: Answers) => ChallengeResult;
  /** Revealed one at a time, from a nudge to nearly the answer. */
  hints: Record<Locale, readonly string[]>;
}

export interface Step {
  /** Short paragraphs, separated by blank lines. */
  text: Localized;
  /** Translation rows whose elements light up while the step is shown; the first is applied on entry. */
  highlight?: readonly HighlightId[];
  action?: StepAction;
  /** Asked after the step's action; the learner checks each answer on the spot and reads why. */
  questions?: readonly Question[];
  /** Next stays disabled until this holds; a step without it can always be left. */
  advanceWhen?: (s: Snapshot) => boolean;
  challenge?: Challenge;
}

export interface Lesson {
  /** URL-safe: lowercase letters, digits and hyphens (share/scenarioUrl.ts accepts no more). */
  id: string;
  /** Its number in shared/CURRICULUM.md, shown in the lesson menu. */
  number: number;
  title: Localized;
  scenario: ScenarioInput;
  steps: readonly Step[];
}

/** Identity with type checking, so a lesson file reads as data. */
export function defineLesson(lesson: Lesson): Lesson {
  return lesson;
}
