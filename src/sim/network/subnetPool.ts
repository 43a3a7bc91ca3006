// One subnet as a pool of private addresses, for ECS's task and instance ENIs and the twin's nodes
// and pods alike: the lowest free one goes first (inferred: EC2 documents no order),
// so runs are deterministic, and taking or giving one back is O(log n) (a min-heap of returned
// indexes below a high-water mark), so a 10,000-pod rollout stays fast. Who holds each address is
// kept in parallel arrays, with no object per address: the views are built for the few shown.

import type { SubnetAddressView, SubnetSpec } from '../types';
import { parseCidr, usableIpCount, type Ipv4Cidr } from './cidr';

type Kind = SubnetAddressView['kind'];

export interface SubnetPool {
  subnetId: string;
  availabilityZone: string;
  block: Ipv4Cidr;
  /** usableIpCount: the block minus the five addresses AWS keeps. */
  usable: number;
  /** Every index below it has been handed out at least once. */
  next: number;
  /** Indexes given back, as a binary min-heap. */
  returned: number[];
  used: number;
  /** Per index below `next`: the holder (null while free), as what, and through which ENI. */
  holders: (string | null)[];
  kinds: Kind[];
  /** The ENI's id, or a number it is made from when the view asks (the twin's Fargate pods: k8s/vpcCni.ts). */
  enis: (string | number)[];
  /** Bumped on every change, so a view can be reused while it is unchanged. */
  version: number;
}

/** A subnet the scenario validated. */
export function createSubnetPool(spec: SubnetSpec): SubnetPool {
  const parsed = parseCidr(spec.cidr);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    subnetId: spec.subnetId,
    availabilityZone: spec.availabilityZone,
    block: parsed.cidr,
    usable: usableIpCount(parsed.cidr),
    next: 0,
    returned: [],
    used: 0,
    holders: [],
    kinds: [],
    enis: [],
    version: 0,
  };
}

/**
 * cidr.ts nthUsableAddress without its checks (the index is in range here): this runs once per pod.
 * @example addressAt(pool, 0) // pool of 10.0.1.0/24 → '10.0.1.4'
 */
export function addressAt(pool: SubnetPool, index: number): string {
  const a = pool.block.network + 4 + index;
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

/** The address takeAddress would hand out next, or null when the subnet is full. */
export function nextFreeAddress(pool: SubnetPool): string | null {
  const index = pool.returned.length > 0 ? pool.returned[0] : pool.next < pool.usable ? pool.next : null;
  return index === null ? null : addressAt(pool, index);
}

/**
 * Takes the lowest free address for `holder` on `eni`: its index, or null when the subnet has none left.
 * @example takeAddress(pool, 'web-7d4b9c8f5-x2x4k', 'pod', 12) // pool of 10.0.1.0/24, nothing held → 0 (10.0.1.4)
 */
export function takeAddress(pool: SubnetPool, holder: string, kind: Kind, eni: string | number): number | null {
  let index: number;
  if (pool.returned.length > 0) index = popMin(pool.returned);
  else if (pool.next < pool.usable) index = pool.next++;
  else return null;
  pool.holders[index] = holder;
  pool.kinds[index] = kind;
  pool.enis[index] = eni;
  pool.used++;
  pool.version++;
  return index;
}

/** The address at `index` passes to another holder on the same ENI (a node's secondary IP to a pod and back). */
export function handOver(pool: SubnetPool, index: number, holder: string, kind: Kind): void {
  if ((pool.holders[index] ?? null) === null) throw new Error(`${pool.subnetId}: address ${index} is not held`);
  pool.holders[index] = holder;
  pool.kinds[index] = kind;
  pool.version++;
}

/** Gives the address at `index` back. */
export function giveBack(pool: SubnetPool, index: number): void {
  if ((pool.holders[index] ?? null) === null) throw new Error(`${pool.subnetId}: address ${index} is not held`);
  pool.holders[index] = null;
  pushMin(pool.returned, index);
  pool.used--;
  pool.version++;
}

/** The held addresses, lowest first, at most `limit` of them; `eniIdOf` names an ENI kept as a number. */
export function heldAddresses(pool: SubnetPool, limit: number, eniIdOf: (n: number) => string = String): SubnetAddressView[] {
  const out: SubnetAddressView[] = [];
  for (let index = 0; index < pool.next && out.length < limit; index++) {
    const holder = pool.holders[index];
    if (holder === null) continue;
    const eni = pool.enis[index];
    out.push({ index, privateIp: addressAt(pool, index), eniId: typeof eni === 'number' ? eniIdOf(eni) : eni, holder, kind: pool.kinds[index] });
  }
  return out;
}

function pushMin(heap: number[], value: number): void {
  let i = heap.push(value) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= value) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = value;
}

function popMin(heap: number[]): number {
  const top = heap[0];
  const last = heap.pop() as number;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const child = left + 1 < heap.length && heap[left + 1] < heap[left] ? left + 1 : left;
    if (heap[child] >= last) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = last;
  return top;
}
