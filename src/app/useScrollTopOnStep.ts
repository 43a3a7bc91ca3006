// A new lesson step starts at its title: the lesson column scrolls back to the top, otherwise
// the next step would open where the learner had scrolled the previous one.

import { useEffect, useRef } from 'react';
import type { AppState } from '../store/appStore';
import { useAppStore } from '../store/useAppStore';

const selectStepKey = (s: AppState) => `${s.lesson.lessonId ?? ''}#${s.lesson.stepIndex}`;

export function useScrollTopOnStep<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const stepKey = useAppStore(selectStepKey);
  useEffect(() => {
    ref.current?.scrollTo({ top: 0 });
  }, [stepKey]);
  return ref;
}
