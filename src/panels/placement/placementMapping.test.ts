import { describe, expect, it } from 'vitest';
import { snapshotFixture } from '../shared/snapshotFixture';
import type { Scenario } from '../../sim';
import { placementMapping } from './placementMapping';

const base = { desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 200, maxSurge: '25%', maxUnavailable: '25%' } as const;
const serviceWith = (service: Partial<Scenario['service']>) => snapshotFixture({ ...base, service }).scenario.service;

describe('placementMapping', () => {
  it('maps the service default, spread over Availability Zones, to PodTopologySpread on the zone label', () => {
    const { rows, breaks } = placementMapping(serviceWith({ launchType: 'EC2' }), 'EC2');
    expect(rows).toEqual([
      { ecs: 'spread(attribute:ecs.availability-zone)', k8s: 'PodTopologySpread, topologyKey: topology.kubernetes.io/zone', note: 'spreadZone', isDefault: true },
    ]);
    expect(breaks).toEqual(['spreadBestEffort']);
  });

  it('maps each strategy of a chain in order and says ECS applies them as tie-breakers', () => {
    const service = serviceWith({
      launchType: 'EC2',
      placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }, { type: 'spread', field: 'instanceId' }],
    });
    const { rows, breaks } = placementMapping(service, 'EC2');
    expect(rows.map((r) => [r.ecs, r.k8s])).toEqual([
      ['spread(attribute:ecs.availability-zone)', 'PodTopologySpread, topologyKey: topology.kubernetes.io/zone'],
      ['binpack(memory)', 'NodeResourcesFit, scoringStrategy: MostAllocated (memory)'],
      ['spread(instanceId)', 'PodTopologySpread, topologyKey: kubernetes.io/hostname'],
    ]);
    expect(breaks).toEqual(['order', 'binpackOneResource', 'spreadBestEffort']);
  });

  it('maps constraints to anti-affinity and node affinity, random to nothing', () => {
    const service = serviceWith({
      launchType: 'EC2',
      placementStrategy: [{ type: 'random' }],
      placementConstraints: [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:stack == prod' }],
    });
    const { rows, breaks } = placementMapping(service, 'EC2');
    expect(rows.map((r) => [r.ecs, r.k8s])).toEqual([
      ['random', null],
      ['distinctInstance', 'podAntiAffinity (required), topologyKey: kubernetes.io/hostname'],
      ['memberOf(attribute:stack == prod)', 'nodeAffinity (requiredDuringScheduling…) / nodeSelector'],
    ]);
    expect(breaks).toEqual(['order', 'randomTies', 'binding', 'memberOfAttributes']);
  });

  it('says placement rules do not apply on Fargate', () => {
    expect(placementMapping(serviceWith({}), 'FARGATE').breaks[0]).toBe('fargate');
  });
});
