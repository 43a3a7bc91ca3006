// The lesson pane (mount it once, no props): the open lesson at its current step, or an offer to
// start the default lesson when none is open. Next opens when the step's condition holds on the
// latest snapshot; the selector returns a boolean, so simulation frames re-render the pane only
// when it flips.

import type { AppState } from '../store/appStore';
import { goToStep } from '../store/lessonCommands';
import { selectLocale } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { LessonOffer } from './LessonOffer';
import { LessonView } from './LessonView';
import { getLesson } from './registry';
import { canAdvance, currentStep } from './runner';

const selectLessonId = (s: AppState) => s.lesson.lessonId;
const selectStepIndex = (s: AppState) => s.lesson.stepIndex;

export function LessonPane() {
  const locale = useAppStore(selectLocale);
  const lessonId = useAppStore(selectLessonId);
  const lesson = getLesson(lessonId);
  const stepIndex = useAppStore(selectStepIndex);
  const canGoOn = useAppStore((s) => lesson !== undefined && canAdvance(currentStep(lesson, stepIndex).step, s.mirror.snapshot));
  if (!lesson) return <LessonOffer locale={locale} />;
  return <LessonView lesson={lesson} stepIndex={stepIndex} locale={locale} canGoOn={canGoOn} onStep={goToStep} />;
}
