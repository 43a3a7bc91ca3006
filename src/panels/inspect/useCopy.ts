// A Copy button's state: 'copied' for a moment after a successful copy, 'manual' when the
// clipboard refused and the text was selected for Ctrl+C instead.

import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText, selectContents, type CopyState } from './copyText';

const SHOWN_MS = 2000;

export function useCopy(): [CopyState, (text: string, fallback: Element | null) => void] {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback((text: string, fallback: Element | null) => {
    void copyText(text).then((ok) => {
      clearTimeout(timer.current);
      if (!ok && fallback !== null) selectContents(fallback);
      setState(ok ? 'copied' : 'manual');
      timer.current = setTimeout(() => setState('idle'), ok ? SHOWN_MS : 3 * SHOWN_MS);
    });
  }, []);
  return [state, copy];
}
