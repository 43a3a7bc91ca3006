// A subnet's private addresses as the ENIs in it hold them: each awsvpc task gets one ENI with one
// private IP from its subnet ("Each task can only have one ENI", ECS DG task-networking-awsvpc.html),
// and a container instance's primary and trunk ENIs hold one each. Mutable, with O(log n)
// allocation and release, because a 10,000-task service allocates and frees thousands per rollout.

import type { SubnetAddressView, SubnetSpec } from '../types';
import { nthUsableAddress, parseCidr, usableIpCount, type Ipv4Cidr } from './cidr';

export type AddressKind = SubnetAddressView['kind'];

export interface HeldAddress {
  eniId: string;
  holder: string;
  kind: AddressKind;
}

export interface SubnetPool {
  subnetId: string;
  cidr: Ipv4Cidr;
  availabilityZone: string;
  usable: number;
  used: number;
  /** The next never-used address index (0 = the first after the four reserved ones). */
  nextIndex: number;
  /** Indexes given back, as a binary min-heap: the lowest is handed out first. */
  released: number[];
  /** Who holds each index in use. */
  held: Record<number, HeldAddress>;
  /** Bumped on every change, so a view of the pool can be reused while it stays the same. */
  version: number;
}

export interface EniAddress {
  eniId: string;
  subnetId: string;
  index: number;
  privateIp: string;
}

// EC2 API error codes, InsufficientFreeAddressesInSubnet (the first sentence of its description).
// Fargate tasks in a full subnet "reach PROVISIONING and then stop with InsufficientFreeAddressesInSubnet"
// (paradisec-archive/nabu#1259, 2026).
export const INSUFFICIENT_FREE_ADDRESSES = {
  code: 'InsufficientFreeAddressesInSubnet',
  message: 'The specified subnet does not contain enough free private IP addresses to fulfill your request.',
} as const;

/**
 * An empty subnet; the CIDR must already have passed parseCidr (scenario validation).
 * @example createSubnetPool({ subnetId: 'subnet-1a', cidr: '10.0.1.0/28', availabilityZone: 'us-east-1a' }).usable // → 11
 */
export function createSubnetPool(spec: SubnetSpec): SubnetPool {
  const parsed = parseCidr(spec.cidr);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    subnetId: spec.subnetId,
    cidr: parsed.cidr,
    availabilityZone: spec.availabilityZone,
    usable: usableIpCount(parsed.cidr),
    used: 0,
    nextIndex: 0,
    released: [],
    held: {},
    version: 0,
  };
}

/**
 * Creates an ENI in the subnet with its lowest free private IP, never one of the five AWS keeps,
 * or returns null when the subnet is full (EC2 then answers INSUFFICIENT_FREE_ADDRESSES). The
 * lowest-first order is Isomorph's (inferred: EC2 documents no order), so runs are repeatable.
 * @example allocateEni(pool, 'eni-0a1b…', 'task-1', 'task') // → { eniId: 'eni-0a1b…', subnetId: 'subnet-1a', index: 0, privateIp: '10.0.1.4' }
 */
export function allocateEni(pool: SubnetPool, eniId: string, holder: string, kind: AddressKind): EniAddress | null {
  let index: number;
  if (pool.released.length > 0) index = popMin(pool.released);
  else if (pool.nextIndex < pool.usable) index = pool.nextIndex++;
  else return null;
  pool.held[index] = { eniId, holder, kind };
  pool.used++;
  pool.version++;
  return { eniId, subnetId: pool.subnetId, index, privateIp: nthUsableAddress(pool.cidr, index) };
}

/**
 * Deletes the ENI at `index` and gives its address back ("When the task stops … the task ENI is
 * detached and deleted", DG task-networking-awsvpc.html). An index not held changes nothing.
 */
export function releaseEni(pool: SubnetPool, index: number): void {
  if (pool.held[index] === undefined) return;
  delete pool.held[index];
  pool.used--;
  pool.version++;
  pushMin(pool.released, index);
}

/** The held addresses, lowest first, at most `limit` of them. */
export function heldAddresses(pool: SubnetPool, limit: number): SubnetAddressView[] {
  const out: SubnetAddressView[] = [];
  for (let index = 0; index < pool.nextIndex && out.length < limit; index++) {
    const held = pool.held[index];
    if (held !== undefined) out.push({ index, privateIp: nthUsableAddress(pool.cidr, index), eniId: held.eniId, holder: held.holder, kind: held.kind });
  }
  return out;
}

function pushMin(heap: number[], value: number): void {
  heap.push(value);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= heap[i]) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function popMin(heap: number[]): number {
  const top = heap[0];
  const last = heap.pop() as number;
  if (heap.length === 0) return top;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    if (l < heap.length && heap[l] < heap[smallest]) smallest = l;
    if (r < heap.length && heap[r] < heap[smallest]) smallest = r;
    if (smallest === i) return top;
    [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
    i = smallest;
  }
}
