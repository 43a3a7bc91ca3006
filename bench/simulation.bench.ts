// Simulation benchmark: one rolling deployment simulated to convergence on both sides, at
// 100 / 1,000 / 10,000 tasks. Prints wall-clock milliseconds (median of several runs) and the
// growth ratio between sizes. Run with `npm run bench`; figures go in docs/performance.md.
import { performance } from 'node:perf_hooks';
import { createSimulation, parseScenario } from '../src/sim/index';

function rollout(desiredCount: number): { ms: number; simulatedSeconds: number } {
  const parsed = parseScenario({ seed: 7, service: { desiredCount } });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
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
  return { ms: performance.now() - started, simulatedSeconds: Math.max(stats.deploymentCompletedAt, stats.k8sRolloutCompletedAt) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const sizes = [100, 1_000, 10_000];
const runs = { 100: 15, 1000: 7, 10000: 3 } as Record<number, number>;
rollout(200); // warm the JIT
const rows: { tasks: number; ms: number; simulated: number }[] = [];
for (const tasks of sizes) {
  const samples = Array.from({ length: runs[tasks] }, () => rollout(tasks));
  rows.push({ tasks, ms: median(samples.map((s) => s.ms)), simulated: samples[0].simulatedSeconds });
}
console.log('Rolling deployment to convergence on both sides (median wall-clock ms, Node', process.version + ')');
console.log('tasks per side | ms | simulated s | growth vs previous size');
for (const [i, row] of rows.entries()) {
  const growth = i === 0 ? '—' : `×${(row.ms / rows[i - 1].ms).toFixed(1)} for ×${row.tasks / rows[i - 1].tasks} tasks`;
  console.log(`${row.tasks} | ${row.ms.toFixed(1)} | ${row.simulated} | ${growth}`);
}
