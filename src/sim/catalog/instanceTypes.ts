// The container-instance catalog: real EC2 instance types with the numbers ECS and the Amazon VPC
// CNI place by. Data only, one source line per row; the arithmetic lives in instanceLimits.ts.

/** The values of ECS's built-in `ecs.cpu-architecture` attribute (reference/ecs.md §6.2). */
export type CpuArchitecture = 'x86_64' | 'arm64';

/** Whether `awsvpcTrunking` applies to a type, and how many awsvpc tasks it then holds. */
export type TrunkingSupport = { readonly supported: true; readonly taskLimit: number } | { readonly supported: false };

export interface InstanceTypeSpec {
  readonly instanceType: string;
  /** The part before the dot: `m5` for `m5.large`. */
  readonly family: string;
  readonly vCpu: number;
  readonly memoryMiB: number;
  /** What ECS registers for the instance: vCPU × 1,024 (see CPU_UNITS_PER_VCPU). */
  readonly cpuUnits: number;
  /** Network interfaces the instance can attach, the primary one included. */
  readonly maxEnis: number;
  /** Private IPv4 addresses per interface, the interface's own primary address included. */
  readonly ipv4PerEni: number;
  readonly trunking: TrunkingSupport;
  readonly architecture: CpuArchitecture;
  readonly source: string;
}

/**
 * "You can determine the number of CPU units that are available per EC2 instance type by
 * multiplying the vCPUs listed for that instance type … by 1,024." (ECS API, ContainerDefinition.cpu, as
 * published in https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ecs/aws.sdk.kotlin.services.ecs.model/-container-definition/cpu.html)
 */
export const CPU_UNITS_PER_VCPU = 1024;

// vCPU, memory (MiB) and architecture: Karpenter's instance-type reference, generated from EC2
// DescribeInstanceTypes. It writes the architecture as Kubernetes does (amd64); ECS calls it x86_64.
const SPECS = 'vCPU, memory, arch: aws/karpenter-provider-aws website/content/en/docs/reference/instance-types.md @0c5e7d81';
// ENIs and IPv4 per ENI: the VPC CNI's table, also generated from DescribeInstanceTypes.
const ENIS = 'ENIs, IPv4/ENI: reference/k8s.md §6.4 (aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go)';
// m7g is not among the reference's rows; the same generated file, at a later commit, has it.
const ENIS_M7G = 'ENIs, IPv4/ENI: aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go @01c4ad5a';
// "Task limit with ENI trunking" column of the ECS Developer Guide's supported-instance table.
const TRUNK =
  'trunk limit: reference/ecs.md §8.1 (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-eni.html)';
// No T-family type appears in that table (reference/ecs.md §8.1, inferred from absence); Karpenter's
// reference likewise lists no vpc.amazonaws.com/pod-eni (trunk branch) resource for t3.
const NO_TRUNK = 'no trunking: T family absent from the ECS supported-instance table, reference/ecs.md §8.1';

interface Row {
  instanceType: string;
  vCpu: number;
  memoryMiB: number;
  architecture: CpuArchitecture;
  maxEnis: number;
  ipv4PerEni: number;
  trunkTaskLimit: number | null;
  enisSource?: string;
}

function spec(row: Row): InstanceTypeSpec {
  const trunking: TrunkingSupport = row.trunkTaskLimit === null ? { supported: false } : { supported: true, taskLimit: row.trunkTaskLimit };
  return {
    instanceType: row.instanceType,
    family: row.instanceType.slice(0, row.instanceType.indexOf('.')),
    vCpu: row.vCpu,
    memoryMiB: row.memoryMiB,
    cpuUnits: row.vCpu * CPU_UNITS_PER_VCPU,
    maxEnis: row.maxEnis,
    ipv4PerEni: row.ipv4PerEni,
    trunking,
    architecture: row.architecture,
    source: [SPECS, row.enisSource ?? ENIS, trunking.supported ? TRUNK : NO_TRUNK].join('; '),
  };
}

const x86 = 'x86_64';
const arm = 'arm64';

/** Every instance type a scenario may name, smallest first within a family. */
export const INSTANCE_TYPES: readonly InstanceTypeSpec[] = [
  spec({ instanceType: 't3.micro', vCpu: 2, memoryMiB: 1024, architecture: x86, maxEnis: 2, ipv4PerEni: 2, trunkTaskLimit: null }),
  spec({ instanceType: 't3.small', vCpu: 2, memoryMiB: 2048, architecture: x86, maxEnis: 3, ipv4PerEni: 4, trunkTaskLimit: null }),
  spec({ instanceType: 't3.medium', vCpu: 2, memoryMiB: 4096, architecture: x86, maxEnis: 3, ipv4PerEni: 6, trunkTaskLimit: null }),
  spec({ instanceType: 't3.large', vCpu: 2, memoryMiB: 8192, architecture: x86, maxEnis: 3, ipv4PerEni: 12, trunkTaskLimit: null }),
  spec({ instanceType: 't3.xlarge', vCpu: 4, memoryMiB: 16384, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: null }),
  spec({ instanceType: 't3.2xlarge', vCpu: 8, memoryMiB: 32768, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: null }),
  spec({ instanceType: 'm5.large', vCpu: 2, memoryMiB: 8192, architecture: x86, maxEnis: 3, ipv4PerEni: 10, trunkTaskLimit: 10 }),
  spec({ instanceType: 'm5.xlarge', vCpu: 4, memoryMiB: 16384, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 20 }),
  spec({ instanceType: 'm5.2xlarge', vCpu: 8, memoryMiB: 32768, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 40 }),
  spec({ instanceType: 'm5.4xlarge', vCpu: 16, memoryMiB: 65536, architecture: x86, maxEnis: 8, ipv4PerEni: 30, trunkTaskLimit: 60 }),
  spec({ instanceType: 'c5.large', vCpu: 2, memoryMiB: 4096, architecture: x86, maxEnis: 3, ipv4PerEni: 10, trunkTaskLimit: 10 }),
  spec({ instanceType: 'c5.xlarge', vCpu: 4, memoryMiB: 8192, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 20 }),
  spec({ instanceType: 'c5.2xlarge', vCpu: 8, memoryMiB: 16384, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 40 }),
  spec({ instanceType: 'c5.4xlarge', vCpu: 16, memoryMiB: 32768, architecture: x86, maxEnis: 8, ipv4PerEni: 30, trunkTaskLimit: 60 }),
  spec({ instanceType: 'r5.large', vCpu: 2, memoryMiB: 16384, architecture: x86, maxEnis: 3, ipv4PerEni: 10, trunkTaskLimit: 10 }),
  spec({ instanceType: 'r5.xlarge', vCpu: 4, memoryMiB: 32768, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 20 }),
  spec({ instanceType: 'r5.2xlarge', vCpu: 8, memoryMiB: 65536, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 40 }),
  spec({ instanceType: 'r5.4xlarge', vCpu: 16, memoryMiB: 131072, architecture: x86, maxEnis: 8, ipv4PerEni: 30, trunkTaskLimit: 60 }),
  spec({ instanceType: 'm6i.large', vCpu: 2, memoryMiB: 8192, architecture: x86, maxEnis: 3, ipv4PerEni: 10, trunkTaskLimit: 10 }),
  spec({ instanceType: 'm6i.xlarge', vCpu: 4, memoryMiB: 16384, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 20 }),
  spec({ instanceType: 'm6i.2xlarge', vCpu: 8, memoryMiB: 32768, architecture: x86, maxEnis: 4, ipv4PerEni: 15, trunkTaskLimit: 40 }),
  spec({ instanceType: 'm6i.4xlarge', vCpu: 16, memoryMiB: 65536, architecture: x86, maxEnis: 8, ipv4PerEni: 30, trunkTaskLimit: 60 }),
  spec({ instanceType: 'm7g.medium', vCpu: 1, memoryMiB: 4096, architecture: arm, maxEnis: 2, ipv4PerEni: 4, trunkTaskLimit: 4, enisSource: ENIS_M7G }),
  spec({ instanceType: 'm7g.large', vCpu: 2, memoryMiB: 8192, architecture: arm, maxEnis: 3, ipv4PerEni: 10, trunkTaskLimit: 10, enisSource: ENIS_M7G }),
];
