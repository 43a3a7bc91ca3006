// The translation table's React shell: heading, caption, column headers and the live section's
// heading row. D3 owns the two data <tbody>s (drawTranslation): the article's pairs, which only
// change with the language, and the live rows, which follow the simulation without React
// re-rendering.

import { useId } from 'react';
import { shallow } from 'zustand/shallow';
import type { AppState, Locale } from '../../store/appStore';
import type { Snapshot } from '../../sim';
import { selectHasSnapshot, selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { applyHighlight } from '../shared/applyHighlight';
import { useD3Layer, type DrawLayer } from '../shared/useD3Layer';
import { drawTranslation } from './drawTranslation';
import { conceptRows, liveRows } from './translationRows';
import { TABLE_TEXT } from './translationText';
import '../shared/panels.css';

interface ConceptPick {
  locale: Locale;
  highlight: string | null;
}
interface LivePick extends ConceptPick {
  snapshot: Snapshot | null;
}

const selectConcept = (s: AppState): ConceptPick => ({ locale: s.ui.locale, highlight: s.ui.highlight });
const selectLive = (s: AppState): LivePick => ({ snapshot: s.mirror.snapshot, locale: s.ui.locale, highlight: s.ui.highlight });

const drawConcepts: DrawLayer<HTMLTableSectionElement, ConceptPick> = (body, { locale, highlight }, timing) => {
  drawTranslation(body, { rows: conceptRows(locale), locale }, timing);
  applyHighlight(body, highlight);
};
const drawLive: DrawLayer<HTMLTableSectionElement, LivePick> = (body, { snapshot, locale, highlight }, timing) => {
  drawTranslation(body, { rows: liveRows(snapshot, locale), locale }, timing);
  applyHighlight(body, highlight);
};

export function TranslationPanel() {
  const locale = useAppStore(selectLocale);
  const hasSnapshot = useAppStore(selectHasSnapshot);
  const conceptsRef = useD3Layer(selectConcept, drawConcepts, shallow);
  const liveRef = useD3Layer(selectLive, drawLive, shallow);
  const headingId = useId();
  const t = TABLE_TEXT[locale];
  return (
    <div className="iso-panel iso-dict">
      <h2 id={headingId} className="panel-title iso-panel__heading">
        {t.heading}
      </h2>
      <table className="iso-dict__table" aria-labelledby={headingId}>
        <caption className="iso-dict__caption">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.ecs}</th>
            <th scope="col">{t.columns.k8s}</th>
            <th scope="col">{t.columns.note}</th>
          </tr>
        </thead>
        <tbody ref={conceptsRef} />
        <tbody>
          <tr className="iso-dict__section">
            <th scope="colgroup" colSpan={3}>
              {hasSnapshot ? t.liveHeading : `${t.liveHeading} — ${t.waiting}`}
            </th>
          </tr>
        </tbody>
        <tbody ref={liveRef} />
      </table>
    </div>
  );
}
