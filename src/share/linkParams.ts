// Reading a share link's parameters, before anything in it is decompressed or validated. It is
// kept apart from the codec (scenarioUrl.ts, which brings lz-string and valibot) so that start-up
// can tell a first visit from a shared link, and read its language, without loading the codec:
// the codec is its own chunk, loaded the first time a link is decoded or written.

export const KNOWN_KEYS = new Set(['v', 's', 'c', 'lesson', 'step', 'lang', 't']);

export type Field<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Quotes a value from the link for a message, shortened so a hostile link cannot flood the page. */
export const quote = (value: string) => JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);

function readParams(hash: string): Field<Map<string, string>> {
  const params = new Map<string, string>();
  for (const part of hash.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const key = equals === -1 ? part : part.slice(0, equals);
    let value: string;
    try {
      value = decodeURIComponent(equals === -1 ? '' : part.slice(equals + 1));
    } catch {
      return { ok: false, reason: `${quote(key)} is not correctly URL-encoded` };
    }
    if (params.has(key)) return { ok: false, reason: `${quote(key)} appears more than once` };
    params.set(key, value);
  }
  return { ok: true, value: params };
}

/** The parameters in `url`'s hash; `bare` when none of them is a share parameter (a first visit). */
export function readLink(url: string): { ok: true; params: Map<string, string>; bare: boolean } | { ok: false; reason: string } {
  let hash: string;
  try {
    hash = new URL(url).hash.slice(1);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  const read = readParams(hash);
  if (!read.ok) return read;
  return { ok: true, params: read.value, bare: ![...read.value.keys()].some((key) => KNOWN_KEYS.has(key)) };
}

/** The share-link codec, loaded on first use. */
export const loadShareCodec = () => import('./scenarioUrl');
