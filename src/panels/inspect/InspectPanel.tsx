// "Where did it die?": the two debugging paths side by side, ECS and Kubernetes, each from the
// service or Deployment down to one task or pod and its logs. A task or pod picked anywhere
// (a rollout mark, an event, a list) is the store's ui.selection; when it was picked outside the
// panel, the panel scrolls to the record and moves focus to it, so the keyboard follows.

import { useEffect, useRef } from 'react';
import { useT } from '../../app/i18n/useT';
import type { AppState } from '../../store/appStore';
import { selectSelection } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { EcsInspector } from './EcsInspector';
import { K8sInspector } from './K8sInspector';
import './inspect.css';

const DESCRIBE_HL = 'events-describe';
const selectDescribeLit = (s: AppState) => s.ui.highlight === DESCRIBE_HL;

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Below the record's glance, the step buttons should come into view with it. */
const STEPS_SHOWN = 90;

/**
 * Scrolls the page as little as brings the column's head, the record at a glance and the step
 * buttons into view below the sticky controls bar, so as much as possible of what is above it
 * (the rollout panel) stays on screen.
 */
function revealBelowHeader(column: HTMLElement): void {
  const margin = 8;
  const header = document.querySelector('.region-controls')?.getBoundingClientRect().bottom ?? 0;
  const box = column.getBoundingClientRect();
  const record = column.querySelector('.record') ?? column.querySelector('.cli-head');
  const wanted = { top: box.top, bottom: Math.min(box.bottom, record === null ? box.bottom : record.getBoundingClientRect().bottom + STEPS_SHOWN) };
  const top = header + margin;
  const bottom = window.innerHeight - margin;
  if (wanted.top >= top && wanted.bottom <= bottom) return;
  // Lift the wanted part's bottom into view, but never its top above the bar.
  const delta = wanted.top < top ? wanted.top - top : Math.min(wanted.bottom - bottom, wanted.top - top);
  window.scrollBy({ top: delta, behavior: reducedMotion() ? 'auto' : 'smooth' });
}

export function InspectPanel() {
  const t = useT();
  const selection = useAppStore(selectSelection);
  // The translation row "service events / stoppedReason ↔ kubectl describe / events" is this panel.
  const lit = useAppStore(selectDescribeLit);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const root = panel.current;
    if (selection === null || root === null || root.contains(document.activeElement)) return;
    const column = root.querySelector<HTMLElement>(`[data-inspector="${selection.kind === 'task' ? 'ecs' : 'k8s'}"]`);
    if (column === null) return;
    revealBelowHeader(column);
    // The record itself (its CLI output) takes the focus; the column when there is none yet.
    (column.querySelector<HTMLElement>('.cli-output') ?? column.querySelector<HTMLElement>('.inspector-body'))?.focus({ preventScroll: true });
  }, [selection]);

  return (
    <section ref={panel} data-panel="inspect" className={lit ? 'panel region-inspect iso-hl' : 'panel region-inspect'} data-hl={DESCRIBE_HL} aria-labelledby="inspect-title">
      <h2 id="inspect-title" className="panel-title">
        {t('inspect.title')}
      </h2>
      <p className="panel-intro">{t('inspect.intro')}</p>
      <div className="pair">
        <EcsInspector />
        <K8sInspector />
      </div>
    </section>
  );
}
