// Document-wide keyboard shortcuts (see shortcuts.ts). Keys typed into a field stay with the
// field, and Space on a focused button presses that button rather than toggling playback.

import { useEffect } from 'react';
import { appStore } from '../store/appStore';
import { slowDown, speedUp, stepBack, stepForward, toggleHelp, toggleLocale, togglePlay } from '../store/commands';
import { copyShareLink } from '../store/shareLink';
import { deployChosenRevision } from './controls/nextFault';
import { shortcutFor } from './shortcuts';
import type { ShortcutAction } from './shortcuts';

const RUN: Record<ShortcutAction, () => unknown> = {
  togglePlay,
  stepForward,
  stepBack,
  deploy: deployChosenRevision,
  faster: speedUp,
  slower: slowDown,
  language: toggleLocale,
  help: () => toggleHelp(),
  share: copyShareLink,
};

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

function pressesOnSpace(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (action === null || isEditable(event.target)) return;
      if (action === 'togglePlay' && (event.repeat || pressesOnSpace(event.target))) return;
      // While the help dialog is open only "?" (and the dialog's own Escape) act.
      if (appStore.getState().ui.helpOpen && action !== 'help') return;
      event.preventDefault();
      void RUN[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
