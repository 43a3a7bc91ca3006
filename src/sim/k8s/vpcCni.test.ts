import { describe, expect, it } from 'vitest';
import { launchNodes, type NodeRecord } from './eksNodes';
import { heldAddresses } from '../network/subnetPool';
import { assignFargateIp, assignNodeIp, createTwinVpc, fargateIp, releaseFargateIp, releaseNodeIp, type NodeAddress, type TwinVpc } from './vpcCni';

const SUBNET_1A = { subnetId: 'subnet-1a', cidr: '10.0.0.0/24', availabilityZone: 'us-east-1a' };

function oneNode(instanceType: string, subnet = SUBNET_1A): { vpc: TwinVpc; node: NodeRecord } {
  const vpc = createTwinVpc([subnet]);
  const [node] = launchNodes(vpc, [{ instanceType, zone: subnet.availabilityZone, nodegroup: null }]);
  return { vpc, node };
}

/** ENIs, secondary IPs, unused IPs and IPs per ENI: the columns of the docs table. */
const pool = (node: NodeRecord) => ({
  enis: node.enis.length,
  secondaryIps: node.enis.reduce((sum, e) => sum + e.secondaries.length, 0),
  unused: node.freeIps,
  perEni: node.enis.map((e) => e.secondaries.length).join(','),
});

describe('the VPC CNI warm pool, WARM_ENI_TARGET=1 (docs/eni-and-ip-target.md table, reference/k8s.md §6.3)', () => {
  it('t3.small: 0 pods → 1 ENI, 3 IPs; 5 pods → 3 ENIs, 9 IPs, 4 unused; 9 pods → 3, 9, 0', () => {
    const { vpc, node } = oneNode('t3.small');
    expect(pool(node)).toEqual({ enis: 1, secondaryIps: 3, unused: 3, perEni: '3' });
    const addresses = Array.from({ length: 5 }, (_, k) => assignNodeIp(vpc, node, `pod-${k}`)?.address);
    expect(pool(node)).toEqual({ enis: 3, secondaryIps: 9, unused: 4, perEni: '3,3,3' });
    for (let k = 5; k < 9; k++) addresses.push(assignNodeIp(vpc, node, `pod-${k}`)?.address);
    expect(pool(node)).toEqual({ enis: 3, secondaryIps: 9, unused: 0, perEni: '3,3,3' });
    // 9 = 3 ENIs × (4 − 1): the tenth pod has no IP, as max pods 11 − 2 host-network pods says.
    expect(assignNodeIp(vpc, node, 'pod-9')).toBeNull();
    for (const address of addresses) releaseNodeIp(vpc, node, address as NodeAddress);
    expect(pool(node)).toEqual({ enis: 1, secondaryIps: 3, unused: 3, perEni: '3' });
  });

  it('never hands the ENI primary address to a pod, and names the node after its own', () => {
    const { vpc, node } = oneNode('m5.large');
    expect(node.name).toBe('ip-10-0-0-4.ec2.internal');
    expect(node.enis[0].primary.ip).toBe('10.0.0.4');
    const ips = Array.from({ length: 27 }, (_, k) => assignNodeIp(vpc, node, `pod-${k}`)?.ip);
    const primaries = node.enis.map((e) => e.primary.ip);
    expect(new Set(ips).size).toBe(27);
    for (const ip of ips) expect(primaries).not.toContain(ip);
    expect(vpc.subnets[0].used).toBe(3 * 10);
  });

  it('a subnet that runs out stops the pool: the pod gets no IP (add cmd: failed to assign an IP address)', () => {
    // /28: 11 addresses. The node takes 1 + 9; the second ENI gets its primary and nothing else.
    const { vpc, node } = oneNode('m5.large', { subnetId: 'subnet-tiny', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' });
    const ips = Array.from({ length: 9 }, (_, k) => assignNodeIp(vpc, node, `pod-${k}`)?.ip);
    expect(ips.every((ip) => ip !== undefined)).toBe(true);
    expect(pool(node)).toEqual({ enis: 2, secondaryIps: 9, unused: 0, perEni: '9,0' });
    expect(assignNodeIp(vpc, node, 'pod-9')).toBeNull();
  });
});

describe('EKS Fargate pods: an ENI and an address each', () => {
  it('goes round the subnets in turn and gives addresses back', () => {
    const vpc = createTwinVpc([SUBNET_1A, { subnetId: 'subnet-1b', cidr: '10.0.64.0/24', availabilityZone: 'us-east-1b' }]);
    const got = Array.from({ length: 4 }, (_, k) => assignFargateIp(vpc, `pod-${k}`, k));
    expect(got.map((a) => (a === null ? null : fargateIp(vpc, a)))).toEqual(['10.0.0.4', '10.0.64.4', '10.0.0.5', '10.0.64.5']);
    expect(new Set(heldAddresses(vpc.subnets[0], 10).map((a) => a.eniId)).size).toBe(2);
    const first = got[0];
    if (first === null) throw new Error('no address');
    releaseFargateIp(vpc, first);
    expect(vpc.subnets[0].used).toBe(1);
    expect(assignFargateIp(vpc, 'pod-4', 4)).toEqual({ kind: 'fargate', subnet: 0, index: 0 });
  });

  it('skips a full subnet and says so when all are full', () => {
    const vpc = createTwinVpc([{ subnetId: 'subnet-tiny', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' }]);
    for (let k = 0; k < 11; k++) expect(assignFargateIp(vpc, `pod-${k}`, k)).not.toBeNull();
    expect(assignFargateIp(vpc, 'pod-11', 11)).toBeNull();
  });
});
