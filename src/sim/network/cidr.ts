// IPv4 CIDR blocks as AWS accepts them for a VPC or a subnet, and the address arithmetic that IP
// allocation needs: how many addresses a subnet really offers and which one the nth task gets.

/** A parsed block: the network address as an unsigned 32-bit number and the prefix length. */
export interface Ipv4Cidr {
  /** The canonical spelling, e.g. `10.0.1.0/24`. */
  readonly text: string;
  readonly network: number;
  readonly prefixLength: number;
}

export type CidrParse = { ok: true; cidr: Ipv4Cidr } | { ok: false; error: string; position: number };

export type ReservedRole = 'network' | 'router' | 'dns' | 'future' | 'broadcast';

// "The allowed size for an IPv4 subnet is between a /28 netmask (16 IP addresses) and a /16 netmask
// (65,536 IP addresses)." EC2 API CreateSubnet (reference/ecs.md §8.3); a VPC block has the same bounds.
const LARGEST_PREFIX = 16;
const SMALLEST_PREFIX = 28;

// "Amazon Web Services reserves both the first four and the last IPv4 address in each subnet's CIDR
// block." (EC2 API CreateSubnet; reference/ecs.md §8.3). The roles of the five are from the VPC User
// Guide, https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html.
const RESERVED_AT_START: readonly ReservedRole[] = ['network', 'router', 'dns', 'future'];
const RESERVED_COUNT = RESERVED_AT_START.length + 1;

/**
 * Parses an IPv4 CIDR block for a VPC or subnet (/16 to /28). An error says what is wrong and
 * `position` is the 0-based offset of the character where it starts.
 * @example parseCidr('10.0.1.0/24')   // → { ok: true, cidr: { text: '10.0.1.0/24', network: 167772416, prefixLength: 24 } }
 * @example parseCidr('10.0.300.0/24') // → { ok: false, error: '"10.0.300.0/24": octet 3 is 300, above 255', position: 5 }
 */
export function parseCidr(text: string): CidrParse {
  const fail = (problem: string, position: number): CidrParse => ({ ok: false, error: `"${text}": ${problem}`, position });
  const octetStarts: number[] = [];
  let address = 0;
  let i = 0;
  for (let n = 1; n <= 4; n++) {
    const start = i;
    const read = readNumber(text, i);
    if (read.digits === '') return fail(i < text.length ? `octet ${n} starts with "${text[i]}", not a number 0–255` : `octet ${n} is missing`, i);
    if (hasLeadingZero(read.digits)) return fail(`octet ${n} is written "${read.digits}": leading zeros are not allowed`, start);
    if (read.value > 255) return fail(`octet ${n} is ${read.digits}, above 255`, start);
    octetStarts.push(start);
    address = address * 256 + read.value;
    i = read.end;
    if (n < 4 && text[i] !== '.') {
      if (i >= text.length || text[i] === '/') return fail(`expected 4 octets, found ${n}`, i);
      return fail(`unexpected "${text[i]}" after octet ${n}`, i);
    }
    if (n < 4) i++;
  }
  if (i >= text.length) return fail('the prefix length is missing, as in /24', i);
  if (text[i] === '.') return fail('more than 4 octets', i);
  if (text[i] !== '/') return fail(`unexpected "${text[i]}" after octet 4, expected "/"`, i);
  const prefixStart = i + 1;
  const prefix = readNumber(text, prefixStart);
  if (prefix.digits === '') return fail('the prefix length after "/" is missing', prefixStart);
  if (prefix.end < text.length) return fail(`unexpected "${text[prefix.end]}" after the prefix length`, prefix.end);
  if (hasLeadingZero(prefix.digits)) return fail(`the prefix length is written "${prefix.digits}": leading zeros are not allowed`, prefixStart);
  if (prefix.value > 32) return fail(`prefix length ${prefix.digits} is above 32`, prefixStart);
  if (prefix.value < LARGEST_PREFIX || prefix.value > SMALLEST_PREFIX) {
    return fail(`prefix length /${prefix.value} is outside /16–/28, the sizes AWS allows for a VPC or subnet`, prefixStart);
  }
  const network = maskOf(address, prefix.value);
  if (network !== address) {
    // Point at the first octet that carries a host bit.
    const firstHostOctet = [0, 1, 2, 3].find((k) => octetOf(address, k) !== octetOf(network, k)) ?? 0;
    return fail(`host bits set: did you mean ${formatIpv4(network)}/${prefix.value}?`, octetStarts[firstHostOctet]);
  }
  return { ok: true, cidr: { text: `${formatIpv4(network)}/${prefix.value}`, network, prefixLength: prefix.value } };
}

/**
 * Addresses a subnet offers for instances and task ENIs: the block's size minus the five AWS keeps.
 * Throws the parse error for a malformed string; validate untrusted input with parseCidr first.
 * @example usableIpCount('10.0.0.0/24') // → 251
 * @example usableIpCount('10.0.0.0/28') // → 11
 */
export function usableIpCount(cidr: string | Ipv4Cidr): number {
  const block = typeof cidr === 'string' ? requireCidr(cidr) : cidr;
  return 2 ** (32 - block.prefixLength) - RESERVED_COUNT;
}

/**
 * The nth (0-based) address that can be handed out, skipping the four reserved at the start.
 * @example nthUsableAddress(subnet, 0)   // subnet = parseCidr('10.0.1.0/24').cidr → '10.0.1.4'
 * @example nthUsableAddress(subnet, 250) // → '10.0.1.254'; 251 throws a RangeError
 */
export function nthUsableAddress(cidr: Ipv4Cidr, n: number): string {
  const usable = usableIpCount(cidr);
  if (!Number.isInteger(n) || n < 0 || n >= usable) {
    throw new RangeError(`"${cidr.text}" has ${usable} usable addresses, numbered 0 to ${usable - 1}; there is no address ${n}`);
  }
  return formatIpv4(cidr.network + RESERVED_AT_START.length + n);
}

/**
 * The five addresses AWS keeps in a subnet, with what each is for.
 * @example reservedAddresses(subnet) // subnet = parseCidr('10.0.0.0/24').cidr
 * // → [{ address: '10.0.0.0', role: 'network' }, { …'10.0.0.1', role: 'router' }, { …'10.0.0.2', role: 'dns' },
 * //    { …'10.0.0.3', role: 'future' }, { address: '10.0.0.255', role: 'broadcast' }]
 */
export function reservedAddresses(cidr: Ipv4Cidr): readonly { address: string; role: ReservedRole }[] {
  const last = cidr.network + 2 ** (32 - cidr.prefixLength) - 1;
  return [
    ...RESERVED_AT_START.map((role, k) => ({ address: formatIpv4(cidr.network + k), role })),
    // "AWS does not support broadcast in a VPC, therefore we reserve this address." (VPC User Guide)
    { address: formatIpv4(last), role: 'broadcast' as const },
  ];
}

function requireCidr(text: string): Ipv4Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.cidr;
}

function readNumber(text: string, start: number): { digits: string; value: number; end: number } {
  let end = start;
  while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
  const digits = text.slice(start, end);
  return { digits, value: Number(digits), end };
}

// "010" is octal to some tools and decimal to others; refusing it avoids guessing.
function hasLeadingZero(digits: string): boolean {
  return digits.length > 1 && digits[0] === '0';
}

function maskOf(address: number, prefixLength: number): number {
  const hostSize = 2 ** (32 - prefixLength);
  return address - (address % hostSize);
}

function octetOf(address: number, k: number): number {
  return Math.floor(address / 256 ** (3 - k)) % 256;
}

function formatIpv4(address: number): string {
  return [0, 1, 2, 3].map((k) => octetOf(address, k)).join('.');
}
