// ENIs in a subnet: each awsvpc task gets one ENI with one private IP from its subnet ("Each task
// can only have one ENI", ECS DG task-networking-awsvpc.html), and a container instance's primary
// and trunk ENIs hold one each. The addresses come from the subnet's pool (subnetPool.ts).

import type { SubnetAddressView } from '../types';
import { addressAt, giveBack, takeAddress, type SubnetPool } from './subnetPool';

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
 * Creates an ENI in the subnet with its lowest free private IP, never one of the five AWS keeps,
 * or returns null when the subnet is full (EC2 then answers INSUFFICIENT_FREE_ADDRESSES).
 * @example allocateEni(pool, 'eni-0a1b…', 'task-1', 'task') // → { eniId: 'eni-0a1b…', subnetId: 'subnet-1a', index: 0, privateIp: '10.0.1.4' }
 */
export function allocateEni(pool: SubnetPool, eniId: string, holder: string, kind: SubnetAddressView['kind']): EniAddress | null {
  const index = takeAddress(pool, holder, kind, eniId);
  return index === null ? null : { eniId, subnetId: pool.subnetId, index, privateIp: addressAt(pool, index) };
}

/** Deletes the ENI and gives its address back ("When the task stops … the task ENI is detached and deleted"). */
export function releaseEni(pool: SubnetPool, eni: EniAddress): void {
  giveBack(pool, eni.index);
}
