import { describe, expect, it } from 'vitest';
import { INSTANCE_TYPES } from './instanceTypes';
import { findInstanceType, taskEniLimit, vpcCniMaxPods } from './instanceLimits';

// Every row copied by hand from the sources, not computed:
//  vCPU, memory MiB, arch — Karpenter instance-types.md (EC2 DescribeInstanceTypes), amd64 written as x86_64;
//  ENIs, IPv4/ENI         — reference/k8s.md §6.4 (vpc_ip_resource_limit.go); m7g from the same file @01c4ad5a;
//  maxPods                — eni-max-pods.txt: reference/k8s.md §6.4; m7g from aws/amazon-vpc-cni-k8s
//                           misc/eni-max-pods.txt @01d744a5 ("m7g.large 29", "m7g.medium 8");
//  noTrunk, trunk         — ECS DG supported-instance table, reference/ecs.md §8.1 (T family: not listed).
const EXPECTED = [
  { type: 't3.micro', vCpu: 2, memoryMiB: 1024, arch: 'x86_64', enis: 2, ipv4: 2, maxPods: 4, noTrunk: null, trunk: null },
  { type: 't3.small', vCpu: 2, memoryMiB: 2048, arch: 'x86_64', enis: 3, ipv4: 4, maxPods: 11, noTrunk: null, trunk: null },
  { type: 't3.medium', vCpu: 2, memoryMiB: 4096, arch: 'x86_64', enis: 3, ipv4: 6, maxPods: 17, noTrunk: null, trunk: null },
  { type: 't3.large', vCpu: 2, memoryMiB: 8192, arch: 'x86_64', enis: 3, ipv4: 12, maxPods: 35, noTrunk: null, trunk: null },
  { type: 't3.xlarge', vCpu: 4, memoryMiB: 16384, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: null, trunk: null },
  { type: 't3.2xlarge', vCpu: 8, memoryMiB: 32768, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: null, trunk: null },
  { type: 'm5.large', vCpu: 2, memoryMiB: 8192, arch: 'x86_64', enis: 3, ipv4: 10, maxPods: 29, noTrunk: 2, trunk: 10 },
  { type: 'm5.xlarge', vCpu: 4, memoryMiB: 16384, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 20 },
  { type: 'm5.2xlarge', vCpu: 8, memoryMiB: 32768, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 40 },
  { type: 'm5.4xlarge', vCpu: 16, memoryMiB: 65536, arch: 'x86_64', enis: 8, ipv4: 30, maxPods: 234, noTrunk: 7, trunk: 60 },
  { type: 'c5.large', vCpu: 2, memoryMiB: 4096, arch: 'x86_64', enis: 3, ipv4: 10, maxPods: 29, noTrunk: 2, trunk: 10 },
  { type: 'c5.xlarge', vCpu: 4, memoryMiB: 8192, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 20 },
  { type: 'c5.2xlarge', vCpu: 8, memoryMiB: 16384, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 40 },
  { type: 'c5.4xlarge', vCpu: 16, memoryMiB: 32768, arch: 'x86_64', enis: 8, ipv4: 30, maxPods: 234, noTrunk: 7, trunk: 60 },
  { type: 'r5.large', vCpu: 2, memoryMiB: 16384, arch: 'x86_64', enis: 3, ipv4: 10, maxPods: 29, noTrunk: 2, trunk: 10 },
  { type: 'r5.xlarge', vCpu: 4, memoryMiB: 32768, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 20 },
  { type: 'r5.2xlarge', vCpu: 8, memoryMiB: 65536, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 40 },
  { type: 'r5.4xlarge', vCpu: 16, memoryMiB: 131072, arch: 'x86_64', enis: 8, ipv4: 30, maxPods: 234, noTrunk: 7, trunk: 60 },
  { type: 'm6i.large', vCpu: 2, memoryMiB: 8192, arch: 'x86_64', enis: 3, ipv4: 10, maxPods: 29, noTrunk: 2, trunk: 10 },
  { type: 'm6i.xlarge', vCpu: 4, memoryMiB: 16384, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 20 },
  { type: 'm6i.2xlarge', vCpu: 8, memoryMiB: 32768, arch: 'x86_64', enis: 4, ipv4: 15, maxPods: 58, noTrunk: 3, trunk: 40 },
  { type: 'm6i.4xlarge', vCpu: 16, memoryMiB: 65536, arch: 'x86_64', enis: 8, ipv4: 30, maxPods: 234, noTrunk: 7, trunk: 60 },
  { type: 'm7g.medium', vCpu: 1, memoryMiB: 4096, arch: 'arm64', enis: 2, ipv4: 4, maxPods: 8, noTrunk: 1, trunk: 4 },
  { type: 'm7g.large', vCpu: 2, memoryMiB: 8192, arch: 'arm64', enis: 3, ipv4: 10, maxPods: 29, noTrunk: 2, trunk: 10 },
] as const;

describe('the instance-type catalog (reference/ecs.md §8, reference/k8s.md §6.4)', () => {
  it('holds exactly the rows checked here, each once', () => {
    expect(INSTANCE_TYPES.map((spec) => spec.instanceType)).toEqual(EXPECTED.map((row) => row.type));
  });

  it.each(EXPECTED)('$type: vCPU, memory, CPU units, architecture, ENIs and IPv4 per ENI match the sources', (row) => {
    const found = findInstanceType(row.type);
    if (!found.ok) throw new Error(found.error);
    expect(found.spec).toMatchObject({
      vCpu: row.vCpu,
      memoryMiB: row.memoryMiB,
      cpuUnits: row.vCpu * 1024,
      architecture: row.arch,
      maxEnis: row.enis,
      ipv4PerEni: row.ipv4,
      family: row.type.split('.')[0],
    });
    expect(found.spec.source).toMatch(/karpenter/);
    expect(found.spec.source).toMatch(/vpc_ip_resource_limit\.go/);
  });

  it.each(EXPECTED)('$type: VPC CNI max pods equals the eni-max-pods.txt row ($maxPods)', (row) => {
    expect(vpcCniMaxPods(row.type)).toBe(row.maxPods);
  });

  it.each(EXPECTED)('$type: awsvpc task limits without and with trunking match the ECS DG table', (row) => {
    // Without trunking the DG column is (ENIs − 1); for the T family (absent from that table) the
    // reference gives the same rule (reference/ecs.md §8.2).
    expect(taskEniLimit(row.type, { trunking: false })).toBe(row.noTrunk ?? row.enis - 1);
    expect(taskEniLimit(row.type, { trunking: true })).toBe(row.trunk ?? row.enis - 1);
    const found = findInstanceType(row.type);
    expect(found.ok && found.spec.trunking).toEqual(row.trunk === null ? { supported: false } : { supported: true, taskLimit: row.trunk });
  });
});

describe('the issue headline numbers', () => {
  it('m5.large: 2 awsvpc tasks, 10 with trunking, 29 pods on EKS', () => {
    expect(taskEniLimit('m5.large', { trunking: false })).toBe(2);
    expect(taskEniLimit('m5.large', { trunking: true })).toBe(10);
    expect(vpcCniMaxPods('m5.large')).toBe(29);
  });

  it('c5.large: the DG example, two tasks, ten with a trunk interface (reference/ecs.md §8.1)', () => {
    expect(taskEniLimit('c5.large', { trunking: false })).toBe(2);
    expect(taskEniLimit('c5.large', { trunking: true })).toBe(10);
  });

  it('T types keep max ENIs − 1 when the account opts in to awsvpcTrunking', () => {
    expect(taskEniLimit('t3.medium', { trunking: true })).toBe(2);
    expect(taskEniLimit('t3.micro', { trunking: true })).toBe(1);
  });
});

describe('unknown instance types', () => {
  it('names the type and suggests the nearest known one for a typo', () => {
    expect(findInstanceType('m5.larg')).toEqual({ ok: false, error: 'unknown instance type "m5.larg": did you mean m5.large?' });
  });

  it('suggests the sizes one edit away for a size the catalog lacks', () => {
    expect(findInstanceType('m5.8xlarge')).toEqual({
      ok: false,
      error: 'unknown instance type "m5.8xlarge": did you mean m5.xlarge, m5.2xlarge or m5.4xlarge?',
    });
  });

  it('is case-sensitive, as EC2 is, but points to the lower-case name', () => {
    expect(findInstanceType('M5.Large')).toEqual({ ok: false, error: 'unknown instance type "M5.Large": did you mean m5.large?' });
  });

  it('lists the family when nothing is close', () => {
    expect(findInstanceType('t3.nano16')).toEqual({
      ok: false,
      error: 'unknown instance type "t3.nano16": the catalog has t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge',
    });
  });

  it('lists the families for an unknown family', () => {
    expect(findInstanceType('p4d.24xlarge')).toEqual({
      ok: false,
      error: 'unknown instance type "p4d.24xlarge": the catalog has the families t3, m5, c5, r5, m6i, m7g',
    });
  });

  it('makes taskEniLimit and vpcCniMaxPods throw the same message', () => {
    expect(() => taskEniLimit('m5.larg', { trunking: false })).toThrow('unknown instance type "m5.larg": did you mean m5.large?');
    expect(() => vpcCniMaxPods('x9.huge')).toThrow('unknown instance type "x9.huge"');
  });
});
