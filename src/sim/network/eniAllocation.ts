// Task ENIs and their private IPs in a subnet, as plain data: each awsvpc task gets one ENI with
// one private IP from its subnet ("Each task can only have one ENI", ECS DG task-networking-awsvpc.html).

import { randomHex, type RandomState } from '../clock/random';
import { nthUsableAddress, parseCidr, usableIpCount } from './cidr';

export interface NetworkInterface {
  readonly eniId: string;
  readonly subnetId: string;
  readonly privateIp: string;
  readonly securityGroups: readonly string[];
  /** What the ENI belongs to, e.g. a task id. */
  readonly ownerId: string;
}

export interface SubnetState {
  readonly cidr: string;
  /** The next never-used usable address index (0 = the first after the four reserved ones). */
  readonly nextIndex: number;
  /** Indexes given back, lowest first: they are handed out again before nextIndex. */
  readonly released: readonly number[];
  readonly enis: Readonly<Record<string, NetworkInterface & { readonly index: number }>>;
}

export type SubnetsState = Readonly<Record<string, SubnetState>>;

export type EniAllocation =
  | { ok: true; state: SubnetsState; eni: NetworkInterface }
  | { ok: false; code: string; error: string };

/**
 * An empty subnet for `cidr`.
 * @example emptySubnet('10.0.1.0/28') // → { cidr: '10.0.1.0/28', nextIndex: 0, released: [], enis: {} }
 */
export function emptySubnet(cidr: string): SubnetState {
  return { cidr, nextIndex: 0, released: [], enis: {} };
}

/**
 * Creates an ENI in a subnet with its lowest free private IP, never one of the five AWS reserves.
 * The lowest-first order is Isomorph's (inferred: EC2 documents no order), so runs are repeatable.
 * The ENI id is `eni-` and 17 hex digits from the seeded source.
 * @example allocateEni({ 'subnet-1': emptySubnet('10.0.1.0/24') }, 'subnet-1', ['sg-1'], 'task-1', random)
 * // → { ok: true, state: …, eni: { eniId: 'eni-0f3…', subnetId: 'subnet-1', privateIp: '10.0.1.4', … } }
 */
export function allocateEni(
  subnets: SubnetsState,
  subnetId: string,
  securityGroups: readonly string[],
  ownerId: string,
  random: RandomState,
): EniAllocation {
  const subnet = subnets[subnetId];
  // EC2's error for an unknown subnet id, as CreateService relays it: "The subnet ID 'birdzview' does
  // not exist (ErrorCode: InvalidSubnetID.NotFound)" (eddmann/serverless-fargate#20, 2022).
  if (!subnet) return { ok: false, code: 'InvalidSubnetID.NotFound', error: `The subnet ID '${subnetId}' does not exist` };
  const parsed = parseCidr(subnet.cidr);
  if (!parsed.ok) throw new Error(parsed.error);
  const reuse = subnet.released.length > 0;
  const index = reuse ? subnet.released[0] : subnet.nextIndex;
  if (index >= usableIpCount(parsed.cidr)) {
    // EC2 API error codes, InsufficientFreeAddressesInSubnet (the first sentence of its description).
    // Fargate tasks in a full subnet "reach PROVISIONING and then stop with InsufficientFreeAddressesInSubnet"
    // (paradisec-archive/nabu#1259, 2026).
    return {
      ok: false,
      code: 'InsufficientFreeAddressesInSubnet',
      error: 'The specified subnet does not contain enough free private IP addresses to fulfill your request.',
    };
  }
  const eni = { eniId: `eni-${randomHex(random, 17)}`, subnetId, privateIp: nthUsableAddress(parsed.cidr, index), securityGroups, ownerId };
  const next: SubnetState = {
    ...subnet,
    nextIndex: reuse ? subnet.nextIndex : subnet.nextIndex + 1,
    released: reuse ? subnet.released.slice(1) : subnet.released,
    enis: { ...subnet.enis, [eni.eniId]: { ...eni, index } },
  };
  return { ok: true, state: { ...subnets, [subnetId]: next }, eni };
}

/**
 * Deletes an ENI and gives its address back ("When the task stops … the task ENI is detached and
 * deleted", DG task-networking-awsvpc.html). An unknown id leaves the state as it was.
 * @example releaseEni(state, 'eni-0f3…') // → the state without that ENI; its address is next to be reused
 */
export function releaseEni(subnets: SubnetsState, eniId: string): SubnetsState {
  for (const [subnetId, subnet] of Object.entries(subnets)) {
    const eni = subnet.enis[eniId];
    if (!eni) continue;
    const enis = { ...subnet.enis };
    delete enis[eniId];
    const released = [...subnet.released, eni.index].sort((a, b) => a - b);
    return { ...subnets, [subnetId]: { ...subnet, released, enis } };
  }
  return subnets;
}
