// One step of a lesson on screen: title, the lesson menu, where the learner is, the step's text
// in the current language, what to do, its questions, the challenge, and Back / Next. Lesson text is rendered as text
// (RichText), never as HTML. LessonPane connects it to the store.

import { useRef } from 'react';
import type { Locale } from '../store/appStore';
import { reloadLessonScenario } from '../store/lessonCommands';
import { ChallengeBox } from './ChallengeBox';
import type { Lesson } from './defineLesson';
import { HighlightButtons } from './HighlightButtons';
import { LessonMenu } from './LessonMenu';
import { LESSON_TEXT } from './lessonText';
import { QuestionBox } from './QuestionBox';
import { RichText } from './RichText';
import { currentStep } from './runner';
import { StepActionBox } from './StepActionBox';
import './lessons.css';

export interface LessonViewProps {
  lesson: Lesson;
  stepIndex: number;
  locale: Locale;
  /** Whether the step's condition holds on the current snapshot. */
  canGoOn: boolean;
  onStep: (index: number) => void;
}

export function LessonView({ lesson, stepIndex, locale, canGoOn, onStep }: LessonViewProps) {
  const progressRef = useRef<HTMLParagraphElement>(null);
  const text = LESSON_TEXT[locale];
  const { index, step, last } = currentStep(lesson, stepIndex);
  const lastIndex = lesson.steps.length - 1;
  const move = (to: number) => {
    onStep(to);
    // The button just pressed is about to be disabled or removed: keep keyboard focus in the pane.
    if (to === 0 || to === lastIndex) progressRef.current?.focus();
  };
  // The menu closes over the lesson just chosen: keep keyboard focus in the pane.
  const focusProgress = () => progressRef.current?.focus();

  return (
    <section className="iso-lesson" aria-labelledby="iso-lesson-title">
      <header className="iso-lesson__header">
        <p className="iso-lesson__kicker">{text.region}</p>
        <h2 id="iso-lesson-title">{lesson.title[locale]}</h2>
        <LessonMenu currentId={lesson.id} locale={locale} onChosen={focusProgress} />
        <p className="iso-lesson__progress" ref={progressRef} tabIndex={-1}>
          {text.stepOf(index + 1, lesson.steps.length)}
        </p>
      </header>

      <div className="iso-lesson__text" aria-live="polite">
        <RichText text={step.text[locale]} />
      </div>

      {step.highlight && <HighlightButtons ids={step.highlight} locale={locale} />}
      {step.action && <StepActionBox action={step.action} locale={locale} />}
      {step.questions?.map((question) => (
        <QuestionBox key={`${lesson.id}:${index}:${question.id}`} question={question} locale={locale} judged="here" />
      ))}
      {step.challenge && <ChallengeBox key={`${lesson.id}:${index}`} step={step} locale={locale} />}

      {last && (
        <div className="iso-lesson__sandbox">
          <p>{text.sandbox}</p>
          <button type="button" onClick={() => void reloadLessonScenario()}>
            {text.reload}
          </button>
        </div>
      )}

      <nav className="iso-lesson__nav" aria-label={text.nav}>
        <button type="button" onClick={() => move(index - 1)} disabled={index === 0}>
          {text.back}
        </button>
        {!last && (
          <button type="button" className="button-primary" onClick={() => move(index + 1)} disabled={!canGoOn} aria-describedby={canGoOn ? undefined : 'iso-lesson-blocked'}>
            {text.next}
          </button>
        )}
        {!last && !canGoOn && (
          <p id="iso-lesson-blocked" className="iso-lesson__blocked">
            {text.nextBlocked}
          </p>
        )}
      </nav>
    </section>
  );
}
