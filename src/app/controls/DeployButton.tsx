// "Deploy new revision": registers the next task definition revision and updates the service.

import { deployNewRevision } from '../../store/commands';
import { nextRevisionCommands } from '../../store/nextRevision';
import { selectSnapshot } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';

export function DeployButton() {
  const t = useT();
  const snapshot = useAppStore(selectSnapshot);
  const next = snapshot === null ? null : (nextRevisionCommands(snapshot)[1].taskDefinition ?? null);
  return (
    <button type="button" className="deploy" onClick={() => void deployNewRevision()} disabled={next === null} aria-keyshortcuts="D">
      {t('deploy.button')}
      {next !== null && <span className="deploy-next">{t('deploy.next', { next })}</span>}
    </button>
  );
}
