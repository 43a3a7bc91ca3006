import { describe, expect, it } from 'vitest';
import { addressAt, createSubnetPool, giveBack, handOver, heldAddresses, nextFreeAddress, takeAddress } from './subnetPool';

const eniNamed = (n: number) => `eni-${String(n).padStart(17, '0')}`;

const ENI = 'eni-0123456789abcdef0';

describe('a subnet pool hands out the lowest free address', () => {
  it('starts after the four addresses AWS keeps and stops at the last usable one (/28: 11)', () => {
    const pool = createSubnetPool({ subnetId: 'subnet-small', cidr: '10.0.9.0/28', availabilityZone: 'us-east-1a' });
    const taken = Array.from({ length: 11 }, (_, k) => takeAddress(pool, `p${k}`, 'pod', ENI));
    expect(taken).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([addressAt(pool, 0), addressAt(pool, 10)]).toEqual(['10.0.9.4', '10.0.9.14']);
    expect(takeAddress(pool, 'one-too-many', 'pod', ENI)).toBeNull();
    expect(nextFreeAddress(pool)).toBeNull();
    expect(pool.used).toBe(pool.usable);
  });

  it('reuses the lowest address given back first', () => {
    const pool = createSubnetPool({ subnetId: 'subnet-1a', cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
    for (let k = 0; k < 6; k++) takeAddress(pool, `p${k}`, 'pod', ENI);
    giveBack(pool, 4);
    giveBack(pool, 1);
    giveBack(pool, 3);
    expect(nextFreeAddress(pool)).toBe('10.0.1.5');
    expect(['a', 'b', 'c', 'd'].map((p) => takeAddress(pool, p, 'pod', ENI))).toEqual([1, 3, 4, 6]);
    expect(pool.used).toBe(7);
  });

  it('lists the held addresses lowest first, with their holders and ENIs, capped', () => {
    const pool = createSubnetPool({ subnetId: 'subnet-1a', cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
    for (let k = 0; k < 5; k++) takeAddress(pool, `p${k}`, 'pod', k);
    giveBack(pool, 0);
    handOver(pool, 2, 'ip-10-0-1-5.ec2.internal', 'node');
    expect(heldAddresses(pool, 3, eniNamed)).toEqual([
      { index: 1, privateIp: '10.0.1.5', eniId: 'eni-00000000000000001', holder: 'p1', kind: 'pod' },
      { index: 2, privateIp: '10.0.1.6', eniId: 'eni-00000000000000002', holder: 'ip-10-0-1-5.ec2.internal', kind: 'node' },
      { index: 3, privateIp: '10.0.1.7', eniId: 'eni-00000000000000003', holder: 'p3', kind: 'pod' },
    ]);
  });

  it('refuses to give back an address nobody holds', () => {
    const pool = createSubnetPool({ subnetId: 'subnet-1a', cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
    takeAddress(pool, 'p0', 'pod', ENI);
    giveBack(pool, 0);
    expect(() => giveBack(pool, 0)).toThrow(/not held/);
  });
});
