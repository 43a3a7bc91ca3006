// Shown when no lesson is open (a shared sandbox link): one button back into the default lesson.

import type { Locale } from '../store/appStore';
import { startLesson } from '../store/lessonCommands';
import { LESSON_TEXT } from './lessonText';
import { DEFAULT_LESSON_ID, getLesson } from './registry';

export function LessonOffer({ locale }: { locale: Locale }) {
  const text = LESSON_TEXT[locale];
  const lesson = getLesson(DEFAULT_LESSON_ID);
  if (!lesson) return null;
  return (
    <section className="iso-lesson iso-lesson--offer" aria-label={text.region}>
      <p>{text.offer(lesson.title[locale])}</p>
      <button type="button" onClick={() => void startLesson(lesson.id)}>
        {text.start}
      </button>
    </section>
  );
}
