// What the simulation hands each side (ECS, Kubernetes) while it handles a timer or runs a
// reconcile pass. A side never reads a wall clock or Math.random: time and randomness come
// only through this context, which is what makes a scenario replay event for event.

import type { Decision } from '../types';
import type { RandomState } from './random';

/** A timer a side put on the queue; `kind` and `id` are the side's own. */
export interface Timer {
  side: 'ecs' | 'k8s';
  kind: string;
  id: string;
}

export interface SideContext {
  /** Simulated seconds since the scenario started. */
  readonly now: number;
  /** This side's own random stream. */
  readonly random: RandomState;
  /** Puts a timer for this side on the queue, `delaySeconds` from now. */
  after(delaySeconds: number, kind: string, id: string): void;
  /** Asks for a reconcile pass of this side at the next pass boundary. */
  requestSync(): void;
  /** Keeps a reconciler decision for the "reconcile loop" panel. */
  record(decision: Decision): void;
}
