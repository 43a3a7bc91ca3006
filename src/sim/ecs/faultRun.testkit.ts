// Test helpers: a whole simulation driven through its public commands, with each task's
// lastStatus path recorded as a learner would see it by watching describe-tasks.

import { parseScenario } from '../scenario/parseScenario';
import { createSimulation, type Simulation } from '../simulation';
import type { ContainerDefinitionInput, Snapshot, TaskLastStatus, TaskView } from '../types';

export function simulate(input: unknown): Simulation {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createSimulation(parsed.scenario);
}

export const WEB_V2 = 'public.ecr.aws/isomorph/web:v2';
export const DEFAULT_CHECK = { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'] };

/** Registers web:N+1 with `containers` and points the service at it. */
export function deploy(sim: Simulation, containers: ContainerDefinitionInput[], revision = 2): void {
  const registered = sim.dispatch({ type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: containers });
  if (!registered.ok) throw new Error(registered.error);
  const updated = sim.dispatch({ type: 'UpdateService', taskDefinition: `web:${revision}` });
  if (!updated.ok) throw new Error(updated.error);
}

export interface TaskTrace {
  path: TaskLastStatus[];
  /** The task's view when it was last seen. */
  last: TaskView;
  /** When it was first seen counted healthy, if ever. */
  countedAt?: number;
  /** When its task healthStatus was first seen UNHEALTHY, if ever. */
  unhealthyAt?: number;
}

/** Runs `seconds` in steps of `dt`, recording every task's path; `each` sees every snapshot. */
export function watch(sim: Simulation, seconds: number, dt = 0.25, each?: (s: Snapshot) => void): Map<string, TaskTrace> {
  const traces = new Map<string, TaskTrace>();
  const end = sim.now + seconds;
  while (sim.now < end - 1e-9) {
    sim.advance(dt);
    const s = sim.snapshot();
    each?.(s);
    for (const task of s.ecs.tasks) {
      let trace = traces.get(task.taskId);
      if (!trace) traces.set(task.taskId, (trace = { path: [], last: task }));
      if (trace.path.at(-1) !== task.lastStatus) trace.path.push(task.lastStatus);
      trace.last = task;
      if (task.countsAsHealthy) trace.countedAt ??= s.time;
      if (task.healthStatus === 'UNHEALTHY') trace.unhealthyAt ??= s.time;
    }
  }
  return traces;
}

/** Traces of tasks of revision web:N, oldest first. */
export const ofRevision = (traces: Map<string, TaskTrace>, revision: number) =>
  [...traces.values()].filter((t) => t.last.taskDefinitionArn.endsWith(`:${revision}`)).sort((a, b) => a.last.createdAt - b.last.createdAt);

/** Service event messages, oldest first. */
export const messages = (s: Snapshot) => s.ecs.service.events.map((e) => e.message).reverse();

export const LAUNCH_PATH: TaskLastStatus[] = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING'];
export const STOP_PATH: TaskLastStatus[] = ['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED'];
