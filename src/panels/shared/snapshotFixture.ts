// Hand-made Snapshots for the panels' unit tests: a service mid-rollout with the tasks and pods
// a test asks for. The limits are filled in the way the simulation fills them (deploymentBounds,
// resolveFenceposts), so a test can check the panel against numbers worked out by hand. The
// cluster builders (subnets, container instances, EKS nodes) use the catalog's own limits
// (taskEniLimit, vpcCniMaxPods, usableIpCount), so "2 of 2" and "pods 27/29" are the real numbers.

import {
  deploymentBounds,
  emptyStats,
  findInstanceType,
  parseCidr,
  taskEniLimit,
  usableIpCount,
  vpcCniMaxPods,
  type CapacityProviderView,
  type ContainerInstanceView,
  type EniView,
  type PlacementReasonView,
  type SubnetAddressView,
  resolveFenceposts,
  type DeploymentView,
  type EcsClusterView,
  type IntOrPercent,
  type NodeView,
  type PodView,
  type ReplicaSetView,
  type Scenario,
  type Snapshot,
  type SubnetView,
  type TaskView,
} from '../../sim';

const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const TASK_ROLE = 'arn:aws:iam::123456789012:role/webTaskRole';

export interface FixtureOptions {
  desiredCount: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
  deployments?: DeploymentView[];
  tasks?: TaskView[];
  replicaSets?: ReplicaSetView[];
  pods?: PodView[];
  cluster?: EcsClusterView;
  nodes?: NodeView[];
  k8sSubnets?: SubnetView[];
  /** Overrides of the resolved scenario's service (launchType, placementStrategy …). */
  service?: Partial<Scenario['service']>;
  /** Overrides of the resolved scenario's cluster (subnets, awsvpcTrunking …). */
  scenarioCluster?: Partial<Scenario['cluster']>;
}

export const PRIMARY_ID = 'ecs-svc/5386320934964759578';
export const ACTIVE_ID = 'ecs-svc/6216346761948112104';
const ARN = 'arn:aws:ecs:us-east-1:123456789012';

export function deployment(id: string, status: DeploymentView['status'], revision: number, counts: Partial<DeploymentView> = {}): DeploymentView {
  return {
    id,
    status,
    taskDefinition: `${ARN}:task-definition/web:${revision}`,
    desiredCount: 0,
    pendingCount: 0,
    runningCount: 0,
    failedTasks: 0,
    rolloutState: status === 'PRIMARY' ? 'IN_PROGRESS' : 'COMPLETED',
    rolloutStateReason: '',
    createdAt: 0,
    updatedAt: 0,
    ...counts,
  };
}

export function task(n: number, startedBy: string, lastStatus: TaskView['lastStatus'], countsAsHealthy = false): TaskView {
  const taskId = n.toString(16).padStart(32, '0');
  return {
    taskArn: `${ARN}:task/isomorph/${taskId}`,
    taskId,
    taskDefinitionArn: `${ARN}:task-definition/web:2`,
    lastStatus,
    desiredStatus: lastStatus === 'RUNNING' || lastStatus === 'PENDING' ? 'RUNNING' : 'STOPPED',
    healthStatus: countsAsHealthy ? 'HEALTHY' : 'UNKNOWN',
    countsAsHealthy,
    startedBy,
    group: 'service:web',
    createdAt: n,
    containers: [],
    launchType: 'FARGATE',
    availabilityZone: 'us-east-1a',
    attachments: [],
  };
}

export function replicaSet(hash: string, revision: number, counts: Partial<ReplicaSetView> = {}): ReplicaSetView {
  return {
    name: `web-${hash}`,
    podTemplateHash: hash,
    revision,
    replicas: 0,
    currentReplicas: 0,
    readyReplicas: 0,
    availableReplicas: 0,
    image: `public.ecr.aws/isomorph/web:${revision}`,
    createdAt: 0,
    ...counts,
  };
}

export function pod(n: number, rs: string, phase: PodView['phase'], available: boolean, terminating = false): PodView {
  return {
    name: `${rs}-${n.toString(36).padStart(5, 'b')}`,
    replicaSet: rs,
    node: phase === 'Pending' ? null : 'ip-10-0-1-23.ec2.internal',
    podIP: null,
    restarts: 0,
    containers: [],
    phase,
    ready: available,
    available,
    terminating,
    status: terminating ? 'Terminating' : phase === 'Pending' ? 'ContainerCreating' : phase,
    createdAt: n,
  };
}

export function snapshotFixture(o: FixtureOptions): Snapshot {
  const tasks = o.tasks ?? [];
  const pods = o.pods ?? [];
  const resolved = resolveFenceposts(o.desiredCount, o.maxSurge, o.maxUnavailable);
  const config = {
    minimumHealthyPercent: o.minimumHealthyPercent,
    maximumPercent: o.maximumPercent,
    deploymentCircuitBreaker: { enable: false, rollback: false, thresholdConfiguration: { type: 'BOUNDED_PERCENT', value: 50 }, resetOnHealthyTask: true },
  } as const;
  const deployments = o.deployments ?? [deployment(PRIMARY_ID, 'PRIMARY', 2, { desiredCount: o.desiredCount })];
  const replicaSets = o.replicaSets ?? [];
  const available = pods.filter((p) => p.available && !p.terminating).length;
  return {
    time: 0,
    scenario: {
      seed: 1,
      start: 'steady',
      service: {
        serviceName: 'web',
        desiredCount: o.desiredCount,
        deploymentConfiguration: structuredClone(config),
        loadBalancer: null,
        healthCheckGracePeriodSeconds: 0,
        launchType: 'FARGATE',
        capacityProviderStrategy: [],
        placementConstraints: [],
        placementStrategy: [],
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1a'], securityGroups: ['sg-default'], assignPublicIp: 'DISABLED' } },
        ...o.service,
      },
      cluster: {
        subnets: [{ subnetId: 'subnet-1a', cidr: '10.0.0.0/24', availabilityZone: 'us-east-1a' }],
        containerInstances: [],
        awsvpcTrunking: false,
        capacityProviders: [{ name: 'FARGATE' }],
        ...o.scenarioCluster,
      },
      taskDefinition: { family: 'web', containerDefinitions: [], cpu: '256', memory: '512', executionRoleArn: EXECUTION_ROLE, taskRoleArn: TASK_ROLE },
      kubernetes: { maxSurge: o.maxSurge, maxUnavailable: o.maxUnavailable, minReadySeconds: 0, progressDeadlineSeconds: 600 },
    },
    ecs: {
      service: {
        serviceName: 'web',
        clusterArn: `${ARN}:cluster/isomorph`,
        status: 'ACTIVE',
        taskDefinition: deployments[0].taskDefinition,
        desiredCount: o.desiredCount,
        runningCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
        pendingCount: tasks.filter((t) => t.lastStatus === 'PENDING').length,
        deploymentConfiguration: structuredClone(config),
        healthCheckGracePeriodSeconds: 0,
        loadBalancers: [],
        deployments,
        events: [],
      },
      tasks,
      taskDefinitions: [],
      bounds: deploymentBounds(o.desiredCount, o.minimumHealthyPercent, o.maximumPercent),
      circuitBreaker: { status: 'DISABLED', failureCount: 0, threshold: 0 },
      cluster: o.cluster ?? { clusterArn: `${ARN}:cluster/isomorph`, subnets: [], containerInstances: [], awsvpcTrunking: false, capacityProviders: [], lastPlacement: null },
    },
    k8s: {
      deployment: {
        name: 'web',
        replicas: o.desiredCount,
        updatedReplicas: 0,
        readyReplicas: available,
        availableReplicas: available,
        unavailableReplicas: 0,
        strategy: { maxSurge: o.maxSurge, maxUnavailable: o.maxUnavailable, resolvedMaxSurge: resolved.maxSurge, resolvedMaxUnavailable: resolved.maxUnavailable },
        minReadySeconds: 0,
        progressDeadlineSeconds: 600,
        revision: Math.max(0, ...replicaSets.map((rs) => rs.revision)),
        conditions: [],
        rolloutStatus: '',
      },
      replicaSets,
      pods,
      events: [],
      nodes: o.nodes ?? [],
      subnets: o.k8sSubnets ?? [],
      scheduling: { scoring: 'LeastAllocated', defaultSpreading: true, hostnameAntiAffinity: false, nodeAffinity: {}, untranslated: [] },
    },
    decisions: [],
    stats: emptyStats(),
  };
}

// ---- The cluster: subnets, container instances, EKS nodes ---------------------------------

const ipOf = (address: number) => [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');

/** The nth usable address of a block (0 = the first after the four AWS reserves). */
function usableAddress(cidr: string, index: number): string {
  const parsed = parseCidr(cidr);
  if (!parsed.ok) throw new Error(parsed.error);
  return ipOf(parsed.cidr.network + 4 + index);
}

/** A hex id of `digits` digits from a small number, e.g. eni-000…0a. */
const hexId = (prefix: string, n: number, digits = 17) => `${prefix}-${n.toString(16).padStart(digits, '0')}`;

export interface HeldAddress {
  holder: string;
  kind: SubnetAddressView['kind'];
  eniId?: string;
  /** 0 = the first usable address; by default the holders take the lowest addresses in order. */
  index?: number;
}

/** A SubnetView whose held addresses are `held`, lowest first, and `extraUsed` more beyond the 512 listed. */
export function subnet(subnetId: string, cidr: string, availabilityZone: string, held: HeldAddress[] = [], extraUsed = 0): SubnetView {
  const addresses = held
    .map((h, k) => {
      const index = h.index ?? k;
      return { index, privateIp: usableAddress(cidr, index), eniId: h.eniId ?? hexId('eni', 0xa000 + index), holder: h.holder, kind: h.kind };
    })
    .sort((a, b) => a.index - b.index);
  return { subnetId, cidr, availabilityZone, usable: usableIpCount(cidr), used: addresses.length + extraUsed, addresses };
}

export interface InstanceOptions {
  instanceType?: string;
  availabilityZone?: string;
  subnetId?: string;
  trunking?: boolean;
  /** The task ids with a task ENI here, oldest first. */
  taskIds?: string[];
  external?: boolean;
  capacityProviderName?: string | null;
  /** CPU units and MiB the tasks here use, for remainingResources. */
  used?: { cpu: number; memory: number };
  securityGroups?: string[];
}

/**
 * A container instance as describe-container-instances shows it, with its ENIs: the primary, the
 * trunk when trunking applies to the type, then one task ENI per task id.
 */
export function containerInstance(n: number, o: InstanceOptions = {}): ContainerInstanceView {
  const instanceType = o.instanceType ?? 'm5.large';
  const found = findInstanceType(instanceType);
  if (!found.ok) throw new Error(found.error);
  const subnetId = o.subnetId ?? 'subnet-1a';
  const external = o.external ?? false;
  const trunked = !external && (o.trunking ?? false) && found.spec.trunking.supported;
  const taskIds = o.taskIds ?? [];
  const eni = (kind: EniView['kind'], k: number, taskId: string | null): EniView => ({
    eniId: hexId('eni', n * 0x100 + k),
    kind,
    subnetId,
    privateIp: `10.0.${n}.${10 + k}`,
    taskId,
    securityGroups: o.securityGroups ?? ['sg-default'],
  });
  const enis = external ? [] : [eni('primary', 0, null), ...(trunked ? [eni('trunk', 1, null)] : []), ...taskIds.map((id, k) => eni('task', 2 + k, id))];
  const id = n.toString(16).padStart(32, '0');
  const used = o.used ?? { cpu: 256 * taskIds.length, memory: 512 * taskIds.length };
  return {
    containerInstanceId: id,
    containerInstanceArn: `${ARN}:container-instance/isomorph/${id}`,
    ec2InstanceId: hexId('i', n),
    instanceType,
    availabilityZone: o.availabilityZone ?? 'us-east-1a',
    subnetId,
    capacityProviderName: o.capacityProviderName ?? null,
    external,
    status: 'ACTIVE',
    registeredResources: { cpu: found.spec.cpuUnits, memory: found.spec.memoryMiB },
    remainingResources: { cpu: found.spec.cpuUnits - used.cpu, memory: found.spec.memoryMiB - used.memory },
    runningTasksCount: taskIds.length,
    pendingTasksCount: 0,
    attributes: {},
    taskEniLimit: external ? 0 : taskEniLimit(instanceType, { trunking: trunked }),
    enis,
  };
}

export interface NodeOptions {
  instanceType?: string;
  zone?: string;
  subnetId?: string;
  /** Pod names holding secondary IPs, in order. */
  pods?: string[];
  /** How many ENIs are attached; by default as many as the pods need plus one warm ENI, up to the type's limit. */
  enis?: number;
}

/** An EKS node of the twin with the VPC CNI's ENIs and secondary IPs (reference/k8s.md §6.1). */
export function eksNode(n: number, o: NodeOptions = {}): NodeView {
  const instanceType = o.instanceType ?? 'm5.large';
  const found = findInstanceType(instanceType);
  if (!found.ok) throw new Error(found.error);
  const { maxEnis, ipv4PerEni } = found.spec;
  const pods = o.pods ?? [];
  const perEni = ipv4PerEni - 1;
  const enis = Math.min(maxEnis, o.enis ?? Math.ceil(pods.length / perEni) + 1);
  const subnetId = o.subnetId ?? 'subnet-1a';
  return {
    name: `ip-10-0-${n}-10.ec2.internal`,
    instanceType,
    zone: o.zone ?? 'us-east-1a',
    allocatable: { milliCpu: found.spec.vCpu * 1000, memory: found.spec.memoryMiB, pods: vpcCniMaxPods(instanceType) },
    requested: { milliCpu: 50 * pods.length, memory: 256 * pods.length, pods: pods.length },
    enis: Array.from({ length: enis }, (_, e) => ({
      eniId: hexId('eni', 0x8000 + n * 0x10 + e),
      subnetId,
      primaryIp: `10.0.${100 + n}.${e * ipv4PerEni + 10}`,
      secondaryIps: Array.from({ length: perEni }, (_, k) => ({ ip: `10.0.${100 + n}.${e * ipv4PerEni + 11 + k}`, pod: pods[e * perEni + k] ?? null })),
    })),
  };
}

/** A task with the ENI describe-tasks lists under `attachments` (awsvpc). */
export function withEni(t: TaskView, eni: { subnetId: string; eniId: string; privateIp: string; status?: TaskView['attachments'][number]['status'] }): TaskView {
  return {
    ...t,
    attachments: [
      {
        id: `attachment-${t.taskId.slice(-8)}`,
        type: 'ElasticNetworkInterface',
        status: eni.status ?? 'ATTACHED',
        details: [
          { name: 'subnetId', value: eni.subnetId },
          { name: 'networkInterfaceId', value: eni.eniId },
          { name: 'privateIPv4Address', value: eni.privateIp },
        ],
      },
    ],
  };
}

export function ecsCluster(o: Partial<Omit<EcsClusterView, 'clusterArn'>> = {}): EcsClusterView {
  return {
    clusterArn: `${ARN}:cluster/isomorph`,
    subnets: o.subnets ?? [],
    containerInstances: o.containerInstances ?? [],
    awsvpcTrunking: o.awsvpcTrunking ?? false,
    capacityProviders: o.capacityProviders ?? ([] as CapacityProviderView[]),
    lastPlacement: o.lastPlacement ?? (null as PlacementReasonView | null),
  };
}
