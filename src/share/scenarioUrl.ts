// The share-link codec. A link keeps the screen in the URL hash (never sent to a server):
//   #v=1&s=<scenario diff>&c=<command timeline>&lesson=<id>&step=<n>&lang=<en|ja>&t=<seconds>
// `s` and `c` are lz-string compressed JSON; `s` holds only what differs from the lesson's
// scenario (or the default scenario outside a lesson). Decoding treats the whole hash as
// untrusted: every field is validated, nothing is evaluated, and reasons are plain text for the
// caller to show as text. The app loads this module
// as a chunk of its own, when it first decodes or writes a link (linkParams.ts loadShareCodec).

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { DEFAULT_SCENARIO_INPUT, parseScenario } from '../sim';
import type { ScenarioInput } from '../sim';
import { getLesson } from '../lessons/registry';
import { isLocale } from '../store/appStore';
import type { Locale } from '../store/appStore';
import type { TimedCommand } from '../worker/protocol';
import { applyInputDiff, diffInput, isJsonObject } from './inputDiff';
import type { JsonObject } from './inputDiff';
import { quote, readLink, type Field } from './linkParams';
import { MAX_SHARED_TIME, packTimeline, unpackTimeline } from './timelineSchema';

export const SHARE_VERSION = '1';
const MAX_PARAM_LENGTH = 8_000;
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const STEP = /^\d{1,3}$/;
const SECONDS = /^\d{1,6}(\.\d{1,3})?$/;

export interface SharedState {
  input: ScenarioInput;
  timeline: TimedCommand[];
  lesson: { id: string; step: number } | null;
  /** null when the link does not say; the app then follows the browser. */
  locale: Locale | null;
  time: number;
}

/** `bare` is true for a URL that carries no share parameters at all (a first visit). */
export type DecodeResult = { ok: true; state: SharedState; bare: boolean } | { ok: false; reason: string };

const defaultInput = () => structuredClone(DEFAULT_SCENARIO_INPUT) as unknown as JsonObject;
/** What `s` is a difference from: the lesson's own scenario, so a lesson link without `s` opens it. */
const baseInput = (lessonId: string | null) => structuredClone(getLesson(lessonId)?.scenario ?? DEFAULT_SCENARIO_INPUT) as unknown as JsonObject;

export function encodeShareUrl(state: SharedState, base: string): string {
  const params: string[] = [`v=${SHARE_VERSION}`];
  const diff = diffInput(baseInput(state.lesson?.id ?? null), state.input as unknown as JsonObject);
  if (Object.keys(diff).length > 0) params.push(`s=${compressToEncodedURIComponent(JSON.stringify(diff))}`);
  if (state.timeline.length > 0) params.push(`c=${compressToEncodedURIComponent(JSON.stringify(packTimeline(state.timeline)))}`);
  if (state.lesson !== null) params.push(`lesson=${encodeURIComponent(state.lesson.id)}`, `step=${state.lesson.step}`);
  if (state.locale !== null) params.push(`lang=${state.locale}`);
  // Rounded down to the millisecond, the resolution of the simulation's clock, so reopening the
  // link lands on the same state and the same displayed time.
  params.push(`t=${Math.floor(Math.min(state.time, MAX_SHARED_TIME) * 1000) / 1000}`);
  const url = new URL(base);
  url.hash = params.join('&');
  return url.href;
}

function decompressJson(raw: string, field: string): Field<unknown> {
  if (raw.length > MAX_PARAM_LENGTH) return { ok: false, reason: `${field} is too long` };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(raw);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, reason: `${field} is not valid compressed data` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: `${field} is not valid JSON` };
  }
}

function decodeInput(raw: string | undefined, lessonId: string | null): Field<ScenarioInput> {
  if (raw === undefined) return { ok: true, value: baseInput(lessonId) as ScenarioInput };
  const json = decompressJson(raw, 'the scenario (s)');
  if (!json.ok) return json;
  if (!isJsonObject(json.value)) return { ok: false, reason: 'the scenario (s) is not an object' };
  const input = applyInputDiff(baseInput(lessonId), json.value);
  const parsed = parseScenario(input);
  if (!parsed.ok) return { ok: false, reason: `the scenario is not valid: ${parsed.errors.join('; ')}` };
  return { ok: true, value: input as ScenarioInput };
}

function decodeTimeline(raw: string | undefined): Field<TimedCommand[]> {
  if (raw === undefined) return { ok: true, value: [] };
  const json = decompressJson(raw, 'the commands (c)');
  if (!json.ok) return json;
  const unpacked = unpackTimeline(json.value);
  if (!unpacked.ok) return { ok: false, reason: `the commands are not valid: ${unpacked.errors.join('; ')}` };
  return { ok: true, value: unpacked.timeline };
}

function decodeLesson(id: string | undefined, step: string | undefined): Field<SharedState['lesson']> {
  if (id === undefined) return step === undefined ? { ok: true, value: null } : { ok: false, reason: 'step is given without a lesson' };
  const lesson = LESSON_ID.test(id) ? getLesson(id) : undefined;
  if (!lesson) return { ok: false, reason: `unknown lesson ${quote(id)}` };
  if (step !== undefined && (!STEP.test(step) || Number(step) >= lesson.steps.length)) {
    return { ok: false, reason: `step ${quote(step)} is not a step of lesson ${quote(id)}` };
  }
  return { ok: true, value: { id, step: step === undefined ? 0 : Number(step) } };
}

function decodeLocale(lang: string | undefined): Field<Locale | null> {
  if (lang === undefined) return { ok: true, value: null };
  return isLocale(lang) ? { ok: true, value: lang } : { ok: false, reason: `unknown language ${quote(lang)}` };
}

function decodeTime(t: string | undefined): Field<number> {
  if (t === undefined) return { ok: true, value: 0 };
  if (!SECONDS.test(t) || Number(t) > MAX_SHARED_TIME) {
    return { ok: false, reason: `t=${quote(t)} is not a time between 0 and ${MAX_SHARED_TIME} seconds` };
  }
  return { ok: true, value: Number(t) };
}

/** Reads the state a link carries. A URL without share parameters gives the default screen. */
export function decodeShareUrl(url: string): DecodeResult {
  const link = readLink(url);
  if (!link.ok) return link;
  const { params } = link;
  const empty: SharedState = { input: defaultInput() as ScenarioInput, timeline: [], lesson: null, locale: null, time: 0 };
  if (link.bare) return { ok: true, state: empty, bare: true };

  const version = params.get('v');
  if (version === undefined) return { ok: false, reason: 'the link has no version (v)' };
  if (version !== SHARE_VERSION) return { ok: false, reason: `link version ${quote(version)} is not supported` };

  const lesson = decodeLesson(params.get('lesson'), params.get('step'));
  if (!lesson.ok) return lesson;
  const input = decodeInput(params.get('s'), lesson.value?.id ?? null);
  if (!input.ok) return input;
  const timeline = decodeTimeline(params.get('c'));
  if (!timeline.ok) return timeline;
  const locale = decodeLocale(params.get('lang'));
  if (!locale.ok) return locale;
  const time = decodeTime(params.get('t'));
  if (!time.ok) return time;
  return {
    ok: true,
    state: { input: input.value, timeline: timeline.value, lesson: lesson.value, locale: locale.value, time: time.value },
    bare: false,
  };
}
