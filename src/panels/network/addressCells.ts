// A subnet as the ENI panel draws it, without geometry: one cell per address for a small block
// (the four addresses AWS keeps at the start and the one at the end marked), or a single fill
// bar for a block too big to draw address by address.

import { parseCidr, type SubnetAddressView, type SubnetView } from '../../sim';

/** What AWS keeps each reserved address for (VPC User Guide, subnet-sizing.html; sim/network/cidr.ts). */
export type ReservedRole = 'network' | 'router' | 'dns' | 'future' | 'broadcast';

const RESERVED_AT_START: readonly ReservedRole[] = ['network', 'router', 'dns', 'future'];

/** Blocks of up to this many addresses (a /24 and smaller) get one cell per address. */
const CELLS_MAX_ADDRESSES = 256;

export type AddressCell =
  | { offset: number; ip: string; state: 'reserved'; role: ReservedRole }
  | { offset: number; ip: string; state: 'free' }
  | { offset: number; ip: string; state: 'held'; held: SubnetAddressView };

export type SubnetPicture =
  | { mode: 'cells'; size: number; usable: number; used: number; cells: AddressCell[] }
  | { mode: 'bar'; size: number; usable: number; used: number; fraction: number };

export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

/**
 * The subnet's addresses in block order. `held` addresses are numbered from the first usable one
 * (SubnetAddressView.index), which is block offset index + 4.
 * @example subnetPicture(subnet('subnet-x', '10.0.9.0/28', …)) // → 16 cells: 0–3 and 15 reserved, 11 usable
 */
export function subnetPicture(subnet: SubnetView): SubnetPicture {
  const parsed = parseCidr(subnet.cidr);
  const size = parsed.ok ? 2 ** (32 - parsed.cidr.prefixLength) : 0;
  if (!parsed.ok || size > CELLS_MAX_ADDRESSES) {
    return { mode: 'bar', size, usable: subnet.usable, used: subnet.used, fraction: subnet.usable > 0 ? Math.min(1, subnet.used / subnet.usable) : 0 };
  }
  const network = parsed.cidr.network;
  const byOffset = new Map(subnet.addresses.map((a) => [a.index + RESERVED_AT_START.length, a]));
  const cells: AddressCell[] = [];
  for (let offset = 0; offset < size; offset++) {
    const ip = formatIpv4(network + offset);
    if (offset < RESERVED_AT_START.length) cells.push({ offset, ip, state: 'reserved', role: RESERVED_AT_START[offset] });
    // "AWS does not support broadcast in a VPC, therefore we reserve this address." (VPC User Guide)
    else if (offset === size - 1) cells.push({ offset, ip, state: 'reserved', role: 'broadcast' });
    else {
      const held = byOffset.get(offset);
      cells.push(held ? { offset, ip, state: 'held', held } : { offset, ip, state: 'free' });
    }
  }
  return { mode: 'cells', size, usable: subnet.usable, used: subnet.used, cells };
}
