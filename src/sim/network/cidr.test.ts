import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nthUsableAddress, parseCidr, reservedAddresses, usableIpCount, type Ipv4Cidr } from './cidr';

function parsed(text: string): Ipv4Cidr {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.error);
  return result.cidr;
}

// Independent of the code under test: dotted quad → number.
function toNumber(address: string): number {
  return address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

describe('usableIpCount: block size minus the 5 addresses AWS reserves (reference/ecs.md §8.3)', () => {
  // 2^(32 − prefix) − 5, written out by hand; /24 → 251 and /28 → 11 are the reference's worked numbers.
  it.each([
    ['10.0.0.0/16', 65531],
    ['10.0.0.0/17', 32763],
    ['10.0.0.0/18', 16379],
    ['10.0.0.0/19', 8187],
    ['10.0.0.0/20', 4091],
    ['10.0.0.0/21', 2043],
    ['10.0.0.0/22', 1019],
    ['10.0.0.0/23', 507],
    ['10.0.0.0/24', 251],
    ['10.0.0.0/25', 123],
    ['10.0.0.0/26', 59],
    ['10.0.0.0/27', 27],
    ['10.0.0.0/28', 11],
  ])('%s → %i', (cidr, usable) => {
    expect(usableIpCount(cidr)).toBe(usable);
    expect(usableIpCount(parsed(cidr))).toBe(usable);
  });

  it('throws the parse error for a malformed block', () => {
    expect(() => usableIpCount('10.0.0.0/30')).toThrow('"10.0.0.0/30": prefix length /30 is outside /16–/28');
  });
});

describe('parseCidr', () => {
  it('reads a block into its network number and prefix length', () => {
    expect(parseCidr('10.0.1.0/24')).toEqual({ ok: true, cidr: { text: '10.0.1.0/24', network: 167772416, prefixLength: 24 } });
    expect(parseCidr('192.168.255.240/28')).toEqual({
      ok: true,
      cidr: { text: '192.168.255.240/28', network: 3232301040, prefixLength: 28 },
    });
  });

  it.each([
    ['10.0.1.0/33', '"10.0.1.0/33": prefix length 33 is above 32', 9],
    ['10.0.300.0/24', '"10.0.300.0/24": octet 3 is 300, above 255', 5],
    ['10.0.1.5/24', '"10.0.1.5/24": host bits set: did you mean 10.0.1.0/24?', 7],
    ['10.0.1.0/16', '"10.0.1.0/16": host bits set: did you mean 10.0.0.0/16?', 5],
    ['10.0.0.0/30', '"10.0.0.0/30": prefix length /30 is outside /16–/28, the sizes AWS allows for a VPC or subnet', 9],
    ['10.0.0.0/8', '"10.0.0.0/8": prefix length /8 is outside /16–/28, the sizes AWS allows for a VPC or subnet', 9],
    ['', '"": octet 1 is missing', 0],
    ['10.0.1', '"10.0.1": expected 4 octets, found 3', 6],
    ['10.0.1/24', '"10.0.1/24": expected 4 octets, found 3', 6],
    ['10.0.1.0', '"10.0.1.0": the prefix length is missing, as in /24', 8],
    ['10.0.1.0/', '"10.0.1.0/": the prefix length after "/" is missing', 9],
    ['10.0.1.0.0/24', '"10.0.1.0.0/24": more than 4 octets', 8],
    ['10.0.x.0/24', '"10.0.x.0/24": octet 3 starts with "x", not a number 0–255', 5],
    ['10.0.1.0/24 ', '"10.0.1.0/24 ": unexpected " " after the prefix length', 11],
    ['10.0.1.0/2a', '"10.0.1.0/2a": unexpected "a" after the prefix length', 10],
    ['10.0.1:0/24', '"10.0.1:0/24": unexpected ":" after octet 3', 6],
    ['10.0.1.0-24', '"10.0.1.0-24": unexpected "-" after octet 4, expected "/"', 8],
    ['10.010.0.0/16', '"10.010.0.0/16": octet 2 is written "010": leading zeros are not allowed', 3],
    ['10.0.0.0/024', '"10.0.0.0/024": the prefix length is written "024": leading zeros are not allowed', 9],
    [' 10.0.0.0/16', '" 10.0.0.0/16": octet 1 starts with " ", not a number 0–255', 0],
  ])('rejects %j: %s at %i', (text, error, position) => {
    expect(parseCidr(text)).toEqual({ ok: false, error, position });
  });

  it('never throws, and on failure points inside the text or just past its end', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9./]{0,20}$/)), (text) => {
        const result = parseCidr(text);
        if (!result.ok) {
          expect(result.position).toBeGreaterThanOrEqual(0);
          expect(result.position).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});

describe('reserved and usable addresses (VPC User Guide, subnet-sizing)', () => {
  it('reserves network, router, DNS, future use and broadcast', () => {
    expect(reservedAddresses(parsed('10.0.0.0/24'))).toEqual([
      { address: '10.0.0.0', role: 'network' },
      { address: '10.0.0.1', role: 'router' },
      { address: '10.0.0.2', role: 'dns' },
      { address: '10.0.0.3', role: 'future' },
      { address: '10.0.0.255', role: 'broadcast' },
    ]);
  });

  it('hands out .4 first and the address before broadcast last', () => {
    const subnet = parsed('10.0.1.0/24');
    expect(nthUsableAddress(subnet, 0)).toBe('10.0.1.4');
    expect(nthUsableAddress(subnet, 250)).toBe('10.0.1.254');
    const small = parsed('192.168.8.16/28');
    expect(nthUsableAddress(small, 0)).toBe('192.168.8.20');
    expect(nthUsableAddress(small, 10)).toBe('192.168.8.30');
  });

  it('refuses an index past the usable range', () => {
    const subnet = parsed('10.0.1.0/28');
    expect(() => nthUsableAddress(subnet, 11)).toThrow('"10.0.1.0/28" has 11 usable addresses, numbered 0 to 10; there is no address 11');
    expect(() => nthUsableAddress(subnet, -1)).toThrow(RangeError);
    expect(() => nthUsableAddress(subnet, 1.5)).toThrow(RangeError);
  });

  // Any aligned /16–/28 block: nth addresses are distinct, inside the block, and never reserved.
  const blockAndTwoIndexes = fc
    .record({ prefix: fc.integer({ min: 16, max: 28 }), base: fc.integer({ min: 0, max: 2 ** 32 - 1 }) })
    .chain(({ prefix, base }) => {
      const size = 2 ** (32 - prefix);
      const network = base - (base % size);
      const text = [3, 2, 1, 0].map((k) => Math.floor(network / 256 ** k) % 256).join('.') + `/${prefix}`;
      return fc.record({
        text: fc.constant(text),
        network: fc.constant(network),
        size: fc.constant(size),
        n: fc.integer({ min: 0, max: size - 6 }),
        m: fc.integer({ min: 0, max: size - 6 }),
      });
    });

  it('property: nth usable addresses are distinct, inside the block and exclude the reserved ones', () => {
    fc.assert(
      fc.property(blockAndTwoIndexes, ({ text, network, size, n, m }) => {
        const subnet = parsed(text);
        const a = nthUsableAddress(subnet, n);
        const reserved = new Set(reservedAddresses(subnet).map((r) => r.address));
        expect(toNumber(a)).toBeGreaterThanOrEqual(network);
        expect(toNumber(a)).toBeLessThan(network + size);
        expect(reserved.has(a)).toBe(false);
        expect(a === nthUsableAddress(subnet, m)).toBe(n === m);
      }),
    );
  });
});
