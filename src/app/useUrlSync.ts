// Keeps the address bar on the current screen (scenario, commands, lesson step, language, time)
// with history.replaceState, so a reload or a copied address reproduces it. Writes are
// throttled: at most every 2 s while playing, promptly after a pause, seek or settings change.

import { useEffect } from 'react';
import { shallow } from 'zustand/shallow';
import { appStore } from '../store/appStore';
import type { AppState } from '../store/appStore';
import { currentShareUrl } from '../store/shareLink';

const PLAYING_INTERVAL_MS = 2000;
const PAUSED_INTERVAL_MS = 250;

const selectUrlInputs = (s: AppState) => [
  s.mirror.snapshot !== null,
  s.scenario.input,
  s.scenario.timeline,
  s.lesson.lessonId,
  s.lesson.stepIndex,
  s.ui.locale,
  s.playback.time,
  s.playback.playing,
];

export function useUrlSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timerDue = Infinity;
    let lastWrite = -Infinity;
    let stopped = false;

    const write = () => {
      timer = undefined;
      timerDue = Infinity;
      // Until the first frame the store holds no scenario: keep the address the page was opened with.
      if (appStore.getState().mirror.snapshot === null) return;
      lastWrite = performance.now();
      void currentShareUrl().then((url) => {
        if (!stopped && url !== window.location.href) window.history.replaceState(window.history.state, '', url);
      });
    };

    const schedule = () => {
      const interval = appStore.getState().playback.playing ? PLAYING_INTERVAL_MS : PAUSED_INTERVAL_MS;
      const due = Math.max(performance.now(), lastWrite + interval);
      if (timer !== undefined && timerDue <= due) return;
      clearTimeout(timer);
      timerDue = due;
      timer = setTimeout(write, due - performance.now());
    };

    const unsubscribe = appStore.subscribe(selectUrlInputs, schedule, { equalityFn: shallow });
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
