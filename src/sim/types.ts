// The simulation's data contracts: scenario input, commands (named after the ECS API),
// and the plain-data snapshot shaped like `aws ecs describe-services` / `describe-tasks`
// and `kubectl get deploy,rs,pods`. Everything here is structured-clone safe.

/** An IntOrString the way Kubernetes writes it: 1 or "25%". */
export type IntOrPercent = number | string;

export interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean;
}

export interface DeploymentConfiguration {
  minimumHealthyPercent: number;
  maximumPercent: number;
}

/**
 * The service's target group, with the target-group attributes that shape a rollout: the
 * deregistration delay (connection draining) and the health check that decides when a task
 * without a container health check counts as healthy.
 */
export interface LoadBalancer {
  targetGroupArn: string;
  deregistrationDelaySeconds: number;
  healthCheckIntervalSeconds: number;
  healthyThresholdCount: number;
}

/** A validated scenario with every default filled in (see scenario/defaults.ts). */
export interface Scenario {
  seed: number;
  /** 'steady': the service already runs desiredCount tasks at t=0; 'empty': it is created at t=0. */
  start: 'steady' | 'empty';
  service: {
    serviceName: string;
    desiredCount: number;
    deploymentConfiguration: DeploymentConfiguration;
    /** An Application Load Balancer target group in front of the tasks, or null for none. */
    loadBalancer: LoadBalancer | null;
  };
  taskDefinition: {
    family: string;
    containerDefinitions: ContainerDefinition[];
    cpu: string;
    memory: string;
  };
  kubernetes: {
    maxSurge: IntOrPercent;
    maxUnavailable: IntOrPercent;
    minReadySeconds: number;
  };
}

export type Command =
  | {
      type: 'RegisterTaskDefinition';
      family: string;
      containerDefinitions: ContainerDefinition[];
      cpu?: string;
      memory?: string;
    }
  | {
      type: 'UpdateService';
      taskDefinition?: string;
      desiredCount?: number;
      deploymentConfiguration?: Partial<DeploymentConfiguration>;
      forceNewDeployment?: boolean;
      /** The Kubernetes twin's own knobs; ECS ignores them. */
      kubernetes?: Partial<Scenario['kubernetes']>;
    }
  | { type: 'StopTask'; task: string; reason?: string };

export type CommandResult = { ok: true } | { ok: false; error: string };

// ---- ECS views --------------------------------------------------------------------------

export type TaskLastStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED';

export type HealthStatus = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';
export type DeploymentStatus = 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
export type StopCode =
  | 'TaskFailedToStart'
  | 'EssentialContainerExited'
  | 'UserInitiated'
  | 'ServiceSchedulerInitiated'
  | 'SpotInterruption'
  | 'TerminationNotice';

export interface TaskView {
  taskArn: string;
  /** The short id ECS prints in events: `(task 6a12…)`. */
  taskId: string;
  taskDefinitionArn: string;
  lastStatus: TaskLastStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  healthStatus: HealthStatus;
  /** The service scheduler counts the task toward minimumHealthyPercent (reference/ecs.md §1.6). */
  countsAsHealthy: boolean;
  startedBy: string;
  group: string;
  createdAt: number;
  startedAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  stoppedReason?: string;
  stopCode?: StopCode;
}

export interface DeploymentView {
  id: string;
  status: DeploymentStatus;
  taskDefinition: string;
  desiredCount: number;
  pendingCount: number;
  runningCount: number;
  failedTasks: number;
  rolloutState: RolloutState;
  rolloutStateReason: string;
  createdAt: number;
  updatedAt: number;
}

export interface ServiceEventView {
  id: string;
  createdAt: number;
  message: string;
}

export interface EcsServiceView {
  serviceName: string;
  clusterArn: string;
  status: 'ACTIVE';
  taskDefinition: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  deploymentConfiguration: DeploymentConfiguration;
  deployments: DeploymentView[];
  /** Newest first, as describe-services returns them. */
  events: ServiceEventView[];
}

export interface TaskDefinitionView {
  taskDefinitionArn: string;
  family: string;
  revision: number;
  containerDefinitions: ContainerDefinition[];
  cpu: string;
  memory: string;
  registeredAt: number;
}

// ---- Kubernetes views ---------------------------------------------------------------------

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface PodView {
  name: string;
  replicaSet: string;
  phase: PodPhase;
  ready: boolean;
  available: boolean;
  /** Set while the pod is terminating (kubectl shows "Terminating"). */
  terminating: boolean;
  /** What `kubectl get pods` prints in STATUS: ContainerCreating, Running, Terminating … */
  status: string;
  createdAt: number;
}

export interface ReplicaSetView {
  name: string;
  podTemplateHash: string;
  revision: number;
  /** spec.replicas */
  replicas: number;
  /** status.replicas: pods that exist and are not terminating. */
  currentReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
  image: string;
  createdAt: number;
}

export interface DeploymentConditionView {
  type: 'Available' | 'Progressing';
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastUpdateTime: number;
  lastTransitionTime: number;
}

export interface K8sDeploymentView {
  name: string;
  replicas: number;
  updatedReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
  unavailableReplicas: number;
  /** Resolved with ResolveFenceposts (reference/k8s.md §1.2). */
  strategy: { maxSurge: IntOrPercent; maxUnavailable: IntOrPercent; resolvedMaxSurge: number; resolvedMaxUnavailable: number };
  minReadySeconds: number;
  conditions: DeploymentConditionView[];
  /** The current `kubectl rollout status` line. */
  rolloutStatus: string;
}

export interface K8sEventView {
  id: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  involvedObject: { kind: 'Deployment' | 'ReplicaSet' | 'Pod'; name: string };
  source: string;
  time: number;
}

// ---- Decisions: every pass of a reconciler says what it saw and why it acted ---------------

export type DecisionAction = 'start' | 'stop' | 'wait' | 'scaleUp' | 'scaleDown' | 'steady';

export interface Decision {
  side: 'ecs' | 'k8s';
  time: number;
  action: DecisionAction;
  /** How many tasks or pods the action covers (0 for wait/steady). */
  count: number;
  /** Stable rule id, e.g. 'maximumPercent', 'minimumHealthyPercent', 'maxSurge', 'desiredCount'. */
  rule: string;
  /** The inputs the controller saw, as displayed numbers. */
  observed: Record<string, number>;
  /** The decision in words, English; the UI translates by rule + observed. */
  summary: string;
}

// ---- The snapshot ----------------------------------------------------------------------

export interface RunStats {
  /** When the latest UpdateService that started a deployment was applied, or null. */
  deploymentStartedAt: number | null;
  /** When the PRIMARY deployment reached COMPLETED after that, or null. */
  deploymentCompletedAt: number | null;
  /** When the Kubernetes rollout completed, or null. */
  k8sRolloutCompletedAt: number | null;
  /** Lowest number of healthy ECS tasks seen at any pass since deploymentStartedAt. */
  minHealthyTasksDuringDeployment: number | null;
  /** Highest RUNNING + PENDING task count seen since deploymentStartedAt. */
  maxTasksDuringDeployment: number | null;
  minAvailablePodsDuringRollout: number | null;
  maxPodsDuringRollout: number | null;
}

export interface Snapshot {
  time: number;
  scenario: Scenario;
  ecs: {
    service: EcsServiceView;
    tasks: TaskView[];
    taskDefinitions: TaskDefinitionView[];
    bounds: { minimumHealthy: number; maximum: number };
  };
  k8s: {
    deployment: K8sDeploymentView;
    replicaSets: ReplicaSetView[];
    pods: PodView[];
    /** Newest first. */
    events: K8sEventView[];
    /**
     * Present when the API server would reject the strategy the scenario asks for (ECS 100 / 100
     * translates to maxSurge 0 % and maxUnavailable 0 %); the Deployment keeps its previous one.
     */
    apiError?: string;
  };
  /** Newest first, the last passes of both reconcilers. */
  decisions: Decision[];
  stats: RunStats;
}
