// Keeps shared URLs short: a scenario input is stored as its difference from the default
// input. `null` marks a key the default has and the input leaves out, so applying the diff
// reproduces the input exactly. Applying treats the diff as untrusted JSON.

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

// JSON.parse makes "__proto__" an own key; copying it onto a plain object would set the prototype.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What `value` changes relative to `base`; `{}` when they are equal. Keys are sorted, so equal inputs give equal URLs. */
export function diffInput(base: JsonObject, value: JsonObject): JsonObject {
  const diff: JsonObject = {};
  for (const key of Object.keys(value)) {
    const next = value[key];
    if (next === undefined) continue;
    const previous = base[key];
    if (isJsonObject(previous) && isJsonObject(next)) {
      const nested = diffInput(previous, next);
      if (Object.keys(nested).length > 0) diff[key] = nested;
    } else if (!sameJson(previous, next)) {
      diff[key] = next;
    }
  }
  for (const key of Object.keys(base)) {
    if (value[key] === undefined) diff[key] = null;
  }
  return Object.fromEntries(Object.entries(diff).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `base` with `diff` applied: objects merge key by key, `null` removes, anything else replaces. */
export function applyInputDiff(base: JsonObject, diff: JsonObject): JsonObject {
  const result: JsonObject = { ...base };
  for (const [key, change] of Object.entries(diff)) {
    if (UNSAFE_KEYS.has(key)) continue;
    if (change === null) {
      delete result[key];
      continue;
    }
    const previous = result[key];
    result[key] = isJsonObject(previous) && isJsonObject(change) ? applyInputDiff(previous, change) : change;
  }
  return result;
}
