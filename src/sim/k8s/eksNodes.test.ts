import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parseScenario';
import type { ScenarioInput } from '../scenario/scenarioSchema';
import { eksCompute, launchNodes, nodeName, reservedMilliCpu, reservedMemory } from './eksNodes';
import { createTwinVpc } from './vpcCni';

function scenario(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

describe('which nodes the twin has', () => {
  it('none on Fargate: the default scenario, a FARGATE_SPOT strategy, EXTERNAL', () => {
    expect(eksCompute(scenario({})).nodes).toBeNull();
    expect(eksCompute(scenario({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] } })).nodes).toBeNull();
    const external = scenario({ service: { launchType: 'EXTERNAL' }, cluster: { containerInstances: [{ instanceType: 'm5.large', external: true }] } });
    expect(eksCompute(external)).toEqual({ nodes: null, subnets: external.cluster.subnets });
  });

  it('launchType EC2: one node per container instance that is not external, same type and zone', () => {
    const s = scenario({
      service: { launchType: 'EC2' },
      cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'c5.large', availabilityZone: 'us-east-1c' }, { instanceType: 't3.small', external: true }] },
    });
    expect(eksCompute(s).nodes).toEqual([
      { instanceType: 'm5.large', zone: 'us-east-1a', nodegroup: null },
      { instanceType: 'c5.large', zone: 'us-east-1c', nodegroup: null },
    ]);
  });

  it('an Auto Scaling group provider: desiredCapacity nodes of its type over the subnets’ zones in turn', () => {
    const s = scenario({
      service: { capacityProviderStrategy: [{ capacityProvider: 'web-asg', weight: 1 }] },
      cluster: {
        capacityProviders: [{ name: 'web-asg', autoScalingGroupProvider: { autoScalingGroup: { instanceType: 'm5.xlarge', minSize: 0, maxSize: 10, desiredCapacity: 4 } } }],
      },
    });
    expect(eksCompute(s).nodes?.map((n) => [n.instanceType, n.zone, n.nodegroup])).toEqual([
      ['m5.xlarge', 'us-east-1a', 'web-asg'],
      ['m5.xlarge', 'us-east-1b', 'web-asg'],
      ['m5.xlarge', 'us-east-1c', 'web-asg'],
      ['m5.xlarge', 'us-east-1a', 'web-asg'],
    ]);
  });

  it('copies the service’s awsvpc subnets, plus the first subnet of a zone a node needs', () => {
    const s = scenario({
      service: { launchType: 'EC2', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1b'] } } },
      cluster: { containerInstances: [{ instanceType: 'm5.large', availabilityZone: 'us-east-1c' }] },
    });
    expect(eksCompute(s).subnets.map((sub) => sub.subnetId)).toEqual(['subnet-1b', 'subnet-1c']);
  });
});

describe('a node as EKS registers it', () => {
  it('m5.large: allocatable 1930m and 7518 MiB after the EKS AMI reservations, 29 pods', () => {
    expect(reservedMilliCpu(2000)).toBe(70);
    expect(reservedMilliCpu(16000)).toBe(60 + 10 + 10 + 30);
    // 11 MiB per pod × 29 + 255 MiB, plus the 100Mi eviction threshold (amazon-eks-ami nodeadm).
    expect(reservedMemory(29)).toBe(674);
    const vpc = createTwinVpc([{ subnetId: 'subnet-1a', cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a' }]);
    const [node] = launchNodes(vpc, [{ instanceType: 'm5.large', zone: 'us-east-1a', nodegroup: null }]);
    expect(node).toMatchObject({ name: 'ip-10-0-1-4.ec2.internal', allocatableMilliCpu: 1930, allocatableMemory: 8192 - 674, maxPods: 29, requestedMilliCpu: 125 });
    expect(node.labels).toEqual({ 'kubernetes.io/hostname': node.name, 'node.kubernetes.io/instance-type': 'm5.large', 'topology.kubernetes.io/zone': 'us-east-1a' });
    // aws-node and kube-proxy: host network, counted against max pods.
    expect(node.pods.reduce((sum, g) => sum + g.count, 0)).toBe(2);
  });

  it('is named after its private DNS name, region by region', () => {
    expect(nodeName('10.0.1.23', 'us-east-1a')).toBe('ip-10-0-1-23.ec2.internal');
    expect(nodeName('10.0.1.23', 'ap-northeast-1c')).toBe('ip-10-0-1-23.ap-northeast-1.compute.internal');
  });

  it('does not launch when its subnet has no address left', () => {
    const vpc = createTwinVpc([{ subnetId: 'subnet-tiny', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' }]);
    const spec = { instanceType: 'm5.large', zone: 'us-east-1a', nodegroup: null };
    expect(launchNodes(vpc, [spec, spec, spec]).map((n) => n.name)).toEqual(['ip-10-0-9-4.ec2.internal', 'ip-10-0-9-14.ec2.internal']);
  });
});
