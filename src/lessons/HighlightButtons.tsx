// Toggles that light up a step's translation rows on both sides (the same ui.highlight the
// translation table sets on hover), so a presenter can point without a mouse hunt.

import type { HighlightId } from '../panels/shared/highlightIds';
import type { AppState, Locale } from '../store/appStore';
import { setHighlight } from '../store/commands';
import { useAppStore } from '../store/useAppStore';
import { HIGHLIGHT_LABELS } from './highlightLabels';
import { LESSON_TEXT } from './lessonText';

const selectHighlight = (s: AppState) => s.ui.highlight;

export function HighlightButtons({ ids, locale }: { ids: readonly HighlightId[]; locale: Locale }) {
  const highlight = useAppStore(selectHighlight);
  if (ids.length === 0) return null;
  return (
    <div className="iso-lesson__highlights" role="group" aria-label={LESSON_TEXT[locale].lookAt}>
      {ids.map((id) => (
        <button key={id} type="button" aria-pressed={highlight === id} onClick={() => setHighlight(highlight === id ? null : id)}>
          {HIGHLIGHT_LABELS[id]}
        </button>
      ))}
    </div>
  );
}
