// The panel rendered to static markup in Node (effects do not run, so the svgs stay empty).

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../../sim';
import { containerInstance, ecsCluster, eksNode, snapshotFixture } from '../shared/snapshotFixture';
import { PlacementView } from './PlacementPanel';

const base = { desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 200, maxSurge: '25%', maxUnavailable: '25%' } as const;

describe('PlacementView', () => {
  it('groups instances by zone, explains the last placement and maps binpack to MostAllocated', () => {
    const a = containerInstance(1, { availabilityZone: 'us-east-1a', taskIds: ['t1', 't2'] });
    const b = containerInstance(2, { availabilityZone: 'us-east-1b' });
    const snapshot = snapshotFixture({
      ...base,
      service: { launchType: 'EC2', placementStrategy: [{ type: 'binpack', field: 'memory' }] },
      cluster: ecsCluster({
        containerInstances: [b, a],
        lastPlacement: { containerInstanceId: b.containerInstanceId, filteredOut: [{ containerInstanceId: a.containerInstanceId, by: 'ENI' }], filteredOutBy: { ENI: 1 }, ranking: 'binpack(memory): least MiB left is 8192 → i-2', time: 42 },
      }),
      nodes: [eksNode(1, { zone: 'us-east-1a' })],
    });
    const html = renderToStaticMarkup(<PlacementView snapshot={snapshot} locale="en" highlight={null} />);
    expect(html.indexOf('us-east-1a · 0 tasks')).toBeLessThan(html.indexOf('us-east-1b · 0 tasks'));
    expect(html).toContain(`Placed on ${b.ec2InstanceId}`);
    expect(html).toContain(`<strong>ENI</strong> (1): ${a.ec2InstanceId}`);
    expect(html).toContain('binpack(memory): least MiB left is 8192');
    expect(html).toContain('NodeResourcesFit, scoringStrategy: MostAllocated (memory)');
    expect(html).toContain('us-east-1a · 0 pods');
  });

  it('shows capacity providers with base, weight and CapacityProviderReservation, in Japanese', () => {
    const snapshot = snapshotFixture({
      ...base,
      service: { launchType: null, capacityProviderStrategy: [{ capacityProvider: 'asg', base: 1, weight: 1 }] },
      cluster: ecsCluster({
        capacityProviders: [
          {
            name: 'asg',
            type: 'AUTO_SCALING_GROUP',
            autoScalingGroup: { instanceType: 'm5.large', minSize: 0, maxSize: 4, desiredCapacity: 2 },
            managedScaling: { status: 'ENABLED', targetCapacity: 100 },
            capacityProviderReservation: 150,
            tasks: 3,
          },
        ],
      }),
    });
    const html = renderToStaticMarkup(<PlacementView snapshot={snapshot} locale="ja" highlight={null} />);
    expect(html).toContain('CapacityProviderReservation');
    expect(html).toContain('150%');
    expect(html).toContain('m5.large · 0 / 2 / 4');
    expect(html).toContain('登録されたコンテナインスタンスはありません');
  });

  it('lists the rules the simulated twin could not carry over: a spread on a custom attribute has no node label', () => {
    const parsed = parseScenario({
      service: { launchType: 'EC2', desiredCount: 2, placementStrategy: [{ type: 'spread', field: 'attribute:stack' }] },
      cluster: { containerInstances: [{ instanceType: 'm5.large', attributes: { stack: 'blue' } }, { instanceType: 'm5.large', attributes: { stack: 'green' } }] },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const snapshot = createSimulation(parsed.scenario).snapshot();
    const html = renderToStaticMarkup(<PlacementView snapshot={snapshot} locale="en" highlight={null} />);
    expect(html).toContain('What the Kubernetes twin could not carry over');
    expect(html).toContain('spread(attribute:stack): no node label carries it');
  });
});
