// The React hook over the one vanilla store. Pass a module-level selector (selectors.ts) so its
// identity is stable; a selector that builds a fresh object needs useShallow (zustand v5).

import { useStore } from 'zustand';
import { appStore } from './appStore';
import type { AppState } from './appStore';

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
