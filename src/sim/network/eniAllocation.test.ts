import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import { parseCidr, reservedAddresses } from './cidr';
import { allocateEni, emptySubnet, releaseEni, type SubnetsState } from './eniAllocation';

const random = () => createRandomState(5);

function take(state: SubnetsState, owner: string, r = random()) {
  const result = allocateEni(state, 'subnet-1', ['sg-1'], owner, r);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('allocateEni', () => {
  it('hands out 10.0.1.4 first in a /28 (the first four are reserved) and an eni- id of 17 hex', () => {
    const { eni } = take({ 'subnet-1': emptySubnet('10.0.1.0/28') }, 'task-1');
    expect(eni.privateIp).toBe('10.0.1.4');
    expect(eni.eniId).toMatch(/^eni-[0-9a-f]{17}$/);
    expect(eni).toMatchObject({ subnetId: 'subnet-1', securityGroups: ['sg-1'], ownerId: 'task-1' });
  });

  it('a /28 has 11 addresses: 10.0.1.4 to 10.0.1.14, then EC2\'s InsufficientFreeAddressesInSubnet', () => {
    let state: SubnetsState = { 'subnet-1': emptySubnet('10.0.1.0/28') };
    const r = random();
    const ips: string[] = [];
    for (let n = 0; n < 11; n++) {
      const result = take(state, `task-${n}`, r);
      state = result.state;
      ips.push(result.eni.privateIp);
    }
    expect(ips[0]).toBe('10.0.1.4');
    expect(ips[10]).toBe('10.0.1.14');
    expect(allocateEni(state, 'subnet-1', [], 'task-11', r)).toEqual({
      ok: false,
      code: 'InsufficientFreeAddressesInSubnet',
      error: 'The specified subnet does not contain enough free private IP addresses to fulfill your request.',
    });
  });

  it('reuses the lowest released address first', () => {
    const r = random();
    let state: SubnetsState = { 'subnet-1': emptySubnet('10.0.1.0/24') };
    const first = take(state, 'a', r);
    const second = take(first.state, 'b', r);
    const third = take(second.state, 'c', r);
    state = releaseEni(releaseEni(third.state, third.eni.eniId), first.eni.eniId);
    expect(take(state, 'd', r).eni.privateIp).toBe('10.0.1.4');
  });

  it('an unknown subnet is EC2\'s InvalidSubnetID.NotFound', () => {
    expect(allocateEni({}, 'subnet-9', [], 'x', random())).toMatchObject({ ok: false, code: 'InvalidSubnetID.NotFound' });
  });
});

describe('allocateEni properties', () => {
  // A run of allocations (true) and releases (false, of the nth live ENI).
  const steps = fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 60 });

  it('never holds an address twice, never hands out a reserved one, and reuses every released one', () => {
    fc.assert(
      fc.property(steps, fc.nat(), (ops, seed) => {
        const r = createRandomState(seed);
        const cidr = parseCidr('10.0.2.0/28');
        if (!cidr.ok) throw new Error(cidr.error);
        const reserved = new Set(reservedAddresses(cidr.cidr).map((a) => a.address));
        let state: SubnetsState = { 'subnet-1': emptySubnet('10.0.2.0/28') };
        const released = new Set<string>();
        for (const [allocate, n] of ops) {
          const live = Object.values(state['subnet-1'].enis);
          if (allocate) {
            const result = allocateEni(state, 'subnet-1', [], `o-${n}`, r);
            if (!result.ok) {
              expect(live.length).toBe(11);
              continue;
            }
            expect(reserved.has(result.eni.privateIp)).toBe(false);
            if (released.size > 0) expect(released.has(result.eni.privateIp)).toBe(true);
            released.delete(result.eni.privateIp);
            state = result.state;
          } else if (live.length > 0) {
            const eni = live[n % live.length];
            state = releaseEni(state, eni.eniId);
            released.add(eni.privateIp);
          }
          const ips = Object.values(state['subnet-1'].enis).map((e) => e.privateIp);
          expect(new Set(ips).size).toBe(ips.length);
        }
      }),
    );
  });
});
