// The one application store (zustand/vanilla + subscribeWithSelector). `mirror` is a read-only
// copy of what the simulation worker posted and is written only by store/bridge.ts; the other
// slices are UI state. Components read it through useAppStore(selector); D3 layers subscribe
// with appStore.subscribe(selector, listener) so a simulation frame does not re-render React.

import type { MessageKey } from '../app/i18n/en';
import type { TranslateParams } from '../app/i18n/translate';
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { ScenarioInput, Snapshot } from '../sim';
import type { TimedCommand } from '../worker/protocol';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** Speeds the transport offers, in simulated seconds per real second. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Notice {
  kind: 'error' | 'info';
  /** What to say, translated when shown, so switching language re-renders it; never rendered as HTML. */
  message: { key: MessageKey; params?: TranslateParams };
  /** Extra lines (for example each validation error). */
  details?: string[];
}

/** The Share action's feedback: 'copied' to the clipboard, or 'manual' when a text field must show the URL. */
export interface ShareStatus {
  state: 'idle' | 'copied' | 'manual';
  url: string;
}

/** The task or pod whose record the inspector shows: picked from a mark, an event or a list. */
export type Selection = { kind: 'task'; taskId: string } | { kind: 'pod'; name: string };

export interface AppState {
  mirror: {
    /** The latest frame from the worker; null until the first one arrives. */
    snapshot: Snapshot | null;
    /** Bumped on every frame, so subscribers can tell frames apart cheaply. */
    version: number;
  };
  playback: {
    playing: boolean;
    speed: Speed;
    /** Simulated seconds of the latest frame. */
    time: number;
    /** The furthest time simulated so far (the end of the seek bar). */
    horizon: number;
  };
  /** The scenario the learner is working with, as they wrote it (before defaults). */
  scenario: {
    input: ScenarioInput;
    /** The commands applied since load, with their times, as the worker logged them (for the URL). */
    timeline: TimedCommand[];
  };
  ui: {
    locale: Locale;
    /** Translation-table row being hovered or focused; panels highlight what it maps to. */
    highlight: string | null;
    helpOpen: boolean;
    notice: Notice | null;
    share: ShareStatus;
    /** The task or pod the inspector shows, or null. */
    selection: Selection | null;
  };
  lesson: {
    lessonId: string | null;
    stepIndex: number;
    /**
     * The learner's answers to the open lesson's questions: question id → choice id. Kept while
     * the learner moves between steps; a new lesson or an opened link starts without any.
     */
    answers?: Readonly<Record<string, string>>;
  };
}

export const appStore = createStore<AppState>()(
  subscribeWithSelector((): AppState => ({
    mirror: { snapshot: null, version: 0 },
    playback: { playing: false, speed: 4, time: 0, horizon: 0 },
    scenario: { input: {}, timeline: [] },
    ui: { locale: 'en', highlight: null, helpOpen: false, notice: null, share: { state: 'idle', url: '' }, selection: null },
    lesson: { lessonId: null, stepIndex: 0 },
  })),
);
