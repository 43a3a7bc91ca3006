// The "?" help: the keyboard shortcuts, in a modal <dialog> (inert background, Escape closes,
// focus returns to where it was) with Tab kept inside.

import { useEffect, useRef } from 'react';
import { toggleHelp } from '../store/commands';
import { selectHelpOpen } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { useT } from './i18n/useT';
import { SHORTCUTS } from './shortcuts';
import { trapFocus } from './trapFocus';

export function HelpDialog() {
  const t = useT();
  const open = useAppStore(selectHelpOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="help"
      aria-labelledby="help-title"
      onClose={() => toggleHelp(false)}
      onKeyDown={(event) => {
        if (dialog.current !== null) trapFocus(event, dialog.current);
      }}
    >
      <h2 id="help-title">{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <th scope="row">
                <kbd>{shortcut.label === 'Space' ? t('key.space') : shortcut.label}</kbd>
              </th>
              <td>{t(shortcut.description)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd>
            </th>
            <td>{t('help.marks')}</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>Enter</kbd>
            </th>
            <td>{t('help.openRecord')}</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>Esc</kbd>
            </th>
            <td>{t('help.close')}</td>
          </tr>
        </tbody>
      </table>
      <button type="button" className="button-primary" onClick={() => toggleHelp(false)} autoFocus>
        {t('help.close')}
      </button>
    </dialog>
  );
}
