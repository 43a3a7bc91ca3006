// Properties of the twin's scheduling and addresses, on EKS nodes and on Fargate, over random
// clusters, rollouts and deletions: no IP is held twice, no node runs more pods than its max pods,
// every IP comes back once the pods are gone, and a seed replays to the same snapshot.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { podCount } from '../placement/kubeScheduler';
import { parseScenario } from '../scenario/parseScenario';
import type { ScenarioInput } from '../scenario/scenarioSchema';
import type { Scenario } from '../types';
import { deletePod, scaleDeployment, setPodTemplate, viewK8s } from './k8sSide';
import { heldAddresses } from '../network/subnetPool';
import { runK8sAlone, type K8sRun } from './runK8sAlone';

const ec2Case = fc.record({
  instanceTypes: fc.array(fc.constantFrom('t3.small', 't3.medium', 'm5.large', 'c5.large'), { minLength: 1, maxLength: 3 }),
  desiredCount: fc.integer({ min: 1, max: 40 }),
  small: fc.boolean(),
  // /27 has 27 addresses: a node or two use them up, so the CNI runs out too.
  prefix: fc.constantFrom(24, 27),
  placement: fc.constantFrom('spread', 'binpack', 'distinctInstance'),
  maxSurge: fc.integer({ min: 1, max: 4 }),
  maxUnavailable: fc.integer({ min: 0, max: 2 }),
  changeAt: fc.integer({ min: 0, max: 30 }),
  deletions: fc.array(fc.integer({ min: 5, max: 200 }), { maxLength: 4 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});
type Ec2Case = typeof ec2Case extends fc.Arbitrary<infer T> ? T : never;

function ec2Scenario(c: Ec2Case): Scenario {
  const input: ScenarioInput = {
    seed: c.seed,
    service: {
      launchType: 'EC2',
      desiredCount: c.desiredCount,
      ...(c.placement === 'binpack' && { placementStrategy: [{ type: 'binpack', field: 'memory' }] }),
      ...(c.placement === 'distinctInstance' && { placementConstraints: [{ type: 'distinctInstance' }] }),
    },
    cluster: {
      subnets: [{ subnetId: 'subnet-1a', cidr: `10.0.0.0/${c.prefix}`, availabilityZone: 'us-east-1a' }],
      containerInstances: c.instanceTypes.map((instanceType) => ({ instanceType })),
    },
    kubernetes: { maxSurge: c.maxSurge, maxUnavailable: c.maxUnavailable },
  };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  if (c.small) Object.assign(parsed.scenario.taskDefinition, { cpu: '64', memory: '128' });
  return parsed.scenario;
}

/** Rolls out a new image at changeAt and deletes a Running pod at each deletion time; `check` runs after every queue entry. */
function drive(c: Ec2Case, check: (run: K8sRun) => void): K8sRun {
  const run = runK8sAlone(ec2Scenario(c));
  run.runUntil(c.changeAt, () => check(run));
  setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
  for (const at of [...c.deletions].sort((a, b) => a - b)) {
    run.runUntil(c.changeAt + at, () => check(run));
    deletePod(run.world, undefined, run.ctx);
  }
  run.runUntil(c.changeAt + 400, () => check(run));
  return run;
}

const allPods = (run: K8sRun) => run.world.replicaSets.flatMap((rs) => rs.pods);

/** Every held address belongs to exactly one holder, and every pod's IP is a secondary IP its node gave it. */
function expectAddressesConsistent(run: K8sRun): void {
  const { world } = run;
  const podIps = allPods(run).flatMap((p) => (p.podIP === null ? [] : [p.podIP]));
  expect(new Set(podIps).size).toBe(podIps.length);
  for (const pool of world.vpc.subnets) {
    const held = heldAddresses(pool, Infinity);
    expect(held).toHaveLength(pool.used);
    expect(new Set(held.map((h) => h.privateIp)).size).toBe(held.length);
  }
  for (const node of world.nodes) {
    expect(node.enis.length).toBeLessThanOrEqual(node.maxEnis);
    for (const eni of node.enis) {
      expect(eni.secondaries.length).toBeLessThanOrEqual(node.ipsPerEni);
      for (const ip of eni.secondaries) {
        const pool = world.vpc.subnets[node.subnet];
        expect([pool.holders[ip.index], pool.kinds[ip.index], pool.enis[ip.index]]).toEqual([ip.pod ?? node.name, ip.pod === null ? 'node' : 'pod', eni.eniId]);
      }
    }
  }
  for (const pod of allPods(run)) {
    if (pod.podIP === null || pod.address?.kind !== 'node') continue;
    const node = world.nodes[world.nodeIndex[pod.node ?? '']];
    expect(node.enis[pod.address.eni].secondaries[pod.address.slot]).toMatchObject({ ip: pod.podIP, pod: pod.name });
  }
}

/** No node holds more pods than max pods, and its counts match the pods bound to it. */
function expectNodesWithinLimits(run: K8sRun): void {
  const bound = new Map<string, number>();
  for (const pod of allPods(run)) if (pod.node !== null) bound.set(pod.node, (bound.get(pod.node) ?? 0) + 1);
  for (const node of run.world.nodes) {
    expect(podCount(node)).toBeLessThanOrEqual(node.maxPods);
    expect(podCount(node)).toBe(2 + (bound.get(node.name) ?? 0));
    expect(node.requestedMilliCpu).toBeLessThanOrEqual(node.allocatableMilliCpu);
    expect(node.requestedMemory).toBeLessThanOrEqual(node.allocatableMemory);
  }
  expect(run.world.maxPodsPerNode).toBeLessThanOrEqual(Math.max(0, ...run.world.nodes.map((n) => n.maxPods - 2)));
}

describe('on EKS nodes, for any cluster, rollout and deletions', () => {
  it('never holds an IP twice and never puts more pods on a node than max pods', () => {
    fc.assert(
      fc.property(ec2Case, (c) => {
        drive(c, (run) => {
          expectAddressesConsistent(run);
          expectNodesWithinLimits(run);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('gives every pod IP back once the pods are gone, and the warm pools shrink to one ENI', () => {
    fc.assert(
      fc.property(ec2Case, (c) => {
        const run = drive(c, () => {});
        scaleDeployment(run.world, 0, run.ctx);
        run.runUntil(run.now + 120);
        expect(allPods(run)).toEqual([]);
        for (const pool of run.world.vpc.subnets) expect(heldAddresses(pool, Infinity).some((a) => a.kind === 'pod')).toBe(false);
        for (const node of run.world.nodes) {
          expect(node.enis.flatMap((e) => e.secondaries).every((ip) => ip.pod === null)).toBe(true);
          expect(node.enis.length).toBe(1);
          expect(podCount(node)).toBe(2);
        }
        expectAddressesConsistent(run);
      }),
      { numRuns: 20 },
    );
  });

  it('replays a seed to the same snapshot', () => {
    fc.assert(
      fc.property(ec2Case, (c) => {
        const a = viewK8s(drive(c, () => {}).world);
        const b = viewK8s(drive(c, () => {}).world);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 15 },
    );
  });
});

describe('on Fargate, for any subnets and rollout', () => {
  const fargateCase = fc.record({
    desiredCount: fc.integer({ min: 1, max: 60 }),
    prefixes: fc.array(fc.constantFrom(24, 26, 28), { minLength: 1, maxLength: 3 }),
    changeAt: fc.integer({ min: 0, max: 30 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });

  it('holds each address once and gives every one back when the pods are gone', () => {
    fc.assert(
      fc.property(fargateCase, (c) => {
        const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
        const parsed = parseScenario({
          seed: c.seed,
          service: { desiredCount: c.desiredCount },
          cluster: { subnets: c.prefixes.map((prefix, k) => ({ subnetId: `subnet-${k}`, cidr: `10.0.${k * 64}.0/${prefix}`, availabilityZone: zones[k] })) },
        });
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        const run = runK8sAlone(parsed.scenario);
        run.runUntil(c.changeAt, () => expectAddressesConsistent(run));
        setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
        run.runUntil(c.changeAt + 300, () => expectAddressesConsistent(run));
        scaleDeployment(run.world, 0, run.ctx);
        run.runUntil(run.now + 120);
        expect(allPods(run)).toEqual([]);
        expect(run.world.vpc.subnets.map((s) => s.used)).toEqual(c.prefixes.map(() => 0));
      }),
      { numRuns: 30 },
    );
  });
});
