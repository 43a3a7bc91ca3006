import { describe, expect, it } from 'vitest';
import { vpcCniMaxPods } from '../catalog/instanceLimits';
import { createRandomState } from '../clock/random';
import { failedSchedulingMessage, resourceScore, scheduleOnNodes, spreadScores, SYSTEM_DEFAULT_SPREAD, type PodGroup, type PodSpec, type SchedulerNode } from './kubeScheduler';

function node(name: string, overrides: Partial<SchedulerNode> = {}): SchedulerNode {
  return {
    name,
    zone: 'us-east-1a',
    labels: {},
    allocatableMilliCpu: 2000,
    allocatableMemory: 8000,
    requestedMilliCpu: 0,
    requestedMemory: 0,
    maxPods: vpcCniMaxPods('m5.large'),
    pods: [],
    ...overrides,
  };
}

const WEB: PodSpec = { milliCpu: 500, memory: 1000, labels: { app: 'web' } };
const random = () => createRandomState(11);
const group = (labels: Record<string, string>, count: number, terminating = false): PodGroup => ({ labels, count, terminating });
const NO_VICTIMS = 'No preemption victims found for incoming pod';

describe('NodeResourcesFit score (upstream least_allocated_test.go / most_allocated_test.go vectors)', () => {
  const pod: PodSpec = { milliCpu: 3000, memory: 5000, labels: {} };
  const node1 = node('node1', { allocatableMilliCpu: 4000, allocatableMemory: 10000 });
  const node2 = node('node2', { allocatableMilliCpu: 6000, allocatableMemory: 10000 });

  it('LeastAllocated: 37 and 50', () => {
    expect(resourceScore(pod, node1, 'LeastAllocated')).toBe(37);
    expect(resourceScore(pod, node2, 'LeastAllocated')).toBe(50);
    expect(scheduleOnNodes(pod, [node1, node2], 'LeastAllocated', random())).toEqual({ ok: true, nodeName: 'node2', score: 50 });
  });

  it('MostAllocated: 62 and 50, so the fuller node wins', () => {
    expect(resourceScore(pod, node2, 'MostAllocated')).toBe(50);
    expect(scheduleOnNodes(pod, [node1, node2], 'MostAllocated', random())).toEqual({ ok: true, nodeName: 'node1', score: 62 });
  });
});

describe('FailedScheduling messages (pkg/scheduler/framework/types.go format)', () => {
  it('"0/3 nodes are available: 3 Insufficient cpu." and the preemption postfix (kiwix/operations#245 shape)', () => {
    const nodes = ['a', 'b', 'c'].map((n) => node(n, { requestedMilliCpu: 1800 }));
    expect(scheduleOnNodes(WEB, nodes, 'LeastAllocated', random())).toEqual({
      ok: false,
      message: `0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 ${NO_VICTIMS}.`,
    });
  });

  it('says "no nodes available to schedule pods" when there is no node at all (ErrNoNodesAvailable)', () => {
    expect(scheduleOnNodes(WEB, [], 'LeastAllocated', random())).toEqual({ ok: false, message: 'no nodes available to schedule pods' });
  });

  it('"Too many pods" at the VPC CNI max pods (t3.micro: 4)', () => {
    const full = node('a', { maxPods: vpcCniMaxPods('t3.micro'), pods: [group({}, 4)] });
    expect(scheduleOnNodes(WEB, [full], 'LeastAllocated', random())).toEqual({
      ok: false,
      message: `0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 ${NO_VICTIMS}.`,
    });
  });

  it('counts every insufficient resource of a node and sorts "count reason" as strings, as upstream does', () => {
    // a matches the affinity but is short of both resources; the 11 gpu nodes fail NodeAffinity first.
    const nodes = [
      node('a', { labels: { pool: 'general' }, requestedMilliCpu: 1800, requestedMemory: 7500 }),
      ...Array.from({ length: 11 }, (_, k) => node(`gpu${k}`, { labels: { pool: 'gpu' } })),
    ];
    const pod: PodSpec = { ...WEB, nodeAffinity: { pool: ['general'] } };
    expect(scheduleOnNodes(pod, nodes, 'LeastAllocated', random())).toEqual({
      ok: false,
      // "1 Insufficient cpu" < "1 Insufficient memory" < "11 node(s)…" as strings; affinity misses are unresolvable.
      message:
        "0/12 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 11 node(s) didn't match Pod's node affinity/selector. " +
        `preemption: 0/12 nodes are available: 1 ${NO_VICTIMS}, 11 Preemption is not helpful for scheduling.`,
    });
  });

  it('sorts lexically, so 10 comes before 2 (upstream sort.Strings)', () => {
    const failures = [
      ...Array.from({ length: 2 }, () => ({ reasons: ['Insufficient memory'], resolvable: true })),
      ...Array.from({ length: 10 }, () => ({ reasons: ['Insufficient cpu'], resolvable: true })),
    ];
    expect(failedSchedulingMessage(12, failures)).toBe(`0/12 nodes are available: 10 Insufficient cpu, 2 Insufficient memory. preemption: 0/12 nodes are available: 12 ${NO_VICTIMS}.`);
  });
});

describe('PodTopologySpread, NodeAffinity and anti-affinity filters', () => {
  const webPods = (n: number) => [group({ app: 'web' }, n)];

  it('maxSkew 1 over zones: with 1/1/0, only zone c may take the pod (API docs "2/2/2" example shape)', () => {
    const nodes = [node('a', { zone: 'a', pods: webPods(1) }), node('b', { zone: 'b', pods: webPods(1) }), node('c', { zone: 'c' })];
    const pod: PodSpec = { ...WEB, zoneSpread: { maxSkew: 1, selector: { app: 'web' } } };
    expect(scheduleOnNodes(pod, nodes, 'MostAllocated', random())).toMatchObject({ ok: true, nodeName: 'c' });
    // 2/1: zone a would become 3 − 1 = 2 > 1, so b, even though MostAllocated would score a the same.
    const skewed = [node('a', { zone: 'a', pods: webPods(2) }), node('b', { zone: 'b', pods: webPods(1) })];
    expect(scheduleOnNodes(pod, skewed, 'MostAllocated', random())).toMatchObject({ ok: true, nodeName: 'b' });
    expect(scheduleOnNodes(pod, [node('a', { zone: 'a', pods: webPods(2) }), node('b', { zone: 'b', pods: webPods(1), maxPods: 1 })], 'LeastAllocated', random())).toEqual({
      ok: false,
      message: `0/2 nodes are available: 1 Too many pods, 1 node(s) didn't match pod topology spread constraints. preemption: 0/2 nodes are available: 2 ${NO_VICTIMS}.`,
    });
  });

  it('hostname anti-affinity keeps a second web pod off a node that has one', () => {
    const pod: PodSpec = { ...WEB, hostnameAntiAffinity: { app: 'web' } };
    const nodes = [node('a', { pods: webPods(1) }), node('b', { pods: [group({ app: 'api' }, 1)] })];
    expect(scheduleOnNodes(pod, nodes, 'MostAllocated', random())).toMatchObject({ ok: true, nodeName: 'b' });
    expect(scheduleOnNodes(pod, nodes.slice(0, 1), 'MostAllocated', random())).toEqual({
      ok: false,
      message: `0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules. preemption: 0/1 nodes are available: 1 ${NO_VICTIMS}.`,
    });
  });

  it('equal scores are broken with the seeded source, the same way for the same seed', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const first = scheduleOnNodes(WEB, nodes, 'LeastAllocated', createRandomState(4));
    expect(scheduleOnNodes(WEB, nodes, 'LeastAllocated', createRandomState(4))).toEqual(first);
    const picked = new Set(Array.from({ length: 30 }, (_, s) => {
      const result = scheduleOnNodes(WEB, nodes, 'LeastAllocated', createRandomState(s));
      return result.ok ? result.nodeName : '';
    }));
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('PodTopologySpread scoring (ScheduleAnyway; podtopologyspread/scoring.go)', () => {
  const web = { app: 'web' };
  const zoneSpread = { constraints: [{ topologyKey: 'topology.kubernetes.io/zone' as const, maxSkew: 5 }], selector: web };

  it('scores count × log(domains + 2) + maxSkew − 1, rounded, then 100 × (max + min − s) / max', () => {
    // 2 zones: weight ln 4. Zone a: round(2 × 1.386 + 4) = 7; zone b: 4 → a gets ⌊100 × 4 / 7⌋ = 57, b 100.
    const nodes = [node('a', { zone: 'a', pods: [group(web, 2)] }), node('b', { zone: 'b' })];
    expect(spreadScores(zoneSpread, nodes, nodes)).toEqual([57, 100]);
  });

  it('weighs spreading twice as much as NodeResourcesFit, so the emptier zone wins a resource tie', () => {
    const nodes = [node('a', { zone: 'a', pods: [group(web, 2)] }), node('b', { zone: 'b' })];
    // LeastAllocated gives both ⌊(75 + 87) / 2⌋ = 81; PodTopologySpread adds 2 × 57 and 2 × 100: a 195, b 281.
    expect(scheduleOnNodes({ ...WEB, softSpread: zoneSpread }, nodes, 'LeastAllocated', random())).toEqual({ ok: true, nodeName: 'b', score: 281 });
  });

  it('skips terminating pods when it counts (kubernetes#87621)', () => {
    const nodes = [node('a', { zone: 'a', pods: [group(web, 2, true)] }), node('b', { zone: 'b' })];
    expect(spreadScores(zoneSpread, nodes, nodes)).toEqual([100, 100]);
  });

  it('the system defaults spread over nodes as well as zones', () => {
    // Same zone for all: only the hostname constraint tells them apart (3 nodes: weight ln 5).
    const nodes = [node('a', { pods: [group(web, 3)] }), node('b', { pods: [group(web, 1)] }), node('c')];
    const scores = spreadScores({ constraints: SYSTEM_DEFAULT_SPREAD, selector: web }, nodes, nodes);
    expect(scores[2]).toBe(100);
    expect(scores[0]).toBeLessThan(scores[1]);
  });
});
