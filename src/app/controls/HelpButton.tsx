// Opens the keyboard shortcut help.

import { toggleHelp } from '../../store/commands';
import { useT } from '../i18n/useT';

export function HelpButton() {
  const t = useT();
  return (
    <button type="button" className="help-button" onClick={() => toggleHelp(true)} aria-haspopup="dialog" aria-keyshortcuts="?" title={t('help.button')}>
      <span aria-hidden="true">?</span>
      <span className="visually-hidden">{t('help.button')}</span>
    </button>
  );
}
