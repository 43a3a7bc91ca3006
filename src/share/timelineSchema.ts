// The shape a shared command timeline must have: `[time, command][]`, in time order, using only
// the commands the app itself sends. Whether a command makes sense (a task that exists, a
// revision that was registered) is left to the simulation when the link is replayed.

import * as v from 'valibot';
import { FAULT_NAMES } from '../sim';
import type { Command } from '../sim';
import type { TimedCommand } from '../worker/protocol';

/** Shared links stop at one simulated day, so a hostile link cannot make the worker run forever. */
export const MAX_SHARED_TIME = 86_400;
const MAX_COMMANDS = 200;

const name = v.pipe(v.string(), v.maxLength(255));
const time = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_SHARED_TIME));
const intOrPercent = v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.maxLength(16))]);

// Every field the app can send must be listed: v.object drops unknown keys, and a link that lost
// a revision's fault or health check would replay a different run.
const containerDefinition = v.object({
  name,
  image: v.pipe(v.string(), v.maxLength(1024)),
  essential: v.optional(v.boolean()),
  healthCheck: v.optional(
    v.object({
      command: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1024))), v.maxLength(16)),
      interval: v.optional(v.number()),
      timeout: v.optional(v.number()),
      retries: v.optional(v.number()),
      startPeriod: v.optional(v.number()),
    }),
  ),
  simulate: v.optional(v.object({ fault: v.picklist(FAULT_NAMES) })),
});

const circuitBreaker = v.object({
  enable: v.boolean(),
  rollback: v.boolean(),
  thresholdConfiguration: v.optional(v.object({ type: v.picklist(['COUNT', 'BOUNDED_PERCENT', 'UNBOUNDED_PERCENT']), value: v.number() })),
  resetOnHealthyTask: v.optional(v.boolean()),
});

// Where tasks run (UpdateService). The sim checks the values; the link only keeps their shape.
const capacityProviderStrategy = v.pipe(
  v.array(v.object({ capacityProvider: name, base: v.optional(v.number()), weight: v.optional(v.number()) })),
  v.maxLength(20),
);
const placementConstraints = v.pipe(
  v.array(
    v.variant('type', [
      v.object({ type: v.literal('distinctInstance') }),
      v.object({ type: v.literal('memberOf'), expression: v.pipe(v.string(), v.maxLength(2000)) }),
    ]),
  ),
  v.maxLength(10),
);
const placementStrategy = v.pipe(
  v.array(
    v.variant('type', [
      v.object({ type: v.literal('binpack'), field: v.picklist(['cpu', 'memory']) }),
      v.object({ type: v.literal('spread'), field: name }),
      v.object({ type: v.literal('random') }),
    ]),
  ),
  v.maxLength(4),
);

const command = v.variant('type', [
  v.object({
    type: v.literal('RegisterTaskDefinition'),
    family: name,
    containerDefinitions: v.pipe(v.array(containerDefinition), v.minLength(1), v.maxLength(10)),
    cpu: v.optional(v.pipe(v.string(), v.maxLength(16))),
    memory: v.optional(v.pipe(v.string(), v.maxLength(16))),
    executionRoleArn: v.optional(name),
    taskRoleArn: v.optional(name),
  }),
  v.object({
    type: v.literal('UpdateService'),
    taskDefinition: v.optional(name),
    desiredCount: v.optional(v.number()),
    deploymentConfiguration: v.optional(
      v.object({
        minimumHealthyPercent: v.optional(v.number()),
        maximumPercent: v.optional(v.number()),
        deploymentCircuitBreaker: v.optional(circuitBreaker),
      }),
    ),
    healthCheckGracePeriodSeconds: v.optional(v.number()),
    capacityProviderStrategy: v.optional(capacityProviderStrategy),
    placementConstraints: v.optional(placementConstraints),
    placementStrategy: v.optional(placementStrategy),
    forceNewDeployment: v.optional(v.boolean()),
    kubernetes: v.optional(
      v.object({
        maxSurge: v.optional(intOrPercent),
        maxUnavailable: v.optional(intOrPercent),
        minReadySeconds: v.optional(v.number()),
        progressDeadlineSeconds: v.optional(v.number()),
      }),
    ),
  }),
  v.object({ type: v.literal('StopTask'), task: name, reason: v.optional(name) }),
  v.object({ type: v.literal('RolloutUndo'), toRevision: v.optional(v.number()) }),
]);

/**
 * The top-level fields of each command that this schema would drop. A field added to `Command`
 * and not listed above makes this a compile error instead of a link that replays a different run.
 */
type Unlisted = {
  [K in Command['type']]: Exclude<keyof Extract<Command, { type: K }>, keyof Extract<v.InferOutput<typeof command>, { type: K }>>;
}[Command['type']];
export const EVERY_COMMAND_FIELD_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

const timeline = v.pipe(
  v.array(v.tuple([time, command])),
  v.maxLength(MAX_COMMANDS),
  v.check((entries) => entries.every((entry, i) => i === 0 || entries[i - 1][0] <= entry[0]), 'commands must be in time order'),
);

/** Compact form for the URL: `[time, command]` pairs. */
export function packTimeline(entries: TimedCommand[]): unknown[] {
  return entries.map((entry) => [entry.time, entry.command]);
}

export function unpackTimeline(input: unknown): { ok: true; timeline: TimedCommand[] } | { ok: false; errors: string[] } {
  const result = v.safeParse(timeline, input);
  if (!result.success) {
    return { ok: false, errors: result.issues.map((issue) => `${v.getDotPath(issue) ?? 'commands'}: ${issue.message}`) };
  }
  return { ok: true, timeline: result.output.map(([at, entry]) => ({ time: at, command: entry })) };
}
