// Test and benchmark support: runs the Kubernetes side on its own over the discrete-event queue,
// with the same timing rules as simulation.ts (timers at millisecond resolution, at most one
// reconcile pass per simulated second, on the next whole second).

import { parseCluster } from '../scenario/parseCluster';
import { circuitBreakerOf } from '../scenario/parseScenario';
import { DEFAULT_EXECUTION_ROLE_ARN, DEFAULT_PROGRESS_DEADLINE_SECONDS, DEFAULT_TASK_ROLE_ARN } from '../scenario/defaults';
import { createEventQueue, peekTime, popEvent, pushEvent, type EventQueue } from '../clock/eventQueue';
import { createRandomState } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import type { Decision, IntOrPercent, Scenario } from '../types';
import { createK8sWorld, onK8sTimer, syncK8s, type K8sWorld } from './k8sSide';

type Entry = { kind: string; id: string };

export interface K8sRun {
  world: K8sWorld;
  ctx: SideContext;
  decisions: Decision[];
  readonly now: number;
  /** Runs one queued entry; false when the queue is empty. `kind` is 'sync' for a reconcile pass. */
  step(onEntry?: (kind: string) => void): boolean;
  /** Runs everything due up to `time`. */
  runUntil(time: number, onEntry?: (kind: string) => void): void;
  /** Runs until nothing is queued or `limit` seconds have passed; true when it went idle. */
  runToIdle(limit: number, onEntry?: (kind: string) => void): boolean;
}

/** Creates the Kubernetes side of `scenario` at t = 0 with its own queue and random stream. */
export function runK8sAlone(scenario: Scenario): K8sRun {
  const queue: EventQueue<Entry> = createEventQueue();
  const random = createRandomState(scenario.seed, 1);
  let now = 0;
  let syncPending = false;
  const decisions: Decision[] = [];
  const ctx: SideContext = {
    get now() {
      return now;
    },
    random,
    after: (delay, kind, id) => pushEvent(queue, Math.round((now + delay) * 1000) / 1000, { kind, id }),
    requestSync() {
      if (syncPending) return;
      syncPending = true;
      pushEvent(queue, Math.floor(now) + 1, { kind: 'sync', id: '' });
    },
    record: (decision) => decisions.push(decision),
  };
  const world = createK8sWorld(scenario, ctx);
  const run: K8sRun = {
    world,
    ctx,
    decisions,
    get now() {
      return now;
    },
    step(onEntry) {
      const entry = popEvent(queue);
      if (!entry) return false;
      now = entry.at;
      if (entry.item.kind === 'sync') {
        syncPending = false;
        syncK8s(world, ctx);
      } else {
        onK8sTimer(world, entry.item.kind, entry.item.id, ctx);
      }
      onEntry?.(entry.item.kind);
      return true;
    },
    runUntil(time, onEntry) {
      while (peekTime(queue) <= time) run.step(onEntry);
      now = Math.max(now, time);
    },
    runToIdle(limit, onEntry) {
      while (peekTime(queue) <= limit) run.step(onEntry);
      return queue.heap.length === 0;
    },
  };
  return run;
}

/** A scenario for the Kubernetes side alone: Deployment `web`, image `nginx:1.27`. */
export function k8sScenario(options: {
  replicas: number;
  maxSurge?: IntOrPercent;
  maxUnavailable?: IntOrPercent;
  minReadySeconds?: number;
  seed?: number;
  start?: Scenario['start'];
}): Scenario {
  const fargate = parseCluster(undefined, undefined, false);
  if (!fargate.ok) throw new Error(fargate.errors.join('; '));
  return {
    seed: options.seed ?? 1,
    start: options.start ?? 'steady',
    service: {
      serviceName: 'web',
      desiredCount: options.replicas,
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200, deploymentCircuitBreaker: circuitBreakerOf(undefined) },
      loadBalancer: null,
      healthCheckGracePeriodSeconds: 0,
      ...fargate.service,
    },
    cluster: fargate.cluster,
    taskDefinition: {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:1.27' }],
      cpu: '256',
      memory: '512',
      executionRoleArn: DEFAULT_EXECUTION_ROLE_ARN,
      taskRoleArn: DEFAULT_TASK_ROLE_ARN,
    },
    kubernetes: {
      maxSurge: options.maxSurge ?? '25%',
      maxUnavailable: options.maxUnavailable ?? '25%',
      minReadySeconds: options.minReadySeconds ?? 0,
      progressDeadlineSeconds: DEFAULT_PROGRESS_DEADLINE_SECONDS,
    },
  };
}
