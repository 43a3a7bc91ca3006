// The shell: a composer only. It lays out the regions; every panel subscribes to its own slice.
// The rollout panel comes first: it is what a projected room should see without scrolling, unless
// the scenario is about where tasks run, when the cluster section (ENIs, placement) comes first.
// The lesson pane, with the lessons' text in both languages, is a chunk of its own that loads
// while the first scenario starts; so are the inspector, the settings forms and the roles
// diagram, which sit below the rollout, and the notice banner with its message localisation,
// which shows only after something went wrong: the first paint can do without them
// (docs/performance.md). So is the cluster section (network, placement, who runs it): it shows in
// one of its two slots: above the rollout when the scenario is about where tasks run, after the
// settings forms otherwise, so that a picked task's record still opens just below the rollout
// and the settings stay next to the inspector that shows their effect.

import { lazy, Suspense } from 'react';
import { DecisionsPanel } from '../panels/decisions/DecisionsPanel';
import { EventLogPanel } from '../panels/events/EventLogPanel';
import { RevisionsPanel } from '../panels/revisions/RevisionsPanel';
import { RolloutPanel } from '../panels/rollout/RolloutPanel';
import { RolloutStatusLines } from '../panels/status/RolloutStatusLines';
import { TranslationPanel } from '../panels/translation/TranslationPanel';
import { ControlsBar } from './controls/ControlsBar';
import { HelpDialog } from './HelpDialog';
import { useDocumentLocale } from './useDocumentLocale';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useScrollTopOnStep } from './useScrollTopOnStep';
import { useUrlSync } from './useUrlSync';

const LessonPane = lazy(() => import('../lessons/LessonPane').then(({ LessonPane }) => ({ default: LessonPane })));
const InspectPanel = lazy(() => import('../panels/inspect/InspectPanel').then(({ InspectPanel }) => ({ default: InspectPanel })));
const NoticeBanner = lazy(() => import('./NoticeBanner').then(({ NoticeBanner }) => ({ default: NoticeBanner })));
const EcsServiceForm = lazy(() => import('./controls/EcsServiceForm').then(({ EcsServiceForm }) => ({ default: EcsServiceForm })));
const KubernetesForm = lazy(() => import('./controls/KubernetesForm').then(({ KubernetesForm }) => ({ default: KubernetesForm })));
const RolesPanel = lazy(() => import('../panels/roles/RolesPanel').then(({ RolesPanel }) => ({ default: RolesPanel })));
const ClusterSettings = lazy(() => import('./controls/ClusterSettings').then(({ ClusterSettings }) => ({ default: ClusterSettings })));
const ClusterSection = lazy(() => import('./ClusterSection').then(({ ClusterSection }) => ({ default: ClusterSection })));

export function App() {
  useDocumentLocale();
  useUrlSync();
  useKeyboardShortcuts();
  const lessonRef = useScrollTopOnStep<HTMLElement>();
  return (
    <div className="app">
      <ControlsBar />
      <Suspense fallback={null}>
        <NoticeBanner />
      </Suspense>
      <main className="layout">
        <aside className="region-lesson" ref={lessonRef}>
          <Suspense fallback={null}>
            <LessonPane />
          </Suspense>
        </aside>
        <Suspense fallback={null}>
          <ClusterSection slot="first" />
        </Suspense>
        <section data-panel="rollout" className="region-rollout">
          <RolloutPanel>
            <RolloutStatusLines />
          </RolloutPanel>
        </section>
        <Suspense fallback={null}>
          <InspectPanel />
        </Suspense>
        <div className="region-settings pair">
          <Suspense fallback={null}>
            <EcsServiceForm />
            <KubernetesForm />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <ClusterSettings />
        </Suspense>
        <Suspense fallback={null}>
          <ClusterSection slot="later" />
        </Suspense>
        <Suspense fallback={null}>
          <RolesPanel />
        </Suspense>
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
