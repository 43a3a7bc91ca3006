// The EKS nodes of the Kubernetes twin. When the ECS service runs on EC2 capacity, the twin is an
// EKS managed node group with one node per ECS container instance, of the same instance type and
// Availability Zone (inferred translation); on Fargate or EXTERNAL capacity it has none and each
// pod stands alone (k8sPods.ts nodeFor). The node's numbers are the ones EKS gives it: max pods
// from the VPC CNI (§6.1), allocatable after the EKS AMI's reservations.

import { findInstanceType, vpcCniMaxPods } from '../catalog/instanceLimits';
import { HOSTNAME_KEY, INSTANCE_TYPE_KEY, ZONE_KEY } from '../placement/kubeScheduler';
import type { Scenario, SubnetSpec } from '../types';
import { nextFreeAddress } from '../network/subnetPool';
import { fillWarmPool, type CniNode, type TwinVpc } from './vpcCni';

const NODEGROUP_KEY = 'eks.amazonaws.com/nodegroup';

export interface NodeSpec {
  instanceType: string;
  zone: string;
  /** The Auto Scaling group provider the node comes from, or null for a registered container instance. */
  nodegroup: string | null;
}

/** A node as the scheduler and the CNI see it; plain data. */
export interface NodeRecord extends CniNode {
  instanceType: string;
  zone: string;
  labels: Record<string, string>;
  allocatableMilliCpu: number;
  allocatableMemory: number;
  requestedMilliCpu: number;
  requestedMemory: number;
  maxPods: number;
  /** Host-network pods first, then the Deployment's pods by ReplicaSet (terminating apart). */
  pods: { labels: Record<string, string>; count: number; terminating: boolean }[];
  /** Pods in phase Running on the node now. */
  running: number;
}

/** The twin's compute: where its pods run, and the subnets its copy of the VPC has. */
export interface EksCompute {
  nodes: NodeSpec[] | null;
  subnets: SubnetSpec[];
}

const isAsgProvider = (p: Scenario['cluster']['capacityProviders'][number]) => 'autoScalingGroupProvider' in p;

/**
 * The twin's nodes and subnets. `nodes` is null on Fargate or EXTERNAL capacity (no EKS node, the
 * twin stands in for EKS on Fargate). With launchType EC2, one node per registered container
 * instance that is not external; with Auto Scaling group providers in the strategy, each group's
 * desiredCapacity nodes of its instance type, spread over the subnets' zones in turn (inferred:
 * EC2 Auto Scaling balances a group over its zones; managed scaling is not followed). The subnets
 * are the service's awsvpc subnets (all the cluster's when unset), plus the first subnet of any
 * zone a node is in that they leave out, since a node needs one.
 */
export function eksCompute(scenario: Scenario): EksCompute {
  const { service, cluster } = scenario;
  const chosen = service.networkConfiguration?.awsvpcConfiguration.subnets;
  const subnets = chosen === undefined ? cluster.subnets : cluster.subnets.filter((s) => chosen.includes(s.subnetId));
  const zones = [...new Set(subnets.map((s) => s.availabilityZone))];
  const groups = cluster.capacityProviders.filter(isAsgProvider).filter((p) => service.capacityProviderStrategy.some((item) => item.capacityProvider === p.name));
  let nodes: NodeSpec[] | null = null;
  if (service.launchType === 'EC2') {
    nodes = cluster.containerInstances.filter((ci) => !ci.external).map((ci) => ({ instanceType: ci.instanceType, zone: ci.availabilityZone, nodegroup: null }));
  } else if (groups.length > 0) {
    nodes = groups.flatMap((p) => {
      const { instanceType, desiredCapacity } = p.autoScalingGroupProvider.autoScalingGroup;
      return Array.from({ length: desiredCapacity }, (_, k) => ({ instanceType, zone: zones[k % zones.length], nodegroup: p.name }));
    });
  }
  const covered = new Set(zones);
  const missing = new Set((nodes ?? []).map((n) => n.zone).filter((zone) => !covered.has(zone)));
  const extra = cluster.subnets.filter((s) => missing.delete(s.availabilityZone));
  return { nodes, subnets: cluster.subnets.filter((s) => subnets.includes(s) || extra.includes(s)) };
}

/**
 * kube-reserved CPU on the EKS AMI: 6 % of the first core, 1 % of the second, 0.5 % of the next
 * two, 0.25 % of the rest (awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go
 * getCPUMillicoresToReserve).
 * @example reservedMilliCpu(2000) // → 70 (m5.large: allocatable 1930m)
 */
export function reservedMilliCpu(total: number): number {
  const bounds = [0, 1000, 2000, 4000, total];
  const perTenThousand = [600, 100, 50, 25];
  let reserved = 0;
  perTenThousand.forEach((share, i) => {
    if (total > bounds[i]) reserved += Math.floor(((Math.min(total, bounds[i + 1]) - bounds[i]) * share) / 10000);
  });
  return reserved;
}

/**
 * Memory the EKS AMI keeps from pods: kube-reserved `11 × maxPods + 255` MiB plus the
 * `memory.available` hard-eviction threshold of 100Mi (config.go GetMemoryMebibytesToReserve,
 * defaultKubeletSubConfig). The kernel's own share of the instance's memory is left out (inferred).
 * @example reservedMemory(29) // → 674 (m5.large)
 */
export const reservedMemory = (maxPods: number) => 11 * maxPods + 255 + 100;

/**
 * The host-network DaemonSet pods on every node: they count against max pods and take no secondary
 * IP (eni-max-pods.txt "+2 for the pods that use host-networking (AWS CNI and kube-proxy)", §6.1).
 * aws-node requests cpu 25m (aws/amazon-vpc-cni-k8s config/master/aws-k8s-cni.yaml); kube-proxy
 * 100m (inferred: the EKS add-on's request, not in the reference).
 */
const HOST_NETWORK_PODS = [
  { labels: { 'k8s-app': 'aws-node' }, milliCpu: 25 },
  { labels: { 'k8s-app': 'kube-proxy' }, milliCpu: 100 },
];

/**
 * The node's name as EKS writes it, the EC2 private DNS name: `ip-10-0-1-23.ec2.internal` in
 * us-east-1, `ip-10-0-1-23.<region>.compute.internal` elsewhere (EC2 User Guide, instance naming).
 */
export function nodeName(ip: string, zone: string): string {
  const region = zone.replace(/[a-z]$/, '');
  return `ip-${ip.replaceAll('.', '-')}.${region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`}`;
}

/**
 * Launches the nodes: each takes the lowest free address of the first twin subnet in its zone as
 * its primary IP, then ipamd fills its warm pool. A node whose subnet has no address left does
 * not launch (inferred: EC2 refuses the instance).
 */
export function launchNodes(vpc: TwinVpc, specs: readonly NodeSpec[]): NodeRecord[] {
  const nodes: NodeRecord[] = [];
  for (const spec of specs) {
    const subnet = vpc.subnets.findIndex((s) => s.availabilityZone === spec.zone);
    const ip = nextFreeAddress(vpc.subnets[subnet]);
    if (ip === null) continue;
    const node = newNode(spec, nodeName(ip, spec.zone), subnet);
    fillWarmPool(vpc, node);
    nodes.push(node);
  }
  return nodes;
}

function newNode(spec: NodeSpec, name: string, subnet: number): NodeRecord {
  const found = findInstanceType(spec.instanceType);
  if (!found.ok) throw new Error(found.error);
  const { vCpu, memoryMiB, maxEnis, ipv4PerEni } = found.spec;
  const maxPods = vpcCniMaxPods(spec.instanceType);
  return {
    name,
    subnet,
    maxEnis,
    ipsPerEni: ipv4PerEni - 1,
    enis: [],
    freeIps: 0,
    eniSeq: 0,
    version: 0,
    instanceType: spec.instanceType,
    zone: spec.zone,
    labels: {
      [HOSTNAME_KEY]: name,
      [INSTANCE_TYPE_KEY]: spec.instanceType,
      [ZONE_KEY]: spec.zone,
      ...(spec.nodegroup !== null && { [NODEGROUP_KEY]: spec.nodegroup }),
    },
    allocatableMilliCpu: vCpu * 1000 - reservedMilliCpu(vCpu * 1000),
    allocatableMemory: memoryMiB - reservedMemory(maxPods),
    requestedMilliCpu: HOST_NETWORK_PODS.reduce((sum, p) => sum + p.milliCpu, 0),
    requestedMemory: 0,
    maxPods,
    pods: HOST_NETWORK_PODS.map((p) => ({ labels: { ...p.labels }, count: 1, terminating: false })),
    running: 0,
  };
}
