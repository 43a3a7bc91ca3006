// "Deploy new revision": registers the next task definition revision, with the fault chosen
// beside it, and updates the service.

import type { AppState } from '../../store/appStore';
import { nextRevisionCommands } from '../../store/nextRevision';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { FaultSelect } from './FaultSelect';
import { deployChosenRevision } from './nextFault';

// A string, so the button re-renders when the next revision changes, not on every frame.
const selectNextRevision = (s: AppState) => (s.mirror.snapshot === null ? null : (nextRevisionCommands(s.mirror.snapshot)[1].taskDefinition ?? null));

export function DeployButton() {
  const t = useT();
  const next = useAppStore(selectNextRevision);
  return (
    <div className="deploy-group">
      <button type="button" className="deploy" onClick={() => void deployChosenRevision()} disabled={next === null} aria-keyshortcuts="D">
        {t('deploy.button')}
        {next !== null && <span className="deploy-next">{t('deploy.next', { next })}</span>}
      </button>
      <FaultSelect disabled={next === null} />
    </div>
  );
}
