// A step's challenge: the goal, its questions, a Check button that judges the run so far and the
// answers, the verdict in a status region, and hints revealed one at a time. Mount it with a key
// per step so its state starts fresh on every step.

import { useState } from 'react';
import { appStore } from '../store/appStore';
import type { Locale } from '../store/appStore';
import type { ChallengeResult, Step } from './defineLesson';
import { LESSON_TEXT } from './lessonText';
import { QuestionBox } from './QuestionBox';
import { Inline } from './RichText';
import { evaluateChallenge, NO_ANSWERS } from './runner';

export function ChallengeBox({ step, locale }: { step: Step; locale: Locale }) {
  const [result, setResult] = useState<ChallengeResult | null>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const challenge = step.challenge;
  if (!challenge) return null;
  const text = LESSON_TEXT[locale];
  const hints = challenge.hints[locale];
  // Read at the moment of the click, so the box does not re-render on every simulation frame.
  const check = () => {
    const { mirror, lesson } = appStore.getState();
    setResult(evaluateChallenge(step, mirror.snapshot, lesson.answers ?? NO_ANSWERS));
  };

  return (
    <section className="iso-lesson__challenge" aria-labelledby="iso-lesson-challenge">
      <h3 id="iso-lesson-challenge">{text.challenge}</h3>
      <p className="iso-lesson__goal">
        <Inline text={challenge.goal[locale]} />
      </p>
      {challenge.questions?.map((question) => (
        <QuestionBox key={question.id} question={question} locale={locale} judged="byChallenge" />
      ))}
      <button type="button" onClick={check}>
        {text.check}
      </button>
      <p role="status" className="iso-lesson__verdict" data-passed={result === null ? undefined : String(result.passed)}>
        {result !== null && (
          <>
            {!result.passed && `${text.notYet} `}
            <Inline text={result.reason[locale]} />
          </>
        )}
      </p>
      {hintsShown > 0 && (
        <ol className="iso-lesson__hints" aria-label={text.hints}>
          {hints.slice(0, hintsShown).map((hint, i) => (
            <li key={i}>
              <Inline text={hint} />
            </li>
          ))}
        </ol>
      )}
      {hintsShown < hints.length && (
        <button type="button" onClick={() => setHintsShown(hintsShown + 1)}>
          {text.showHint(hintsShown + 1, hints.length)}
        </button>
      )}
    </section>
  );
}
