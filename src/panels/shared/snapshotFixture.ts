// Hand-made Snapshots for the panels' unit tests: a service mid-rollout with the tasks and pods
// a test asks for. The limits are filled in the way the simulation fills them (deploymentBounds,
// resolveFenceposts), so a test can check the panel against numbers worked out by hand.

import {
  deploymentBounds,
  emptyStats,
  resolveFenceposts,
  type DeploymentView,
  type EcsClusterView,
  type IntOrPercent,
  type NodeView,
  type PodView,
  type ReplicaSetView,
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
      },
      cluster: { subnets: [{ subnetId: 'subnet-1a', cidr: '10.0.0.0/24', availabilityZone: 'us-east-1a' }], containerInstances: [], awsvpcTrunking: false, capacityProviders: [{ name: 'FARGATE' }] },
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
    },
    decisions: [],
    stats: emptyStats(),
  };
}
