// The lesson menu: every registered lesson with its curriculum number and its title in the
// current language, behind one compact disclosure in the lesson pane's header. Choosing one
// opens it at its first step with its scenario (startLesson); the open one is marked current.

import { useRef } from 'react';
import type { Locale } from '../store/appStore';
import { startLesson } from '../store/lessonCommands';
import { LESSON_TEXT } from './lessonText';
import { LESSONS } from './registry';

export interface LessonMenuProps {
  currentId: string;
  locale: Locale;
  /** Called once a lesson is chosen and the menu has closed, so focus can go somewhere visible. */
  onChosen?: () => void;
}

export function LessonMenu({ currentId, locale, onChosen }: LessonMenuProps) {
  const menuRef = useRef<HTMLDetailsElement>(null);
  const text = LESSON_TEXT[locale];
  const choose = (id: string) => {
    if (menuRef.current) menuRef.current.open = false;
    onChosen?.();
    void startLesson(id);
  };
  return (
    <details className="iso-lesson__menu" ref={menuRef}>
      <summary>{text.lessons}</summary>
      <ol aria-label={text.lessons}>
        {LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <button type="button" aria-current={lesson.id === currentId ? 'true' : undefined} onClick={() => choose(lesson.id)}>
              <span className="iso-lesson__menu-number">{text.lessonNumber(lesson.number)}</span> {lesson.title[locale]}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
