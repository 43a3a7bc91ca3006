// The Kubernetes twin's own copy of the VPC and the Amazon VPC CNI on it (reference/k8s.md §6):
// an EKS node's pods take secondary IPs of the node's ENIs, and ipamd keeps a warm pool of them;
// an EKS Fargate pod gets an ENI (and an address) of its own in one of the subnets.
//
// Warm pool, WARM_ENI_TARGET=1 (the default; §6.3): "ipamd attempts to keep 1 elastic network
// interface and all of its IP addresses available for pod assignment". ipamd grows the pool when
// "available < ENI target * addrsPerENI" (its log line "IP pool is too low: available (1) < ENI
// target (1) * addrsPerENI (14)", aws/amazon-vpc-cni-k8s#1245), attaching one more ENI with all
// its secondary IPs; this gives every WARM_ENI row of the docs table (§6.3). Simplifications
// (inferred): attaching is instant (the docs say it "can take up to 10 seconds"), a released IP is
// reusable at once (ipamd's cooldown is left out), and an ENI is detached when it holds no pod IP,
// is the newest, and the pool stays at target without it (the growth rule run backwards). Pods
// take the lowest free slot, first ENI first. A subnet that runs out stops the pool from growing:
// "When no IP is free, … add cmd: failed to assign an IP address to container" (§6.3).

import type { SubnetSpec } from '../types';
import { stableHex } from './stableHex';
import { addressAt, createSubnetPool, giveBack, handOver, takeAddress, type SubnetPool } from '../network/subnetPool';
import { hexOfNumber } from './stableHex';

/** The id of the ENI EKS Fargate gives pod number `seq` (made up, `eni-` and 17 hex digits; never repeated in a run). */
export const fargateEniId = (seq: number) => `eni-${hexOfNumber(seq)}`;

export interface TwinVpc {
  subnets: SubnetPool[];
  /** The subnet the next Fargate pod tries first: they go round the subnets in turn (inferred). */
  turn: number;
}

export interface NodeIp {
  /** The address's index in the node's subnet. */
  index: number;
  ip: string;
  /** The pod holding it, or null while it waits in the warm pool. */
  pod: string | null;
}

export interface NodeEni {
  eniId: string;
  /** The ENI's own address: "First IP on each ENI is not used for pods" (eni-max-pods.txt, §6.1). */
  primary: { index: number; ip: string };
  secondaries: NodeIp[];
}

/** What the CNI reads and changes on a node. */
export interface CniNode {
  name: string;
  /** Index of the node's subnet in the twin's VPC; all its ENIs are there (no custom networking). */
  subnet: number;
  maxEnis: number;
  /** Secondary IPs per ENI: IPv4 addresses per ENI − 1. */
  ipsPerEni: number;
  /** The primary ENI first. */
  enis: NodeEni[];
  /** Secondary IPs no pod holds. */
  freeIps: number;
  /** ENIs attached so far, for their ids. */
  eniSeq: number;
  /** Bumped on every change, so a view can be reused while it is unchanged. */
  version: number;
}

export type NodeAddress = { kind: 'node'; eni: number; slot: number };
export type FargateAddress = { kind: 'fargate'; subnet: number; index: number };
/** Where a pod's IP came from, so it can be given back. */
export type PodAddress = NodeAddress | FargateAddress;

/** WARM_ENI_TARGET's default (§6.3). */
const WARM_ENI_TARGET = 1;

export const createTwinVpc = (subnets: readonly SubnetSpec[]): TwinVpc => ({ subnets: subnets.map(createSubnetPool), turn: 0 });

/** `eni-` and 17 hex digits, as EC2 writes ENI ids, derived from `seed`. */
const eniIdFor = (seed: string) => `eni-${stableHex(seed, 17)}`;

function attachEni(vpc: TwinVpc, node: CniNode): NodeEni | null {
  const pool = vpc.subnets[node.subnet];
  const eniId = eniIdFor(`${node.name}/${node.eniSeq}`);
  const index = takeAddress(pool, node.name, 'node', eniId);
  if (index === null) return null;
  node.eniSeq++;
  const eni: NodeEni = { eniId, primary: { index, ip: addressAt(pool, index) }, secondaries: [] };
  node.enis.push(eni);
  node.version++;
  return eni;
}

/**
 * ipamd's pool growth: while fewer than one ENI's worth of IPs is free, fill the first ENI that is
 * not full, or attach one more, with all the secondary IPs it takes (as many as the subnet has
 * left). On a new node the first ENI attached is the primary one, whose address is the node's.
 */
export function fillWarmPool(vpc: TwinVpc, node: CniNode): void {
  const pool = vpc.subnets[node.subnet];
  while (node.freeIps < WARM_ENI_TARGET * node.ipsPerEni) {
    const eni = node.enis.find((e) => e.secondaries.length < node.ipsPerEni) ?? (node.enis.length < node.maxEnis ? attachEni(vpc, node) : null);
    if (eni === null) return;
    while (eni.secondaries.length < node.ipsPerEni) {
      const index = takeAddress(pool, node.name, 'node', eni.eniId);
      if (index === null) return;
      eni.secondaries.push({ index, ip: addressAt(pool, index), pod: null });
      node.freeIps++;
      node.version++;
    }
  }
}

/** ipamd's pool shrinking: detach the newest ENI while it holds no pod IP and the pool stays at target without it. */
function trimWarmPool(vpc: TwinVpc, node: CniNode): void {
  const pool = vpc.subnets[node.subnet];
  for (;;) {
    const last = node.enis[node.enis.length - 1];
    if (node.enis.length <= 1 || last.secondaries.some((ip) => ip.pod !== null)) return;
    if (node.freeIps - last.secondaries.length < WARM_ENI_TARGET * node.ipsPerEni) return;
    for (const ip of last.secondaries) giveBack(pool, ip.index);
    giveBack(pool, last.primary.index);
    node.freeIps -= last.secondaries.length;
    node.enis.pop();
    node.version++;
  }
}

function firstFreeSlot(node: CniNode): NodeAddress | null {
  for (const [eni, { secondaries }] of node.enis.entries()) {
    for (const [slot, ip] of secondaries.entries()) if (ip.pod === null) return { kind: 'node', eni, slot };
  }
  return null;
}

/** The CNI ADD for a pod on a node: the lowest free secondary IP, or null ("no available IP/Prefix addresses"). */
export function assignNodeIp(vpc: TwinVpc, node: CniNode, pod: string): { address: NodeAddress; ip: string } | null {
  let address = firstFreeSlot(node);
  if (address === null) {
    fillWarmPool(vpc, node);
    address = firstFreeSlot(node);
  }
  if (address === null) return null;
  const slot = node.enis[address.eni].secondaries[address.slot];
  slot.pod = pod;
  handOver(vpc.subnets[node.subnet], slot.index, pod, 'pod');
  node.freeIps--;
  node.version++;
  fillWarmPool(vpc, node);
  return { address, ip: slot.ip };
}

/** The CNI DEL: the IP goes back to the node's warm pool, which may shrink. */
export function releaseNodeIp(vpc: TwinVpc, node: CniNode, address: NodeAddress): void {
  const slot = node.enis[address.eni].secondaries[address.slot];
  slot.pod = null;
  handOver(vpc.subnets[node.subnet], slot.index, node.name, 'node');
  node.freeIps++;
  node.version++;
  trimWarmPool(vpc, node);
}

/**
 * An EKS Fargate pod's address: its own ENI in the next subnet round that has a free address
 * ("spread over the subnets in turn", inferred), or null when every subnet is full.
 */
export function assignFargateIp(vpc: TwinVpc, pod: string, seq: number): FargateAddress | null {
  const n = vpc.subnets.length;
  for (let k = 0; k < n; k++) {
    const subnet = (vpc.turn + k) % n;
    const index = takeAddress(vpc.subnets[subnet], pod, 'pod', seq);
    if (index === null) continue;
    vpc.turn = (subnet + 1) % n;
    return { kind: 'fargate', subnet, index };
  }
  return null;
}

/** The IP a Fargate pod's address stands for. */
export const fargateIp = (vpc: TwinVpc, address: FargateAddress) => addressAt(vpc.subnets[address.subnet], address.index);

/** A Fargate pod is gone: its ENI and address with it. */
export function releaseFargateIp(vpc: TwinVpc, address: FargateAddress): void {
  giveBack(vpc.subnets[address.subnet], address.index);
}
