// The shell: a composer only. It lays out the regions; every panel subscribes to its own slice.
// The rollout panel comes first: it is what a projected room should see without scrolling.

import { LessonPane } from '../lessons/LessonPane';
import { DecisionsPanel } from '../panels/decisions/DecisionsPanel';
import { EventLogPanel } from '../panels/events/EventLogPanel';
import { RevisionsPanel } from '../panels/revisions/RevisionsPanel';
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
          <LessonPane />
        </aside>
        <section data-panel="rollout" className="region-rollout">
          <RolloutPanel />
          <RolloutStatusLines />
        </section>
        <div className="region-settings pair">
          <EcsServiceForm />
          <KubernetesForm />
        </div>
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
