// A RUNNING task's future, worked out once when it reaches RUNNING: when each container exits, when
// its health check flips, when the service scheduler counts the task as healthy, and when ECS
// judges it unhealthy. taskRun.ts walks these moments on the event queue. Pure.

import { appBehaviour } from '../faults/appBehaviour';
import type { ContainerDefinition, LoadBalancer } from '../types';
import { faultOf, isEssential, OUT_OF_MEMORY } from './faultPaths';
import { containerCheckFlips, targetHealthFlips, type HealthFlips } from './healthChecks';
import { NO_HEALTH_CHECK_GRACE_SECONDS } from './taskLifecycle';

export interface ContainerRun {
  /** When the process exits on its own (Infinity: it does not). */
  exitAt: number;
  exitCode: number | null;
  exitReason?: string;
  /** Its container health check's flips, or null without a check. */
  check: HealthFlips | null;
}

export interface TaskRun {
  containers: ContainerRun[];
  /** The target group's view of the target container (null without a load balancer). */
  target: HealthFlips | null;
  /** When the service scheduler counts the task toward minimumHealthyPercent (reference/ecs.md §1.6). */
  countedAt: number;
  /** When ECS judges the task unhealthy, once healthCheckGracePeriodSeconds is over; and by which check. */
  unhealthyAt: number;
  unhealthyBy: 'container' | 'target' | null;
  /** When Fargate Spot reclaims the task (Infinity: not a Spot task). */
  interruptAt: number;
}

export interface TaskRunInput {
  taskId: string;
  startedAt: number;
  containers: readonly ContainerDefinition[];
  loadBalancer: LoadBalancer | null;
  healthCheckGracePeriodSeconds: number;
  /** Seconds after RUNNING when Spot capacity is reclaimed, or null. */
  interruptAfter: number | null;
  /**
   * The task was already running and counted healthy when the scenario began: every check whose
   * app answers has passed; a check whose app never answers starts failing from now.
   */
  settled?: boolean;
}

const later = (a: number, b: number) => Math.max(a, b);

/**
 * A flip to unhealthy is ignored until the grace period is over ("ignores unhealthy Elastic Load
 * Balancing, VPC Lattice, and container health checks after a task has first started", API-now
 * healthCheckGracePeriodSeconds; ecs.md §1.7); ECS acts then if the check is still failing (inferred).
 */
function judgedAt(flips: HealthFlips, graceEndsAt: number): number {
  const at = later(flips.unhealthyAt, graceEndsAt);
  return at < flips.healthyAt ? at : Infinity;
}

const atMillisecond = (t: number) => Math.round(t * 1000) / 1000;

/** When the app in `definition` first answers, or null if it never does. */
function readyAtOf(definition: ContainerDefinition, input: TaskRunInput): number | null {
  const readyAfter = appBehaviour(faultOf(definition), input.taskId).readyAfter;
  return readyAfter === null ? null : input.startedAt + readyAfter;
}

// Written as plain loops: this runs once per task that reaches RUNNING, 10,000 times in a big rollout.
export function planTaskRun(input: TaskRunInput): TaskRun {
  const { startedAt, loadBalancer: lb } = input;
  const settled = input.settled === true;
  const containers: ContainerRun[] = [];
  // §1.6: no load balancer and no essential container check → 40 s after RUNNING; an essential
  // check → when every essential check passes; a load balancer → when the target is healthy; both → both.
  let essentialChecks = 0;
  let checksPass = -Infinity;
  for (const definition of input.containers) {
    const app = appBehaviour(faultOf(definition), input.taskId);
    const readyAt = app.readyAfter === null ? null : startedAt + app.readyAfter;
    let check: HealthFlips | null = null;
    if (definition.healthCheck) {
      check = settled && readyAt !== null ? { healthyAt: startedAt, unhealthyAt: Infinity } : containerCheckFlips(definition.healthCheck, startedAt, readyAt);
      if (isEssential(definition)) {
        essentialChecks++;
        checksPass = later(checksPass, check.healthyAt);
      }
    }
    const run: ContainerRun = { exitAt: app.exitAfter === null ? Infinity : atMillisecond(startedAt + app.exitAfter), exitCode: app.exitCode, check };
    if (app.exitCode === 137) run.exitReason = OUT_OF_MEMORY;
    containers.push(run);
  }

  let target: HealthFlips | null = null;
  if (lb !== null) {
    const targetContainer = input.containers.find((c) => c.name === lb.containerName) ?? input.containers[0];
    const readyAt = readyAtOf(targetContainer, input);
    target = settled && readyAt !== null ? { healthyAt: startedAt, unhealthyAt: Infinity } : targetHealthFlips(lb, startedAt, readyAt);
  }
  const countedAt = settled
    ? startedAt
    : target !== null
      ? later(target.healthyAt, checksPass)
      : essentialChecks > 0
        ? checksPass
        : startedAt + NO_HEALTH_CHECK_GRACE_SECONDS;

  const graceEndsAt = startedAt + input.healthCheckGracePeriodSeconds;
  let byContainer = Infinity;
  for (let i = 0; i < containers.length; i++) {
    const check = containers[i].check;
    if (check !== null && isEssential(input.containers[i])) byContainer = Math.min(byContainer, judgedAt(check, graceEndsAt));
  }
  const byTarget = target === null ? Infinity : judgedAt(target, graceEndsAt);
  const unhealthyAt = Math.min(byContainer, byTarget);
  return {
    containers,
    target,
    countedAt,
    unhealthyAt,
    unhealthyBy: unhealthyAt === Infinity ? null : byContainer <= byTarget ? 'container' : 'target',
    interruptAt: input.interruptAfter === null ? Infinity : atMillisecond(startedAt + input.interruptAfter),
  };
}

/** The first moment of the plan after `after` (Infinity when nothing more happens). */
export function nextMoment(run: TaskRun, after: number): number {
  let next = Infinity;
  for (const c of run.containers) {
    if (c.exitAt > after && c.exitAt < next) next = c.exitAt;
    if (c.check !== null) {
      if (c.check.healthyAt > after && c.check.healthyAt < next) next = c.check.healthyAt;
      if (c.check.unhealthyAt > after && c.check.unhealthyAt < next) next = c.check.unhealthyAt;
    }
  }
  if (run.countedAt > after && run.countedAt < next) next = run.countedAt;
  if (run.unhealthyAt > after && run.unhealthyAt < next) next = run.unhealthyAt;
  if (run.interruptAt > after && run.interruptAt < next) next = run.interruptAt;
  return next;
}
