// The shell: a composer only. It lays out the regions; every panel subscribes to its own slice.
// The rollout panel comes first: it is what a projected room should see without scrolling.
// The lesson pane, with the lessons' text in both languages, is a chunk of its own that loads
// while the first scenario starts; it is the largest part of the app that a first paint can do
// without (docs/performance.md).

import { lazy, Suspense } from 'react';
import { DecisionsPanel } from '../panels/decisions/DecisionsPanel';
import { EventLogPanel } from '../panels/events/EventLogPanel';
import { InspectPanel } from '../panels/inspect/InspectPanel';
import { RevisionsPanel } from '../panels/revisions/RevisionsPanel';
import { RolesPanel } from '../panels/roles/RolesPanel';
import { RolloutPanel } from '../panels/rollout/RolloutPanel';
import { RolloutStatusLines } from '../panels/status/RolloutStatusLines';
import { TranslationPanel } from '../panels/translation/TranslationPanel';
import { ControlsBar } from './controls/ControlsBar';
import { EcsServiceForm } from './controls/EcsServiceForm';
import { KubernetesForm } from './controls/KubernetesForm';
import { HelpDialog } from './HelpDialog';
import { NoticeBanner } from './NoticeBanner';
import { useDocumentLocale } from './useDocumentLocale';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useScrollTopOnStep } from './useScrollTopOnStep';
import { useUrlSync } from './useUrlSync';

const LessonPane = lazy(() => import('../lessons/LessonPane').then(({ LessonPane }) => ({ default: LessonPane })));

export function App() {
  useDocumentLocale();
  useUrlSync();
  useKeyboardShortcuts();
  const lessonRef = useScrollTopOnStep<HTMLElement>();
  return (
    <div className="app">
      <ControlsBar />
      <NoticeBanner />
      <main className="layout">
        <aside className="region-lesson" ref={lessonRef}>
          <Suspense fallback={null}>
            <LessonPane />
          </Suspense>
        </aside>
        <section data-panel="rollout" className="region-rollout">
          <RolloutPanel>
            <RolloutStatusLines />
          </RolloutPanel>
        </section>
        <InspectPanel />
        <div className="region-settings pair">
          <EcsServiceForm />
          <KubernetesForm />
        </div>
        <RolesPanel />
        <section data-panel="translation" className="region-translation">
          <TranslationPanel />
        </section>
        <EventLogPanel />
        <DecisionsPanel />
        <RevisionsPanel />
      </main>
      <HelpDialog />
    </div>
  );
}
