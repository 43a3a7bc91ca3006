import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateEni, createSubnetPool, heldAddresses, releaseEni } from './eniAllocation';

const pool = (cidr: string) => createSubnetPool({ subnetId: 'subnet-1', cidr, availabilityZone: 'us-east-1a' });

describe('allocateEni', () => {
  it('a /28 has 11 addresses: 10.0.1.4 to 10.0.1.14 (four reserved at the start, one at the end), then none', () => {
    const subnet = pool('10.0.1.0/28');
    const ips = Array.from({ length: 11 }, (_, n) => allocateEni(subnet, `eni-${n}`, `task-${n}`, 'task')?.privateIp);
    expect(ips[0]).toBe('10.0.1.4');
    expect(ips[10]).toBe('10.0.1.14');
    expect(allocateEni(subnet, 'eni-11', 'task-11', 'task')).toBeNull();
    expect(subnet.used).toBe(11);
  });

  it('reuses the lowest released address first', () => {
    const subnet = pool('10.0.1.0/24');
    const [a, , c] = ['a', 'b', 'c'].map((id) => allocateEni(subnet, `eni-${id}`, id, 'task'));
    releaseEni(subnet, c!.index);
    releaseEni(subnet, a!.index);
    expect(allocateEni(subnet, 'eni-d', 'd', 'task')?.privateIp).toBe('10.0.1.4');
    expect(allocateEni(subnet, 'eni-e', 'e', 'task')?.privateIp).toBe('10.0.1.6');
  });

  it('lists who holds which address, lowest first, up to a limit', () => {
    const subnet = pool('10.0.1.0/24');
    allocateEni(subnet, 'eni-i', 'i-1', 'instance');
    allocateEni(subnet, 'eni-t', 'task-1', 'task');
    expect(heldAddresses(subnet, 1)).toEqual([{ index: 0, privateIp: '10.0.1.4', eniId: 'eni-i', holder: 'i-1', kind: 'instance' }]);
    expect(heldAddresses(subnet, 10).map((a) => a.holder)).toEqual(['i-1', 'task-1']);
  });

  it('never hands out an address twice, and every released address comes back (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), (ops) => {
        const subnet = pool('10.0.1.0/26');
        const held = new Map<number, string>();
        ops.forEach((allocate, n) => {
          if (allocate || held.size === 0) {
            const eni = allocateEni(subnet, `eni-${n}`, `task-${n}`, 'task');
            if (eni === null) return expect(held.size).toBe(subnet.usable);
            expect(held.has(eni.index)).toBe(false);
            held.set(eni.index, eni.privateIp);
          } else {
            const [index] = held.keys();
            releaseEni(subnet, index);
            held.delete(index);
          }
          expect(subnet.used).toBe(held.size);
        });
        for (const index of [...held.keys()]) releaseEni(subnet, index);
        expect(subnet.used).toBe(0);
        expect(heldAddresses(subnet, 100)).toEqual([]);
      }),
    );
  });
});
