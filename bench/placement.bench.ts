// Placement benchmark: an EC2 service created with desiredCount 10,000 on 500 container
// instances, simulated until every task is RUNNING. Each launch runs ECS's whole placement
// pipeline over all 500 instances (resources, constraints, then the service default strategy,
// spread across zones, and binpack on memory), creates an ENI in its subnet, and the Kubernetes
// twin schedules the same pods onto 500 EKS nodes. Run with `npm run bench`; figures go in
// docs/performance.md.

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSimulation, parseScenario } from '../src/sim/index';

const TASKS = 10_000;
const INSTANCES = 500;
const ROUNDS = Number(process.env.PLACEMENT_ROUNDS ?? 3);

function placeAll(): { wall: number; cpu: number; running: number; instancesUsed: number } {
  const parsed = parseScenario({
    seed: 11,
    start: 'empty',
    service: {
      launchType: 'EC2',
      desiredCount: TASKS,
      placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }],
    },
    // m5.2xlarge: 8 vCPU (8,192 units), 32 GiB, 40 task ENIs with trunking: room for 20 tasks of 256 / 512 each and more.
    cluster: { awsvpcTrunking: true, containerInstances: Array.from({ length: INSTANCES }, () => ({ instanceType: 'm5.2xlarge' })) },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const sim = createSimulation(parsed.scenario);
  let last = sim.snapshot().stats.placements.at(-1);
  while ((last?.runningTasks ?? 0) < TASKS) {
    sim.advance(30);
    if (sim.now > 3600) throw new Error(`only ${last?.runningTasks ?? 0} of ${TASKS} tasks running after an hour`);
    last = sim.snapshot().stats.placements.at(-1);
  }
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, running: last?.runningTasks ?? 0, instancesUsed: last?.instancesUsed ?? 0 };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
placeAll();
const samples = Array.from({ length: ROUNDS }, placeAll);
const walls = samples.map((s) => s.wall).sort((a, b) => a - b);
const median = walls[Math.floor(walls.length / 2)];
console.log(`placement: ${TASKS.toLocaleString('en')} tasks on ${INSTANCES} instances (EC2, awsvpc, spread az + binpack memory), both sides`);
for (const s of samples) console.log(`  wall ${s.wall.toFixed(0)} ms, cpu ${s.cpu.toFixed(0)} ms, ${s.running} running on ${s.instancesUsed} instances`);
console.log(`  median wall ${median.toFixed(0)} ms (${(median / TASKS * 1000).toFixed(1)} µs per task); load average ${loadBefore} → ${load()}`);
