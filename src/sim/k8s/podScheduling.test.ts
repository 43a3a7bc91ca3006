// The twin on EKS nodes and on Fargate, run alone: kube-scheduler's placements and
// FailedScheduling, the VPC CNI's pod IPs and FailedCreatePodSandBox, and the queue's retries.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parseScenario';
import type { ScenarioInput } from '../scenario/scenarioSchema';
import type { K8sEventView, Scenario } from '../types';
import { createViewCache } from '../viewCache';
import { deletePod, isProgressDeadlineExceeded, setPodTemplate, viewK8s } from './k8sSide';
import { backoffSeconds } from './podScheduling';
import { runK8sAlone, type K8sRun } from './runK8sAlone';

const NO_VICTIMS = 'No preemption victims found for incoming pod';

function scenarioOf(input: ScenarioInput, size?: { cpu: string; memory: string }): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  // EC2 task definitions need no Fargate size; a small one lets max pods bind before cpu does.
  if (size !== undefined) Object.assign(parsed.scenario.taskDefinition, size);
  return parsed.scenario;
}

const SMALL_TASK = { cpu: '64', memory: '128' };
const onM5Large = (desiredCount: number, extra: ScenarioInput['cluster'] = {}) =>
  ({ service: { launchType: 'EC2', desiredCount }, cluster: { containerInstances: [{ instanceType: 'm5.large' }], ...extra } }) satisfies ScenarioInput;

const eventsOf = (run: K8sRun, pod: string, reason?: string): K8sEventView[] =>
  run.world.events.items.filter((e) => e.involvedObject.name === pod && (reason === undefined || e.reason === reason));
const pods = (run: K8sRun) => viewK8s(run.world).pods;

describe('max pods on a real node (reference/k8s.md §6.4: m5.large, 3 ENIs × (10 − 1) + 2 = 29)', () => {
  const run = runK8sAlone(scenarioOf(onM5Large(28), SMALL_TASK));
  run.runUntil(30);
  const view = viewK8s(run.world);
  const pending = view.pods.filter((p) => p.node === null);

  it('runs 27 app pods next to aws-node and kube-proxy, each with a secondary IP of the node’s ENIs', () => {
    const running = view.pods.filter((p) => p.status === 'Running');
    expect(running).toHaveLength(27);
    const [node] = view.nodes;
    expect(node.allocatable.pods).toBe(29);
    expect(node.requested.pods).toBe(29);
    const secondaries = new Map(node.enis.flatMap((eni) => eni.secondaryIps.map((s) => [s.ip, s.pod] as const)));
    for (const pod of running) expect(secondaries.get(pod.podIP ?? '')).toBe(pod.name);
    expect(new Set(running.map((p) => p.podIP)).size).toBe(27);
    expect(run.world.maxPodsPerNode).toBe(27);
  });

  it('leaves the 28th Pending, unbound, with one FailedScheduling "Too many pods" from default-scheduler', () => {
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ status: 'Pending', phase: 'Pending', podIP: null });
    const failed = eventsOf(run, pending[0].name, 'FailedScheduling');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      type: 'Warning',
      source: 'default-scheduler',
      message: `0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 ${NO_VICTIMS}.`,
    });
    expect(run.world.failedSchedulingAt).toBe(failed[0].time);
  });

  it('tries it again after 5 minutes in the unschedulable queue, not before', () => {
    const first = eventsOf(run, pending[0].name, 'FailedScheduling')[0].time;
    run.runUntil(first + 299);
    expect(eventsOf(run, pending[0].name, 'FailedScheduling')).toHaveLength(1);
    run.runUntil(first + 301);
    expect(eventsOf(run, pending[0].name, 'FailedScheduling').map((e) => e.time)).toEqual([first, first + 300]);
  });
});

describe('a pod deletion moves the unschedulable pods back', () => {
  it('schedules the waiting pod once the deleted one is gone, after its backoff', () => {
    const run = runK8sAlone(scenarioOf(onM5Large(28), SMALL_TASK));
    run.runUntil(20);
    const waiting = pods(run).find((p) => p.node === null)?.name ?? '';
    const deleted = deletePod(run.world, undefined, run.ctx);
    expect(deleted.ok).toBe(true);
    let gone = Infinity;
    let mostPods = 0;
    run.runUntil(60, () => {
      const names = new Set(pods(run).map((p) => p.name));
      if (deleted.ok && !names.has(deleted.pod)) gone = Math.min(gone, run.now);
      mostPods = Math.max(mostPods, viewK8s(run.world).nodes[0].requested.pods);
    });
    const scheduledAt = eventsOf(run, waiting, 'Scheduled')[0]?.time;
    expect(scheduledAt).toBeGreaterThanOrEqual(gone);
    expect(mostPods).toBe(29);
    // The ReplicaSet's replacement found the node full too, while the deleted pod was terminating.
    expect(pods(run).filter((p) => p.node === null)).toHaveLength(1);
  });

  it('backs off 1 s, doubling per attempt, to at most 10 s', () => {
    expect([1, 2, 3, 4, 5, 9].map(backoffSeconds)).toEqual([1, 2, 4, 8, 10, 10]);
  });
});

describe('requests from the task size (256 CPU units → 250m)', () => {
  it('two m5.large with 1805m free each take 7 pods apiece; the rest are short of cpu', () => {
    const run = runK8sAlone(scenarioOf({ service: { launchType: 'EC2', desiredCount: 30 }, cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }] } }));
    run.runUntil(30);
    const view = viewK8s(run.world);
    expect(view.nodes.map((n) => [n.requested.milliCpu, n.requested.memory])).toEqual([
      [125 + 7 * 250, 7 * 512],
      [125 + 7 * 250, 7 * 512],
    ]);
    const pending = view.pods.filter((p) => p.node === null);
    expect(pending).toHaveLength(16);
    expect(eventsOf(run, pending[0].name, 'FailedScheduling')[0].message).toBe(
      `0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 ${NO_VICTIMS}.`,
    );
  });
});

describe('ECS placement, translated (schedulingFromPlacement.ts)', () => {
  const twoNodes = [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }];

  it('spread (the default) balances two nodes; binpack (MostAllocated) fills one first', () => {
    const perNode = (input: ScenarioInput) => {
      const run = runK8sAlone(scenarioOf(input));
      run.runUntil(5);
      return viewK8s(run.world).nodes.map((n) => n.requested.pods - 2).sort();
    };
    expect(perNode({ service: { launchType: 'EC2', desiredCount: 4 }, cluster: { containerInstances: twoNodes } })).toEqual([2, 2]);
    expect(perNode({ service: { launchType: 'EC2', desiredCount: 4, placementStrategy: [{ type: 'binpack', field: 'memory' }] }, cluster: { containerInstances: twoNodes } })).toEqual([0, 4]);
  });

  it('distinctInstance: one pod per node, then anti-affinity refuses', () => {
    const run = runK8sAlone(
      scenarioOf({ service: { launchType: 'EC2', desiredCount: 3, placementConstraints: [{ type: 'distinctInstance' }] }, cluster: { containerInstances: twoNodes } }),
    );
    run.runUntil(5);
    const view = viewK8s(run.world);
    expect(view.nodes.map((n) => n.requested.pods)).toEqual([3, 3]);
    const pending = view.pods.filter((p) => p.node === null);
    expect(eventsOf(run, pending[0].name, 'FailedScheduling')[0].message).toBe(
      `0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules. preemption: 0/2 nodes are available: 2 ${NO_VICTIMS}.`,
    );
  });

  it('memberOf on the instance type: only matching nodes; the others are not helped by preemption', () => {
    // c5.large: 4096 MiB − 674 reserved = 3422 MiB allocatable, room for 6 pods of 512 MiB.
    const run = runK8sAlone(
      scenarioOf({
        service: { launchType: 'EC2', desiredCount: 9, placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == c5.large' }] },
        cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'c5.large' }] },
      }),
    );
    run.runUntil(5);
    const view = viewK8s(run.world);
    expect(view.nodes.map((n) => [n.instanceType, n.requested.pods - 2])).toEqual([
      ['m5.large', 0],
      ['c5.large', 6],
    ]);
    const pending = view.pods.filter((p) => p.node === null);
    expect(eventsOf(run, pending[0].name, 'FailedScheduling')[0].message).toBe(
      "0/2 nodes are available: 1 Insufficient memory, 1 node(s) didn't match Pod's node affinity/selector. " +
        `preemption: 0/2 nodes are available: 1 ${NO_VICTIMS}, 1 Preemption is not helpful for scheduling.`,
    );
  });
});

describe('a subnet with no address left for the CNI', () => {
  // /28: 11 addresses. The node takes 10 (its ENI and 9 secondary IPs); the second ENI takes the last.
  const tiny = { subnets: [{ subnetId: 'subnet-tiny', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' }] };

  it('binds the pod, which stays ContainerCreating with FailedCreatePodSandBox every 10 s, until an IP frees up', () => {
    const run = runK8sAlone(scenarioOf(onM5Large(10, tiny), SMALL_TASK));
    run.runUntil(25);
    const stuck = pods(run).find((p) => p.podIP === null);
    expect(stuck).toMatchObject({ status: 'ContainerCreating', node: 'ip-10-0-9-4.ec2.internal' });
    const failures = eventsOf(run, stuck?.name ?? '', 'FailedCreatePodSandBox');
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures[1].time - failures[0].time).toBe(10);
    expect(failures[0]).toMatchObject({ type: 'Warning', source: 'kubelet' });
    expect(failures[0].message).toMatch(
      /^Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "[0-9a-f]{64}": plugin type="aws-cni" name="aws-cni" failed \(add\): add cmd: failed to assign an IP address to container$/,
    );
    expect(eventsOf(run, stuck?.name ?? '', 'Pulling')).toHaveLength(0);
    expect(viewK8s(run.world).subnets[0]).toMatchObject({ usable: 11, used: 11 });

    // One pod goes: its IP returns to the node, and the kubelet's next try takes it.
    deletePod(run.world, undefined, run.ctx);
    run.runUntil(80);
    expect(pods(run).find((p) => p.name === stuck?.name)).toMatchObject({ status: 'Running' });
  });
});

describe('EKS Fargate: an ENI and an address per pod', () => {
  it('gives each pod its own address from the subnets in turn, and takes them back with the pods', () => {
    // /24s, so the view lists each held address (bigger subnets travel as counts only).
    const subnets = ['a', 'b', 'c'].map((zone, i) => ({ subnetId: `subnet-${zone}`, cidr: `10.0.${i}.0/24`, availabilityZone: `us-east-1${zone}` }));
    const run = runK8sAlone(scenarioOf({ service: { desiredCount: 6 }, cluster: { subnets } }));
    const ips = pods(run).map((p) => p.podIP);
    expect(new Set(ips).size).toBe(6);
    expect(viewK8s(run.world).subnets.map((s) => s.used)).toEqual([2, 2, 2]);
    expect(viewK8s(run.world).nodes).toEqual([]);
    expect(pods(run)[0].node).toBe('ip-10-0-1-23.ec2.internal');
    setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
    expect(run.runToIdle(2000)).toBe(true);
    const after = viewK8s(run.world);
    const held = after.subnets.flatMap((s) => s.addresses);
    expect(held.map((a) => a.holder).sort()).toEqual(after.pods.map((p) => p.name).sort());
    expect(held.every((a) => a.kind === 'pod')).toBe(true);
    expect(run.world.maxPodsPerNode).toBe(0);
  });

  it('leaves a pod Pending with fargate-scheduler’s FailedScheduling when every subnet is full', () => {
    const run = runK8sAlone(scenarioOf({ service: { desiredCount: 12 }, cluster: { subnets: [{ subnetId: 'subnet-tiny', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' }] } }));
    run.runUntil(5);
    const pending = pods(run).filter((p) => p.podIP === null);
    expect(pending).toHaveLength(1);
    expect(eventsOf(run, pending[0].name, 'FailedScheduling')[0]).toMatchObject({
      source: 'fargate-scheduler',
      message: `Pod provisioning timed out (will retry) for pod: default/${pending[0].name}`,
    });
  });
});

describe('a rollout with no room stalls (healthy image, full node, maxUnavailable 0)', () => {
  it('reports ProgressDeadlineExceeded after progressDeadlineSeconds', () => {
    const scenario = scenarioOf({ ...onM5Large(7), kubernetes: { maxSurge: 1, maxUnavailable: 0 } });
    const run = runK8sAlone(scenario);
    setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2' }, run.ctx);
    run.runUntil(590);
    expect(isProgressDeadlineExceeded(run.world)).toBe(false);
    run.runUntil(620);
    expect(isProgressDeadlineExceeded(run.world)).toBe(true);
  });
});

describe('views', () => {
  it('hand out the same pod and node objects while they are unchanged', () => {
    const run = runK8sAlone(scenarioOf(onM5Large(3)));
    run.runUntil(5);
    const cache = createViewCache();
    const before = viewK8s(run.world, cache);
    const after = viewK8s(run.world, cache);
    expect(after.pods[0]).toBe(before.pods[0]);
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.subnets[0]).toBe(before.subnets[0]);
  });
});
