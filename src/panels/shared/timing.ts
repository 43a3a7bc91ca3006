// How long a panel's transitions last. Motion follows the simulation speed (DESIGN.md "Panels"):
// the faster simulated time runs, the shorter each transition, and none at all when the user
// asks for reduced motion or when a transition would be shorter than a couple of frames.

/** What a draw function needs to animate one frame. */
export interface Timing {
  /** Milliseconds; 0 means "set the final state now". */
  duration: number;
  /** False when the user prefers reduced motion: no movement and no flashing at all. */
  motion: boolean;
}

/** The one named transition per frame, so the next frame interrupts the previous cleanly. */
export const FRAME_TRANSITION = 'frame';
/** A short highlight on a value that just changed (translation table cells). */
export const FLASH_TRANSITION = 'flash';

const MAX_MS = 300;
/** Below this a transition is invisible at 60 Hz and only costs work. */
const MIN_MS = 40;

export const NO_MOTION: Timing = { duration: 0, motion: false };

/**
 * Transition length for a playback speed given in simulated seconds per real second: 80% of the
 * real time one simulated second takes, capped at 300 ms (style-anchors §4.8).
 * @example timingForSpeed(4, false) // → { duration: 200, motion: true }
 */
export function timingForSpeed(speed: number, reducedMotion: boolean): Timing {
  if (reducedMotion) return NO_MOTION;
  const ms = Math.min(MAX_MS, (0.8 * 1000) / speed);
  return { duration: ms < MIN_MS ? 0 : Math.round(ms), motion: true };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
