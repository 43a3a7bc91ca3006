// What the step asks the learner to do, with its one-click shortcuts when it has any.

import type { Locale } from '../store/appStore';
import { runLessonCommands } from '../store/lessonCommands';
import { selectHasSnapshot } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import type { StepAction } from './defineLesson';
import { LESSON_TEXT } from './lessonText';
import { Inline } from './RichText';

export function StepActionBox({ action, locale }: { action: StepAction; locale: Locale }) {
  const ready = useAppStore(selectHasSnapshot);
  const shortcuts = [...(action.shortcut ? [action.shortcut] : []), ...(action.moreShortcuts ?? [])];
  return (
    <div className="iso-lesson__action">
      <p>
        <strong>{LESSON_TEXT[locale].tryIt}: </strong>
        <Inline text={action.text[locale]} />
      </p>
      {shortcuts.length > 0 && (
        <div className="iso-lesson__shortcuts">
          {shortcuts.map((shortcut, i) => (
            <button key={i} type="button" disabled={!ready} onClick={() => void runLessonCommands(shortcut.commands)}>
              {shortcut.label[locale]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
