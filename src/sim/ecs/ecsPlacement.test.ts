import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../scenario/parseScenario';
import { createSimulation, type Simulation } from '../simulation';
import type { PlacementStrategySpec, Snapshot } from '../types';

function simulate(input: ScenarioInput): Simulation {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createSimulation(parsed.scenario);
}

const running = (s: Snapshot) => s.ecs.tasks.filter((t) => t.lastStatus === 'RUNNING');
const twoM5Large = (extra: Partial<NonNullable<ScenarioInput['cluster']>> = {}): ScenarioInput['cluster'] => ({
  containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }],
  ...extra,
});

describe('tasks on EC2 container instances (awsvpc)', () => {
  it('fits 2 awsvpc tasks on an m5.large (3 ENIs, the primary one taken), then logs ECS’s RESOURCE:ENI event and waits', () => {
    const sim = simulate({ service: { launchType: 'EC2', desiredCount: 3 }, cluster: { containerInstances: [{ instanceType: 'm5.large' }] } });
    sim.advance(120);
    const s = sim.snapshot();
    expect(running(s)).toHaveLength(2);
    const [instance] = s.ecs.cluster.containerInstances;
    expect(instance.taskEniLimit).toBe(2);
    expect(instance.enis.map((e) => e.kind)).toEqual(['primary', 'task', 'task']);
    expect(s.ecs.service.events.map((e) => e.message)).toContainEqual(
      `(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ${instance.containerInstanceId}) encountered error "RESOURCE:ENI". For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`,
    );
    expect(s.stats.unablePlaceEvents).toBeGreaterThan(0);
  });

  it('with awsvpcTrunking two m5.large run 12 tasks (trunk limit 10 each), and the trunk ENI holds an address', () => {
    const sim = simulate({ service: { launchType: 'EC2', desiredCount: 12 }, cluster: twoM5Large({ awsvpcTrunking: true }) });
    sim.advance(120);
    const s = sim.snapshot();
    expect(running(s)).toHaveLength(12);
    expect(s.ecs.cluster.containerInstances.map((i) => i.taskEniLimit)).toEqual([10, 10]);
    expect(s.ecs.cluster.containerInstances[0].enis.slice(0, 2).map((e) => e.kind)).toEqual(['primary', 'trunk']);
    // The service default spreads over zones: the two instances sit in us-east-1a and us-east-1b.
    expect(s.stats.placements.at(-1)).toMatchObject({ runningTasks: 12, instancesUsed: 2, tasksPerAz: { 'us-east-1a': 6, 'us-east-1b': 6 }, instanceTypes: ['m5.large'], awsvpcTrunking: true });
  });

  it('binpack on memory fills one instance before the next', () => {
    const sim = simulate({
      service: { launchType: 'EC2', desiredCount: 6, placementStrategy: [{ type: 'binpack', field: 'memory' }] },
      cluster: twoM5Large({ awsvpcTrunking: true }),
    });
    sim.advance(120);
    const placed = sim.snapshot().ecs.cluster.containerInstances.map((i) => i.enis.filter((e) => e.kind === 'task').length);
    expect([...placed].sort()).toEqual([0, 6]);
  });

  it('records why the instance won: what each filter removed and how the strategy ranked the rest', () => {
    const sim = simulate({
      service: { launchType: 'EC2', desiredCount: 1, placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == c5.large' }] },
      cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'c5.large' }] },
    });
    sim.advance(60);
    const s = sim.snapshot();
    const [m5, c5] = s.ecs.cluster.containerInstances;
    const task = running(s)[0];
    expect(task.containerInstanceArn).toBe(c5.containerInstanceArn);
    expect(task.placement).toMatchObject({ containerInstanceId: c5.containerInstanceId, filteredOut: [{ containerInstanceId: m5.containerInstanceId, by: 'memberOf' }] });
  });

  it('gives each task one ENI whose IP is in its subnet, and describe-tasks shows the attachment', () => {
    const subnets = ['a', 'b', 'c'].map((zone, i) => ({ subnetId: `subnet-${zone}`, cidr: `10.0.${i}.0/24`, availabilityZone: `us-east-1${zone}` }));
    const sim = simulate({ service: { desiredCount: 3 }, cluster: { subnets } });
    const s = sim.snapshot();
    for (const task of s.ecs.tasks) {
      const [attachment] = task.attachments;
      expect(attachment).toMatchObject({ type: 'ElasticNetworkInterface', status: 'ATTACHED' });
      const detail = Object.fromEntries(attachment.details.map((d) => [d.name, d.value]));
      const subnet = s.ecs.cluster.subnets.find((x) => x.subnetId === detail.subnetId)!;
      expect(subnet.availabilityZone).toBe(task.availabilityZone);
      expect(subnet.addresses.map((a) => a.privateIp)).toContain(detail.privateIPv4Address);
    }
    // Fargate balances zones: three tasks, three zones.
    expect(new Set(s.ecs.tasks.map((t) => t.availabilityZone)).size).toBe(3);
  });

  it('lists the addresses of a subnet up to a /24, and only counts them in bigger ones', () => {
    const s = simulate({ service: { desiredCount: 6 } }).snapshot();
    expect(s.ecs.cluster.subnets.map((x) => [x.cidr, x.usable, x.used, x.addresses.length])).toEqual([
      ['10.0.0.0/18', 16_379, 2, 0],
      ['10.0.64.0/18', 16_379, 2, 0],
      ['10.0.128.0/18', 16_379, 2, 0],
    ]);
  });

  it('a /28 holds 11 Fargate tasks; the 12th reaches PROVISIONING and stops with InsufficientFreeAddressesInSubnet', () => {
    const sim = simulate({
      service: { desiredCount: 11 },
      cluster: { subnets: [{ subnetId: 'subnet-small', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' }] },
    });
    expect(sim.snapshot().ecs.cluster.subnets[0]).toMatchObject({ usable: 11, used: 11 });
    expect(sim.dispatch({ type: 'UpdateService', desiredCount: 12 })).toEqual({ ok: true });
    sim.advance(60);
    const s = sim.snapshot();
    const failed = s.ecs.tasks.find((t) => t.stopCode === 'TaskFailedToStart');
    expect(failed?.stoppedReason).toBe('InsufficientFreeAddressesInSubnet: The specified subnet does not contain enough free private IP addresses to fulfill your request.');
    expect(s.stats.subnetExhausted).toMatchObject({ subnetId: 'subnet-small', runningTasks: 11 });
  });

  it('keeps the /28’s 11 addresses unique and never attaches more task ENIs than an instance allows (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.integer({ min: 1, max: 1000 }), (first, second, trunking, seed) => {
        const sim = simulate({
          seed,
          service: { launchType: 'EC2', desiredCount: first },
          cluster: { subnets: [{ subnetId: 'subnet-a', cidr: '10.0.0.0/27', availabilityZone: 'us-east-1a' }], containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 't3.large' }], awsvpcTrunking: trunking },
        });
        const check = () => {
          const s = sim.snapshot();
          const ips = s.ecs.cluster.subnets.flatMap((x) => x.addresses.map((a) => a.privateIp));
          expect(new Set(ips).size).toBe(ips.length);
          for (const instance of s.ecs.cluster.containerInstances) {
            expect(instance.enis.filter((e) => e.kind === 'task').length).toBeLessThanOrEqual(instance.taskEniLimit);
            expect(instance.remainingResources.cpu).toBeGreaterThanOrEqual(0);
          }
        };
        for (let t = 0; t < 120; t += 20) {
          sim.advance(20);
          check();
        }
        sim.dispatch({ type: 'UpdateService', desiredCount: second });
        for (let t = 0; t < 300; t += 30) {
          sim.advance(30);
          check();
        }
        sim.dispatch({ type: 'UpdateService', desiredCount: 0 });
        sim.advance(900);
        // Every task ENI is gone once its task has stopped: only the instances' own addresses remain.
        const s = sim.snapshot();
        expect(s.ecs.cluster.subnets[0].addresses.every((a) => a.kind === 'instance' || a.kind === 'trunk')).toBe(true);
        expect(s.ecs.cluster.containerInstances.every((i) => i.remainingResources.cpu === i.registeredResources.cpu)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('scales in the way the strategy places: spread keeps the zones balanced', () => {
    const sim = simulate({
      service: { launchType: 'EC2', desiredCount: 9 },
      cluster: { awsvpcTrunking: true, containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }, { instanceType: 'm5.large' }] },
    });
    sim.advance(120);
    expect(sim.snapshot().stats.placements.at(-1)?.tasksPerAz).toEqual({ 'us-east-1a': 3, 'us-east-1b': 3, 'us-east-1c': 3 });
    sim.dispatch({ type: 'UpdateService', desiredCount: 6 });
    sim.advance(300);
    expect(sim.snapshot().stats.placements.at(-1)?.tasksPerAz).toEqual({ 'us-east-1a': 2, 'us-east-1b': 2, 'us-east-1c': 2 });
  });

  it('scales in the way the strategy places: binpack stops tasks on the emptiest instance first', () => {
    const sim = simulate({
      service: { launchType: 'EC2', desiredCount: 10, placementStrategy: [{ type: 'binpack', field: 'memory' }] },
      cluster: { awsvpcTrunking: true, containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }] },
    });
    sim.advance(120);
    // CPU binds first: 2,048 units hold 8 tasks of 256, so binpack leaves 8 + 2.
    const perInstance = () => sim.snapshot().ecs.cluster.containerInstances.map((i) => i.runningTasksCount).sort();
    expect(perInstance()).toEqual([2, 8]);
    sim.dispatch({ type: 'UpdateService', desiredCount: 8 });
    sim.advance(300);
    expect(perInstance()).toEqual([0, 8]);
  });

  it('runs EXTERNAL tasks only on ECS Anywhere instances, without an ENI', () => {
    const sim = simulate({
      service: { launchType: 'EXTERNAL', desiredCount: 2 },
      cluster: { containerInstances: [{ instanceType: 'm5.large', external: true }, { instanceType: 'm5.large' }] },
    });
    sim.advance(60);
    const s = sim.snapshot();
    const [external] = s.ecs.cluster.containerInstances;
    expect(running(s).every((t) => t.containerInstanceArn === external.containerInstanceArn && t.attachments.length === 0)).toBe(true);
    expect(external.attributes).toHaveProperty('ecs.capability.external');
    expect(external.ec2InstanceId).toMatch(/^mi-/);
  });

  it('splits tasks by base and weight: FARGATE base 2 weight 1, FARGATE_SPOT weight 4, 12 tasks → 4 / 8', () => {
    const sim = simulate({
      service: { desiredCount: 12, capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 2, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 4 }] },
    });
    const byProvider = (s: Snapshot) => Object.fromEntries(s.ecs.cluster.capacityProviders.map((p) => [p.name, p.tasks]));
    expect(byProvider(sim.snapshot())).toEqual({ FARGATE: 4, FARGATE_SPOT: 8 });
    expect(running(sim.snapshot()).filter((t) => t.capacityProviderName === 'FARGATE_SPOT')).toHaveLength(8);
  });

  it('managed scaling grows an Auto Scaling group provider for tasks waiting in PROVISIONING', () => {
    const sim = simulate({
      start: 'empty',
      service: { desiredCount: 6, capacityProviderStrategy: [{ capacityProvider: 'asg-m5', weight: 1 }] },
      cluster: {
        capacityProviders: [{ name: 'asg-m5', autoScalingGroupProvider: { autoScalingGroup: { instanceType: 'm5.large', minSize: 1, maxSize: 5, desiredCapacity: 1 } } }],
      },
    });
    sim.advance(30);
    const early = sim.snapshot();
    // One m5.large holds 2 awsvpc tasks; the other 4 wait in PROVISIONING without an instance.
    expect(early.ecs.tasks.filter((t) => t.lastStatus === 'PROVISIONING' && t.containerInstanceArn === undefined)).toHaveLength(4);
    sim.advance(600);
    const late = sim.snapshot();
    expect(running(late)).toHaveLength(6);
    expect(late.ecs.cluster.containerInstances).toHaveLength(3);
    expect(late.ecs.cluster.capacityProviders[0]).toMatchObject({ name: 'asg-m5', autoScalingGroup: { desiredCapacity: 3 } });
  });

  it('UpdateService with a new placement strategy starts a deployment, and the twin a new ReplicaSet', () => {
    const sim = simulate({ service: { launchType: 'EC2', desiredCount: 4 }, cluster: twoM5Large({ awsvpcTrunking: true }) });
    sim.advance(60);
    expect(sim.dispatch({ type: 'UpdateService', placementStrategy: [{ type: 'binpack', field: 'memory' }] })).toEqual({ ok: true });
    sim.advance(600);
    const s = sim.snapshot();
    expect(s.stats.deployments).toHaveLength(2);
    expect(s.stats.deployments[1].completedAt).not.toBeNull();
    expect(s.ecs.cluster.containerInstances.map((i) => i.runningTasksCount).sort()).toEqual([0, 4]);
    expect(s.k8s.replicaSets.filter((rs) => rs.replicas > 0)).toHaveLength(1);
    expect(s.k8s.replicaSets).toHaveLength(2);
  });

  it('refuses placement rules for a Fargate service in ECS’s words, and changes nothing', () => {
    const sim = simulate({ service: { desiredCount: 2 } });
    expect(sim.dispatch({ type: 'UpdateService', desiredCount: 5, placementStrategy: [{ type: 'binpack', field: 'cpu' }] })).toEqual({
      ok: false,
      error: "placementStrategy: Task placement strategies and constraints aren't supported for tasks using the Fargate launch type.",
    });
    sim.advance(60);
    const s = sim.snapshot();
    expect(s.scenario.service.placementStrategy).toEqual([]);
    // The desiredCount that came with it is refused too: a rejected UpdateService changes nothing.
    expect([s.ecs.service.desiredCount, s.k8s.deployment.replicas, running(s).length]).toEqual([2, 2, 2]);
  });

  it('places every task where its constraints allow, and the same seed gives the same cluster (property)', () => {
    const types = ['m5.large', 'c5.large', 't3.large', 'm6i.xlarge'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...types), { minLength: 1, maxLength: 6 }),
        fc.subarray(types, { minLength: 1 }),
        fc.boolean(),
        fc.constantFrom<PlacementStrategySpec[]>([], [{ type: 'binpack', field: 'memory' }], [{ type: 'spread', field: 'instanceId' }], [{ type: 'random' }]),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 1000 }),
        (instanceTypes, allowed, distinct, placementStrategy, desiredCount, seed) => {
          const input: ScenarioInput = {
            seed,
            service: {
              launchType: 'EC2',
              desiredCount,
              placementStrategy,
              placementConstraints: [
                { type: 'memberOf', expression: `attribute:ecs.instance-type in [${allowed.join(', ')}]` },
                ...(distinct ? [{ type: 'distinctInstance' as const }] : []),
              ],
            },
            cluster: { awsvpcTrunking: true, containerInstances: instanceTypes.map((instanceType) => ({ instanceType })) },
          };
          const run = () => {
            const sim = simulate(input);
            sim.advance(300);
            return sim.snapshot();
          };
          const s = run();
          const byArn = new Map(s.ecs.cluster.containerInstances.map((i) => [i.containerInstanceArn, i]));
          const perInstance = new Map<string, number>();
          for (const task of s.ecs.tasks.filter((t) => t.desiredStatus === 'RUNNING')) {
            const instance = byArn.get(task.containerInstanceArn ?? '');
            expect(instance && allowed.includes(instance.instanceType)).toBe(true);
            perInstance.set(task.containerInstanceArn ?? '', (perInstance.get(task.containerInstanceArn ?? '') ?? 0) + 1);
          }
          if (distinct) expect([...perInstance.values()].every((n) => n === 1)).toBe(true);
          expect(JSON.stringify(run())).toBe(JSON.stringify(s));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('t3.small, 128 CPU units: ECS stops at 2 task ENIs, the EKS twin at 9 pods with "Too many pods"', () => {
    // t3.small: 3 ENIs × 4 IPv4 → ECS 3 − 1 = 2 task ENIs (no trunking on T types); EKS
    // 3 × (4 − 1) + 2 = 11 pods, 2 of them aws-node and kube-proxy, so 9 app pods (reference/ecs.md §8.2).
    const sim = simulate({
      service: { launchType: 'EC2', desiredCount: 10 },
      taskDefinition: { cpu: '128', memory: '128' },
      cluster: { awsvpcTrunking: true, containerInstances: [{ instanceType: 't3.small' }] },
    });
    sim.advance(120);
    const s = sim.snapshot();
    expect(running(s)).toHaveLength(2);
    expect(s.ecs.service.events.some((e) => e.message.includes('encountered error "RESOURCE:ENI"'))).toBe(true);
    expect(s.k8s.pods.filter((p) => p.phase === 'Running')).toHaveLength(9);
    expect(s.k8s.nodes[0].requested.pods).toBe(11);
    expect(s.k8s.events.find((e) => e.reason === 'FailedScheduling')?.message).toBe(
      '0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
    expect(s.stats.k8sFailedSchedulingAt).not.toBeNull();
    expect(s.stats.maxPodsPerNode).toBe(9);
  });

  it('keeps 128 CPU units off Fargate, in words that say why', () => {
    expect(parseScenario({ taskDefinition: { cpu: '128' } })).toEqual({
      ok: false,
      errors: ['taskDefinition.cpu: "128" runs only on EC2: the smallest Fargate task is "256" (0.25 vCPU)'],
    });
  });
});
