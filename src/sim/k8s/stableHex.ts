// Ids that look random but come from a name: FNV-1a hashes of the seed, one 8-digit word per salt.
// The twin draws none of its ids from the random stream, so adding one never shifts a timeline.

/**
 * `length` hex digits derived from `seed` alone.
 * @example stableHex('web-7d4b9c8f5-x2x4k', 17) // → 17 hex digits, the same every run
 */
export function stableHex(seed: string, length: number): string {
  let hex = '';
  for (let salt = 0; hex.length < length; salt++) {
    let hash = 0x811c9dc5 ^ salt;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  return hex.slice(0, length);
}

/** 32 bits mixed (murmur3's finalizer), printed as 8 hex digits. */
function mixHex(x: number): string {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0).toString(16).padStart(8, '0');
}

/**
 * 17 hex digits from a number alone: the cheap form for ids made once per pod.
 * @example hexOfNumber(42) // → 17 hex digits, the same every run, different for 43
 */
export function hexOfNumber(n: number): string {
  return (mixHex(n ^ 0x5bd1e995) + mixHex(n ^ 0x9e3779b9) + mixHex(n + 0x7f4a7c15)).slice(0, 17);
}
