import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateEni, releaseEni, type EniAddress } from './eniAllocation';
import { createSubnetPool, heldAddresses } from './subnetPool';

const pool = (cidr: string) => createSubnetPool({ subnetId: 'subnet-1', cidr, availabilityZone: 'us-east-1a' });

describe('allocateEni', () => {
  it('gives the ENI the subnet’s first usable address, 10.0.1.4, and null once a /28’s 11 are held', () => {
    const subnet = pool('10.0.1.0/28');
    expect(allocateEni(subnet, 'eni-a', 'task-a', 'task')).toEqual({ eniId: 'eni-a', subnetId: 'subnet-1', index: 0, privateIp: '10.0.1.4' });
    for (let n = 1; n < 11; n++) allocateEni(subnet, `eni-${n}`, `task-${n}`, 'task');
    expect(allocateEni(subnet, 'eni-12', 'task-12', 'task')).toBeNull();
  });

  it('never hands out an address twice, and every released ENI gives its address back (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), (ops) => {
        const subnet = pool('10.0.1.0/26');
        const held: EniAddress[] = [];
        ops.forEach((allocate, n) => {
          if (allocate || held.length === 0) {
            const eni = allocateEni(subnet, `eni-${n}`, `task-${n}`, 'task');
            if (eni === null) return expect(held.length).toBe(subnet.usable);
            expect(held.some((h) => h.privateIp === eni.privateIp)).toBe(false);
            held.push(eni);
          } else releaseEni(subnet, held.shift() as EniAddress);
          expect(subnet.used).toBe(held.length);
        });
        for (const eni of held.splice(0)) releaseEni(subnet, eni);
        expect(heldAddresses(subnet, 100)).toEqual([]);
      }),
    );
  });
});
