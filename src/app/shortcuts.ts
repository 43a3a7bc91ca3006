// The keyboard shortcuts: one table that both the key handler and the help dialog read.

import type { MessageKey } from './i18n/en';

export type ShortcutAction = 'togglePlay' | 'stepForward' | 'stepBack' | 'deploy' | 'faster' | 'slower' | 'language' | 'help' | 'share';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** What the help dialog prints for the key. */
  label: string;
  description: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'togglePlay', keys: [' '], label: 'Space', description: 'shortcut.togglePlay' },
  { action: 'stepForward', keys: ['ArrowRight'], label: '→', description: 'shortcut.stepForward' },
  { action: 'stepBack', keys: ['ArrowLeft'], label: '←', description: 'shortcut.stepBack' },
  { action: 'deploy', keys: ['d', 'D'], label: 'D', description: 'shortcut.deploy' },
  { action: 'faster', keys: ['+', '='], label: '+', description: 'shortcut.faster' },
  { action: 'slower', keys: ['-', '_'], label: '−', description: 'shortcut.slower' },
  { action: 'language', keys: ['l', 'L'], label: 'L', description: 'shortcut.language' },
  { action: 'help', keys: ['?'], label: '?', description: 'shortcut.help' },
  { action: 'share', keys: ['s', 'S'], label: 'S', description: 'shortcut.share' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True while an input method (Japanese IME) is composing: the key belongs to it. */
  isComposing: boolean;
}

/** The action a key press asks for; browser and system combinations (Ctrl+S, ⌘L …) are left alone. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(press.key))?.action ?? null;
}
