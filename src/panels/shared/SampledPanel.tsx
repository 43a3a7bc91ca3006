// The frame of a panel that needs the whole snapshot but not every frame of it: it reads the
// store twice a second, and not at all while off screen (docs/performance.md), and hands the
// snapshot, the language and the highlighted dictionary row to the view that draws it.

import { useState, type ComponentType } from 'react';
import type { Snapshot } from '../../sim';
import type { AppState, Locale } from '../../store/appStore';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useSampledStore } from '../../store/useSampledStore';
import { useOnScreen } from './useOnScreen';

export interface SampledViewProps {
  snapshot: Snapshot | null;
  locale: Locale;
  highlight: string | null;
}

const selectSnapshot = (s: AppState) => s.mirror.snapshot;
const selectHighlight = (s: AppState) => s.ui.highlight;

/** `body` names the panel for tests and styles (`data-panel-body`). */
export function SampledPanel({ className, body, View }: { className: string; body: string; View: ComponentType<SampledViewProps> }) {
  const locale = useAppStore(selectLocale);
  const highlight = useAppStore(selectHighlight);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const onScreen = useOnScreen(root);
  const snapshot = useSampledStore(selectSnapshot, onScreen);
  return (
    <div ref={setRoot} className={className} data-panel-body={body}>
      <View snapshot={snapshot} locale={locale} highlight={highlight} />
    </div>
  );
}
