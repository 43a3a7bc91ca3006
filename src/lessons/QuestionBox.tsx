// One question as a radio group: the learner names the cause, the app checks it. Choosing a
// choice records it in the store (`lesson.answers`), where a challenge's check reads it. A step's
// question is checked here, when the learner asks, and then explained; a challenge's question is
// judged only by the challenge's Check, so trying the choices one by one gives nothing away.
// Native radios in a fieldset: Tab reaches the group, the arrow keys choose, the legend names it,
// and the verdict is a polite status region.

import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Locale } from '../store/appStore';
import { answerQuestion } from '../store/lessonCommands';
import { useAppStore } from '../store/useAppStore';
import type { Question } from './defineLesson';
import { LESSON_TEXT } from './lessonText';
import { Inline } from './RichText';
import { answerState } from './runner';

export interface QuestionViewProps {
  question: Question;
  locale: Locale;
  /** 'here': a Check-the-answer button and an explanation; 'byChallenge': the challenge's Check judges it. */
  judged: 'here' | 'byChallenge';
  /** The choice the learner has made, if any. */
  answer: string | undefined;
  /** The answer the learner last asked to check; its verdict shows while it is still the answer. */
  checked: string | null;
  onChoose: (choiceId: string) => void;
  onCheck: () => void;
}

export function QuestionView({ question, locale, judged, answer, checked, onChoose, onCheck }: QuestionViewProps) {
  const text = LESSON_TEXT[locale];
  const verdict = judged === 'here' && answer !== undefined && checked === answer ? answerState(question, { [question.id]: answer }) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck();
  };
  return (
    <form className="iso-lesson__question" onSubmit={submit}>
      <fieldset>
        <legend>
          <Inline text={question.prompt[locale]} />
        </legend>
        {question.choices.map((choice) => (
          <label key={choice.id} className="iso-lesson__choice">
            <input type="radio" name={`iso-question-${question.id}`} value={choice.id} checked={answer === choice.id} onChange={() => onChoose(choice.id)} />
            <span>
              <Inline text={choice.label[locale]} />
            </span>
          </label>
        ))}
      </fieldset>
      {judged === 'here' && (
        <button type="submit" disabled={answer === undefined}>
          {text.checkAnswer}
        </button>
      )}
      <p role="status" className="iso-lesson__feedback" data-right={verdict === null ? undefined : String(verdict === 'right')}>
        {verdict === 'right' && (
          <>
            <strong>{text.right}</strong> <Inline text={question.explain[locale]} />
          </>
        )}
        {verdict === 'wrong' && text.wrong}
        {judged === 'byChallenge' && answer !== undefined && text.saved}
      </p>
    </form>
  );
}

/** The question connected to the store; mount it with a key per step so a verdict does not carry over. */
export function QuestionBox({ question, locale, judged }: Pick<QuestionViewProps, 'question' | 'locale' | 'judged'>) {
  const answer = useAppStore((s) => s.lesson.answers?.[question.id]);
  const [checked, setChecked] = useState<string | null>(null);
  return (
    <QuestionView
      question={question}
      locale={locale}
      judged={judged}
      answer={answer}
      checked={checked}
      onChoose={(choiceId) => answerQuestion(question.id, choiceId)}
      onCheck={() => setChecked(answer ?? null)}
    />
  );
}
