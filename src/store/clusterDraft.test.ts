import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim';
import type { Scenario, ScenarioInput } from '../sim';
import { capacityNumbers, cidrField, clusterDraftOf, clusterErrorTarget, instanceNumbers, parseAttributes, planCluster, strategySplit } from './clusterDraft';
import type { ClusterDraft } from './clusterDraft';
import { withScenarioChange } from './reconfigureScenario';

function resolve(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

const EC2_INPUT: ScenarioInput = {
  service: { desiredCount: 3, launchType: 'EC2', placementStrategy: [{ type: 'binpack', field: 'memory' }] },
  cluster: {
    containerInstances: [
      { instanceType: 'm5.large' },
      { instanceType: 'm5.large' },
      { instanceType: 't3.large', attributes: { stack: 'prod' } },
      { instanceType: 'm5.large', availabilityZone: 'us-east-1c' },
    ],
  },
};

describe('clusterDraftOf', () => {
  it('groups instances of one type, kind and attributes into a row with a count', () => {
    const draft = clusterDraftOf(resolve(EC2_INPUT));
    expect(draft.instances).toEqual([
      { instanceType: 'm5.large', count: '3', attributes: '', external: false },
      { instanceType: 't3.large', count: '1', attributes: 'stack=prod', external: false },
    ]);
    expect(draft.mode).toBe('launchType');
    expect(draft.launchType).toBe('EC2');
    expect(draft.subnets.map((s) => s.cidr)).toEqual(['10.0.0.0/18', '10.0.64.0/18', '10.0.128.0/18']);
  });

  it('shows a service with a strategy in strategy mode', () => {
    const draft = clusterDraftOf(resolve({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 1, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3 }] } }));
    expect(draft.mode).toBe('capacityProviderStrategy');
    expect(draft.strategy).toEqual([
      { capacityProvider: 'FARGATE', base: '1', weight: '1' },
      { capacityProvider: 'FARGATE_SPOT', base: '0', weight: '3' },
    ]);
  });
});

describe('planCluster', () => {
  const live = resolve(EC2_INPUT);
  const edit = (change: (draft: ClusterDraft) => void): ClusterDraft => {
    const draft = clusterDraftOf(live);
    change(draft);
    return draft;
  };

  it('changes nothing for an untouched draft', () => {
    expect(planCluster(clusterDraftOf(live), live, EC2_INPUT)).toEqual({ kind: 'none' });
  });

  it('restarts with only what changed: trunking alone keeps the instances where they are', () => {
    expect(planCluster(edit((d) => (d.awsvpcTrunking = true)), live, EC2_INPUT)).toEqual({ kind: 'restart', change: { cluster: { awsvpcTrunking: true } }, dropped: [] });
  });

  it('expands instance rows into one entry per instance, zones left to the simulation', () => {
    const plan = planCluster(
      edit((d) => {
        d.instances[0].count = '2';
        d.instances.push({ instanceType: 'c5.large', count: '1', attributes: 'team = web, stack=dev', external: false });
      }),
      live,
      EC2_INPUT,
    );
    expect(plan).toEqual({
      kind: 'restart',
      dropped: [],
      change: {
        cluster: {
          containerInstances: [
            { instanceType: 'm5.large' },
            { instanceType: 'm5.large' },
            { instanceType: 't3.large', attributes: { stack: 'prod' } },
            { instanceType: 'c5.large', attributes: { team: 'web', stack: 'dev' } },
          ],
        },
      },
    });
    // …and the restarted scenario is valid, spread over the three zones in turn.
    if (plan.kind !== 'restart') throw new Error('expected a restart');
    const restarted = resolve(withScenarioChange(EC2_INPUT, plan.change));
    expect(restarted.cluster.containerInstances.map((ci) => ci.availabilityZone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1a']);
  });

  it('keeps a CIDR that does not parse as a draft error naming the subnet, with the position', () => {
    const plan = planCluster(edit((d) => (d.subnets[1].cidr = '10.0.300.0/18')), live, EC2_INPUT);
    expect(plan).toEqual({
      kind: 'invalid',
      errors: [{ target: 'subnets.1.cidr', line: 'cluster.subnets.1.cidr: "10.0.300.0/18": octet 3 is 300, above 255 (at character 6)' }],
    });
  });

  it('names a count that is not a whole number and attributes that are not name=value', () => {
    const plan = planCluster(
      edit((d) => {
        d.instances[0].count = '2.5';
        d.instances[1].attributes = 'stack';
      }),
      live,
      EC2_INPUT,
    );
    expect(plan.kind === 'invalid' && plan.errors.map((e) => e.target)).toEqual(['instances.0.count', 'instances.1.attributes']);
  });

  it('refuses more than 500 instances before building them', () => {
    const plan = planCluster(edit((d) => (d.instances[0].count = '999999')), live, EC2_INPUT);
    expect(plan).toEqual({ kind: 'invalid', errors: [{ target: 'instances', line: expect.stringMatching(/^cluster\.containerInstances: 1000000 instances; .*500/) }] });
  });

  it('drops placement rules on a switch to Fargate, which refuses them', () => {
    expect(planCluster(edit((d) => (d.launchType = 'FARGATE')), live, EC2_INPUT)).toEqual({
      kind: 'restart',
      change: { service: { launchType: 'FARGATE', placementStrategy: [], placementConstraints: [] } },
      dropped: ['placement'],
    });
  });

  it('drops the awsvpc configuration on a switch to EXTERNAL', () => {
    const input: ScenarioInput = { ...EC2_INPUT, service: { ...EC2_INPUT.service, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1a'] } } } };
    const plan = planCluster(edit((d) => (d.launchType = 'EXTERNAL')), resolve(input), input);
    expect(plan.kind === 'restart' && plan.dropped).toEqual(['networkConfiguration']);
    if (plan.kind !== 'restart') throw new Error('expected a restart');
    expect(withScenarioChange(input, plan.change).service?.networkConfiguration).toBeUndefined();
  });

  it('switching from a launch type to a strategy is a restart; changing a strategy in force is UpdateService', () => {
    const toStrategy = planCluster(
      edit((d) => {
        d.mode = 'capacityProviderStrategy';
        d.strategy = [{ capacityProvider: 'FARGATE', base: '', weight: '1' }];
      }),
      live,
      EC2_INPUT,
    );
    expect(toStrategy).toEqual({
      kind: 'restart',
      change: { service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }], placementStrategy: [], placementConstraints: [] } },
      dropped: ['placement'],
    });

    const strategyInput: ScenarioInput = { service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } };
    const strategyLive = resolve(strategyInput);
    const draft = clusterDraftOf(strategyLive);
    draft.strategy.push({ capacityProvider: 'FARGATE_SPOT', base: '0', weight: '3' });
    expect(planCluster(draft, strategyLive, strategyInput)).toEqual({
      kind: 'update',
      patch: {
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 0, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 3 },
        ],
      },
    });
  });
});

describe('clusterErrorTarget', () => {
  const draft = clusterDraftOf(resolve(EC2_INPUT));

  it('finds the row that holds the nth instance', () => {
    expect(clusterErrorTarget('cluster.containerInstances.2.instanceType: unknown', draft)).toBe('instances.0.instanceType');
    expect(clusterErrorTarget('cluster.containerInstances.3.attributes.x: bad', draft)).toBe('instances.1.attributes');
  });

  it('maps subnets, strategy items and the launch type, and nothing else', () => {
    expect(clusterErrorTarget('cluster.subnets.2.cidr: The CIDR conflicts', draft)).toBe('subnets.2.cidr');
    expect(clusterErrorTarget('service.capacityProviderStrategy.1.weight: must be a number', draft)).toBe('strategy.1.weight');
    expect(clusterErrorTarget('service.capacityProviderStrategy: needs a weight', draft)).toBe('strategy');
    expect(clusterErrorTarget("service.loadBalancer: Service load balancing isn't supported for the EXTERNAL launch type.", draft)).toBe('launchType');
    expect(clusterErrorTarget('service.desiredCount: must be at least 0', draft)).toBeNull();
  });
});

describe('numbers shown beside the inputs', () => {
  it('reads a CIDR as typed, counting leading spaces in the position', () => {
    expect(cidrField(' 10.0.0.0/24 ')).toEqual({ ok: true, cidr: '10.0.0.0/24', usable: 251 });
    expect(cidrField('  10.0.0.0/33')).toMatchObject({ ok: false, position: 11 });
  });

  it('gives each instance type its task ENIs with and without trunking, and the twin’s max pods', () => {
    expect(instanceNumbers('m5.large')).toMatchObject({ taskEnis: 2, taskEnisTrunked: 10, trunkingSupported: true, maxPods: 29 });
    expect(instanceNumbers('t3.large')).toMatchObject({ trunkingSupported: false });
    expect(instanceNumbers('m5.larg')).toBeNull();
  });

  it('totals the awsvpc tasks the instances hold with the draft’s trunking', () => {
    const draft = clusterDraftOf(resolve(EC2_INPUT));
    const without = capacityNumbers(draft);
    expect(without).toMatchObject({ instances: 4, awsvpcTasks: 3 * 2 + 2, maxPods: 3 * 29 + 35 }); // t3.large: 3 ENIs × (12 − 1) + 2 = 35 (reference/ecs.md §8.2)
    expect(capacityNumbers({ ...draft, awsvpcTrunking: true }).awsvpcTasks).toBe(3 * 10 + 2);
    expect(without.usableAddresses).toBe(3 * (2 ** 14 - 5));
  });

  it('reads attributes as name=value pairs', () => {
    expect(parseAttributes(' stack=prod ,team=web,')).toEqual({ ok: true, attributes: { stack: 'prod', team: 'web' } });
    expect(parseAttributes('=prod')).toEqual({ ok: false, piece: '=prod' });
  });
});

describe('strategySplit', () => {
  it('previews the documented example: FARGATE base 2 weight 1, FARGATE_SPOT weight 4, 12 tasks → 4 and 8', () => {
    const rows = [
      { capacityProvider: 'FARGATE', base: '2', weight: '1' },
      { capacityProvider: 'FARGATE_SPOT', base: '', weight: '4' },
    ];
    expect(strategySplit(rows, 12)).toEqual({ FARGATE: 4, FARGATE_SPOT: 8 });
  });

  it('shows nothing for a strategy ECS would refuse (every weight 0)', () => {
    expect(strategySplit([{ capacityProvider: 'FARGATE', base: '1', weight: '0' }], 3)).toBeNull();
  });
});
