// Simulation benchmark: one rolling deployment simulated to convergence on both sides, at
// 100 / 1,000 / 10,000 tasks per side. Run with `npm run bench`; figures go in
// docs/performance.md.
//
// How it keeps the numbers honest:
// - sizes are measured in interleaved rounds (100, 1,000, 10,000, 100, …), so a burst of load
//   from another process lands on every size, not on one;
// - it prints wall-clock and CPU time (process.cpuUsage: this process, all its threads), with the
//   spread of wall time, and the machine's load average before and after;
// - growth is given as the ratio of medians and as the exponent k in time ∝ tasksᵏ (k = 1 is
//   linear). The 100-task run is mostly fixed cost (machines, first revision, JIT), so its
//   ratio to 1,000 says little about scaling; 1,000 → 10,000 is the one to read.

import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSimulation, parseScenario } from '../src/sim/index';

const SIZES = [100, 1_000, 10_000];
const ROUNDS = Number(process.env.SIM_ROUNDS ?? 7);
const TARGET_MS: Record<number, number> = { 1_000: 100, 10_000: 1_500 };

interface Sample {
  wall: number;
  cpu: number;
  simulated: number;
}

function rollout(desiredCount: number): Sample {
  const parsed = parseScenario({ seed: 7, service: { desiredCount } });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const sim = createSimulation(parsed.scenario);
  sim.dispatch({ type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2' }] });
  sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:2' });
  let stats = sim.snapshot().stats;
  while (stats.deploymentCompletedAt === null || stats.k8sRolloutCompletedAt === null) {
    sim.advance(60);
    if (sim.now > 7200) throw new Error(`no convergence for ${desiredCount} tasks`);
    stats = sim.snapshot().stats;
  }
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, simulated: Math.max(stats.deploymentCompletedAt, stats.k8sRolloutCompletedAt) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const growth = (ms: number, previousMs: number, tasks: number, previousTasks: number) =>
  `×${(ms / previousMs).toFixed(1)} (k = ${(Math.log(ms / previousMs) / Math.log(tasks / previousTasks)).toFixed(2)})`;

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();

// Warm the JIT on both small and large worlds before anything is timed.
for (const tasks of [100, 1_000, 100, 1_000, 1_000]) rollout(tasks);

const samples = new Map<number, Sample[]>(SIZES.map((tasks) => [tasks, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const tasks of SIZES) samples.get(tasks)?.push(rollout(tasks));
}

console.log(`Rolling deployment to convergence on both sides: median of ${ROUNDS} interleaved rounds`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; load average (1, 5, 15 min) before ${loadBefore}, after ${load()}`);
console.log('tasks per side | wall ms (min–max) | CPU ms | µs per task (wall) | simulated s | wall growth vs previous size | CPU growth | target');
const rows = SIZES.map((tasks) => {
  const list = samples.get(tasks) ?? [];
  const walls = list.map((s) => s.wall);
  return { tasks, wall: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: median(list.map((s) => s.cpu)), simulated: list[0].simulated };
});
for (const [i, row] of rows.entries()) {
  const previous = rows[i - 1];
  const target = TARGET_MS[row.tasks];
  console.log(
    [
      row.tasks,
      `${row.wall.toFixed(1)} (${row.min.toFixed(1)}–${row.max.toFixed(1)})`,
      row.cpu.toFixed(1),
      ((1000 * row.wall) / row.tasks).toFixed(1),
      row.simulated,
      previous ? growth(row.wall, previous.wall, row.tasks, previous.tasks) : '—',
      previous ? growth(row.cpu, previous.cpu, row.tasks, previous.tasks) : '—',
      target === undefined ? '—' : `< ${target} ms: ${row.wall < target ? 'met' : 'MISSED'}`,
    ].join(' | '),
  );
}
