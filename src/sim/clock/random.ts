// Seeded PRNG (mulberry32): every random draw in the simulation comes from here, so a
// scenario's seed fixes its whole timeline (DESIGN.md rule 2). State is one number, so a
// generator can be checkpointed and restored as plain data.

export interface RandomState {
  state: number;
}

/** Creates the state for a stream; `stream` separates ECS and Kubernetes draws. */
export function createRandomState(seed: number, stream = 0): RandomState {
  return { state: (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0 };
}

/** Next 32-bit unsigned integer; advances `random.state`. */
function nextUint32(random: RandomState): number {
  random.state = (random.state + 0x6d2b79f5) >>> 0;
  let t = random.state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Next float in [0, 1); advances `random.state`. */
export function nextRandom(random: RandomState): number {
  return nextUint32(random) / 4294967296;
}

/** A duration drawn uniformly from [min, max], rounded to 0.1 s so timelines stay readable. */
export function jitter(random: RandomState, min: number, max: number): number {
  return Math.round((min + (max - min) * nextRandom(random)) * 10) / 10;
}

/** Two hex digits for each byte value: a task id is built four bytes at a time, without toString. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Hex digits, as in ECS task ids (32 hex) or pod-template hashes. */
export function randomHex(random: RandomState, length: number): string {
  let out = '';
  while (out.length < length) {
    const word = nextUint32(random);
    out += BYTE_HEX[word >>> 24] + BYTE_HEX[(word >>> 16) & 0xff] + BYTE_HEX[(word >>> 8) & 0xff] + BYTE_HEX[word & 0xff];
  }
  return out.length === length ? out : out.slice(0, length);
}

/** Decimal digits, as in ECS deployment ids (`ecs-svc/` + 19 digits). */
export function randomDigits(random: RandomState, length: number): string {
  let out = String(1 + Math.floor(nextRandom(random) * 9));
  while (out.length < length) out += String(Math.floor(nextRandom(random) * 10));
  return out;
}
