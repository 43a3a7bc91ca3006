// The simulation's data contracts: scenario input, commands (named after the ECS API),
// and the plain-data snapshot shaped like `aws ecs describe-services` / `describe-tasks`
// and `kubectl get deploy,rs,pods`. Everything here is structured-clone safe.

/** An IntOrString the way Kubernetes writes it: 1 or "25%". */
export type IntOrPercent = number | string;

/**
 * What a revision's container does when it runs: Isomorph's fault injection. The names are
 * stable (they appear in URLs and lessons); sim/faults/faultCatalog.ts says what each one does.
 */
export type Fault =
  | 'healthy'
  | 'slow-start'
  | 'exit-on-start'
  | 'exit-later'
  | 'oom'
  | 'image-pull-error'
  | 'failing-health-check'
  | 'missing-execution-role-permission'
  | 'missing-task-role-permission'
  | 'spot-interruption';

/**
 * A container health check as the task definition holds it, every default filled in (interval
 * 30 s, timeout 5 s, retries 3, startPeriod 0: reference/ecs.md §1.7).
 */
export interface ContainerHealthCheck {
  command: string[];
  interval: number;
  timeout: number;
  retries: number;
  startPeriod: number;
}

export interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean;
  healthCheck?: ContainerHealthCheck;
  /** Isomorph's fault injection; absent means `healthy`. Not an ECS field. */
  simulate?: { fault: Fault };
}

/** A container definition as RegisterTaskDefinition takes it: health-check timings may be left out. */
export type ContainerDefinitionInput = Omit<ContainerDefinition, 'healthCheck'> & {
  healthCheck?: Pick<ContainerHealthCheck, 'command'> & Partial<ContainerHealthCheck>;
};

/** The circuit breaker as UpdateService takes it: enable and rollback, the rest optional. */
export type DeploymentCircuitBreakerInput = Pick<DeploymentCircuitBreaker, 'enable' | 'rollback'> & Partial<DeploymentCircuitBreaker>;

export type CircuitBreakerThresholdType = 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT';

/** `deploymentConfiguration.deploymentCircuitBreaker` (API DeploymentCircuitBreaker; reference/ecs.md §2.2). */
export interface DeploymentCircuitBreaker {
  enable: boolean;
  rollback: boolean;
  /** Default BOUNDED_PERCENT 50. */
  thresholdConfiguration: { type: CircuitBreakerThresholdType; value: number };
  /** Default true: a task that reaches a healthy state resets the failure count. */
  resetOnHealthyTask: boolean;
}

export interface DeploymentConfiguration {
  minimumHealthyPercent: number;
  maximumPercent: number;
  deploymentCircuitBreaker: DeploymentCircuitBreaker;
}

/**
 * The service's target group, with the target-group attributes that shape a rollout: the
 * deregistration delay (connection draining) and the health check that decides when a task
 * without a container health check counts as healthy.
 */
export interface LoadBalancer {
  targetGroupArn: string;
  /** The container and port registered as the target (describe-services `loadBalancers[]`). */
  containerName: string;
  containerPort: number;
  deregistrationDelaySeconds: number;
  healthCheckIntervalSeconds: number;
  healthyThresholdCount: number;
  unhealthyThresholdCount: number;
}

export type LaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL';

/** A subnet of the cluster's VPC (EC2 CreateSubnet: /16 … /28; AWS keeps five addresses). */
export interface SubnetSpec {
  subnetId: string;
  cidr: string;
  availabilityZone: string;
}

/** A container instance registered at t = 0 (not part of an Auto Scaling group provider). */
export interface ContainerInstanceSpec {
  instanceType: string;
  availabilityZone: string;
  /** Custom attributes (`stack` → `prod`); the ecs.* built-ins are added by the simulation. */
  attributes: Record<string, string>;
  /**
   * An ECS Anywhere machine registered with `ecs.capability.external`: it runs EXTERNAL tasks only,
   * without awsvpc. Its instanceType only gives the CPU and memory it registers (Isomorph's shorthand).
   */
  external: boolean;
}

/**
 * A capacity provider associated with the cluster. FARGATE and FARGATE_SPOT are reserved names
 * (reference/ecs.md §7); an Auto Scaling group provider names its group's instances and its
 * managed scaling. `autoScalingGroup` is Isomorph's shorthand for the EC2 Auto Scaling group.
 */
export type CapacityProviderSpec =
  | { name: 'FARGATE' | 'FARGATE_SPOT' }
  | {
      name: string;
      autoScalingGroupProvider: {
        autoScalingGroup: { instanceType: string; minSize: number; maxSize: number; desiredCapacity: number };
        managedScaling: { status: 'ENABLED' | 'DISABLED'; targetCapacity: number };
      };
    };

/** API CapacityProviderStrategyItem with the API's defaults filled in (base 0, weight 0). */
export interface CapacityProviderStrategyItem {
  capacityProvider: string;
  base: number;
  weight: number;
}

/** API PlacementConstraint; `expression` is the cluster query language, kept as written. */
export type PlacementConstraintSpec = { type: 'distinctInstance' } | { type: 'memberOf'; expression: string };

/** API PlacementStrategy. */
export type PlacementStrategySpec = { type: 'binpack'; field: 'cpu' | 'memory' } | { type: 'spread'; field: string } | { type: 'random' };

/** API AwsVpcConfiguration. */
export interface AwsVpcConfiguration {
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: 'ENABLED' | 'DISABLED';
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
    /** Default 0 (reference/ecs.md §1.7). */
    healthCheckGracePeriodSeconds: number;
    /** null when the service has a capacityProviderStrategy ("the launchType parameter must be omitted"). */
    launchType: LaunchType | null;
    /** Empty when the service has a launchType. */
    capacityProviderStrategy: CapacityProviderStrategyItem[];
    placementConstraints: PlacementConstraintSpec[];
    /** Empty means the service default, spread on attribute:ecs.availability-zone. */
    placementStrategy: PlacementStrategySpec[];
    /** null for EXTERNAL (no awsvpc there). */
    networkConfiguration: { awsvpcConfiguration: AwsVpcConfiguration } | null;
  };
  cluster: {
    subnets: SubnetSpec[];
    containerInstances: ContainerInstanceSpec[];
    /** The account setting awsvpcTrunking for the instances this cluster launches. */
    awsvpcTrunking: boolean;
    capacityProviders: CapacityProviderSpec[];
  };
  taskDefinition: {
    family: string;
    containerDefinitions: ContainerDefinition[];
    cpu: string;
    memory: string;
    /** Used by ECS to start the task: image pull, logs, secrets (reference/ecs.md §9). */
    executionRoleArn: string;
    /** Assumed by the application's containers. */
    taskRoleArn: string;
  };
  kubernetes: {
    maxSurge: IntOrPercent;
    maxUnavailable: IntOrPercent;
    minReadySeconds: number;
    /** Default 600 (reference/k8s.md §1.8). */
    progressDeadlineSeconds: number;
  };
}

export type Command =
  | {
      type: 'RegisterTaskDefinition';
      family: string;
      containerDefinitions: ContainerDefinitionInput[];
      cpu?: string;
      memory?: string;
      executionRoleArn?: string;
      taskRoleArn?: string;
    }
  | {
      type: 'UpdateService';
      taskDefinition?: string;
      desiredCount?: number;
      deploymentConfiguration?: {
        minimumHealthyPercent?: number;
        maximumPercent?: number;
        deploymentCircuitBreaker?: DeploymentCircuitBreakerInput;
      };
      healthCheckGracePeriodSeconds?: number;
      /** Changing where tasks run starts a new deployment, as UpdateService does. */
      capacityProviderStrategy?: { capacityProvider: string; base?: number; weight?: number }[];
      placementConstraints?: PlacementConstraintSpec[];
      placementStrategy?: PlacementStrategySpec[];
      forceNewDeployment?: boolean;
      /** The Kubernetes twin's own knobs; ECS ignores them. */
      kubernetes?: Partial<Scenario['kubernetes']>;
    }
  | { type: 'StopTask'; task: string; reason?: string }
  /** `kubectl rollout undo deployment/<name> [--to-revision=N]`: Kubernetes only; ECS ignores it. */
  | { type: 'RolloutUndo'; toRevision?: number };

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

/** One container of a task, as describe-tasks shows it (reference/ecs.md §10.2). */
export interface TaskContainerView {
  name: string;
  image: string;
  lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED';
  /** null until the container has exited, and for a container that never started. */
  exitCode: number | null;
  /** e.g. `OutOfMemoryError: Container killed due to memory usage`, `CannotPullContainerError: …`. */
  reason?: string;
  healthStatus: HealthStatus;
  essential: boolean;
}

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
  containers: TaskContainerView[];
  launchType: LaunchType;
  /** Set when the task was placed through a capacity provider strategy. */
  capacityProviderName?: string;
  availabilityZone: string;
  /** EC2 and EXTERNAL tasks: the container instance it runs on. */
  containerInstanceArn?: string;
  /** describe-tasks `attachments`: the task ENI of an awsvpc task. */
  attachments: TaskAttachmentView[];
  /** Why this container instance won (EC2 / EXTERNAL); Isomorph's, not an ECS field. */
  placement?: PlacementReasonView;
}

/** describe-tasks `attachments[]` for awsvpc (reference/ecs.md §10.2). */
export interface TaskAttachmentView {
  id: string;
  type: 'ElasticNetworkInterface';
  status: 'ATTACHING' | 'ATTACHED' | 'DETACHING' | 'DELETED';
  /** subnetId, networkInterfaceId, privateIPv4Address, as name/value pairs. */
  details: { name: 'subnetId' | 'networkInterfaceId' | 'privateIPv4Address'; value: string }[];
}

export type PlacementFilter = 'CPU' | 'MEMORY' | 'ENI' | 'distinctInstance' | 'memberOf';

/** Which filter removed which container instances, and how the strategy ranked the rest. */
export interface PlacementReasonView {
  containerInstanceId: string;
  /** The first 24 instances the filters removed, with the first requirement each failed. */
  filteredOut: { containerInstanceId: string; by: PlacementFilter }[];
  /** How many instances each filter removed, all of them counted. */
  filteredOutBy: Partial<Record<PlacementFilter, number>>;
  /** e.g. `spread(attribute:ecs.availability-zone): us-east-1b has 0 tasks → …; binpack(memory): …`. */
  ranking: string;
  /** The capacity provider the strategy chose for the task, when it has one. */
  capacityProvider?: string;
  time: number;
}

/** One ENI on a container instance or an EKS node. */
export interface EniView {
  eniId: string;
  kind: 'primary' | 'trunk' | 'task';
  subnetId: string;
  privateIp: string;
  /** The task id (task ENI) or null. */
  taskId: string | null;
  securityGroups: string[];
}

/** describe-container-instances, trimmed, with the ENI slots the panels draw. */
export interface ContainerInstanceView {
  /** The id ECS prints in events: `(container-instance 4b3a…)`. */
  containerInstanceId: string;
  containerInstanceArn: string;
  ec2InstanceId: string;
  instanceType: string;
  availabilityZone: string;
  subnetId: string;
  capacityProviderName: string | null;
  external: boolean;
  status: 'REGISTERING' | 'ACTIVE';
  registeredResources: { cpu: number; memory: number };
  remainingResources: { cpu: number; memory: number };
  runningTasksCount: number;
  pendingTasksCount: number;
  attributes: Record<string, string>;
  /** taskEniLimit for the instance as it registered (trunking counted). */
  taskEniLimit: number;
  /** Primary, then trunk (with trunking), then task ENIs, oldest first. */
  enis: EniView[];
}

/** An address of a subnet that someone holds. */
export interface SubnetAddressView {
  /** 0 = the first usable address. */
  index: number;
  privateIp: string;
  eniId: string;
  /** Task id, instance id, pod name or node name. */
  holder: string;
  kind: 'task' | 'instance' | 'trunk' | 'pod' | 'node';
}

export interface SubnetView {
  subnetId: string;
  cidr: string;
  availabilityZone: string;
  /** Addresses AWS leaves for use: 2^(32−prefix) − 5. */
  usable: number;
  used: number;
  /**
   * The held addresses, lowest first, for a subnet of at most 256 usable addresses (a /24 or
   * smaller); empty for bigger ones, which the panels draw as a fill bar from `used`.
   */
  addresses: SubnetAddressView[];
}

/** A capacity provider as the cluster sees it, with managed scaling's metric. */
export interface CapacityProviderView {
  name: string;
  type: 'FARGATE' | 'FARGATE_SPOT' | 'AUTO_SCALING_GROUP';
  /** ASG only. */
  autoScalingGroup?: { instanceType: string; minSize: number; maxSize: number; desiredCapacity: number };
  managedScaling?: { status: 'ENABLED' | 'DISABLED'; targetCapacity: number };
  /** CapacityProviderReservation (%), ASG with managed scaling only. */
  capacityProviderReservation?: number;
  /** The service's tasks running or launching on this provider. */
  tasks: number;
}

export interface EcsClusterView {
  clusterArn: string;
  subnets: SubnetView[];
  containerInstances: ContainerInstanceView[];
  awsvpcTrunking: boolean;
  capacityProviders: CapacityProviderView[];
  /** The most recent placement decision (EC2 / EXTERNAL), for the placement panel. */
  lastPlacement: PlacementReasonView | null;
}

/** The twin's scheduling rules (k8s/schedulingFromPlacement.ts), as the pod template carries them. */
export interface PodSchedulingView {
  /** NodeResourcesFit's scoringStrategy. */
  scoring: 'LeastAllocated' | 'MostAllocated';
  /** Whether PodTopologySpread's system default constraints apply. */
  defaultSpreading: boolean;
  /** Required podAntiAffinity on kubernetes.io/hostname. */
  hostnameAntiAffinity: boolean;
  /** Required nodeAffinity: node label → allowed values. */
  nodeAffinity: Record<string, string[]>;
  /** The ECS rules the twin could not carry over, each with why. */
  untranslated: string[];
}

/** An EKS node of the twin: same instance types as the ECS container instances. */
export interface NodeView {
  name: string;
  instanceType: string;
  zone: string;
  /** status.allocatable: cpu in millicores, memory in MiB, pods = VPC CNI max pods. */
  allocatable: { milliCpu: number; memory: number; pods: number };
  requested: { milliCpu: number; memory: number; pods: number };
  /** The node's ENIs; each `secondary` address a pod can take. */
  enis: { eniId: string; subnetId: string; primaryIp: string; secondaryIps: { ip: string; pod: string | null }[] }[];
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
  healthCheckGracePeriodSeconds: number;
  loadBalancers: { targetGroupArn: string; containerName: string; containerPort: number }[];
  deployments: DeploymentView[];
  /** Newest first, as describe-services returns them. */
  events: ServiceEventView[];
}

/** The circuit breaker of the PRIMARY deployment (API ServiceDeploymentCircuitBreaker, §2.2). */
export interface CircuitBreakerView {
  status: 'TRIGGERED' | 'MONITORING' | 'MONITORING_COMPLETE' | 'DISABLED';
  failureCount: number;
  threshold: number;
}

export interface TaskDefinitionView {
  taskDefinitionArn: string;
  family: string;
  revision: number;
  containerDefinitions: ContainerDefinition[];
  cpu: string;
  memory: string;
  executionRoleArn: string;
  taskRoleArn: string;
  registeredAt: number;
}

// ---- Kubernetes views ---------------------------------------------------------------------

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** A container's state as `kubectl get pod -o yaml` shows it (reference/k8s.md §4.2). */
export type ContainerStateView =
  | { waiting: { reason: string; message?: string } }
  | { running: { startedAt: number } }
  | { terminated: { reason: string; exitCode: number; startedAt: number; finishedAt: number; message?: string } };

export interface PodContainerView {
  name: string;
  image: string;
  ready: boolean;
  started: boolean;
  restartCount: number;
  state: ContainerStateView;
  lastState: ContainerStateView | null;
}

export interface PodView {
  name: string;
  replicaSet: string;
  /** spec.nodeName, null until scheduled. */
  node: string | null;
  /** status.podIP: with the VPC CNI, a secondary IP of one of the node's ENIs; null until it has one. */
  podIP: string | null;
  /** Sum of the containers' restartCount (`kubectl get pods` RESTARTS). */
  restarts: number;
  containers: PodContainerView[];
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
  progressDeadlineSeconds: number;
  /** deployment.kubernetes.io/revision of the Deployment. */
  revision: number;
  conditions: DeploymentConditionView[];
  /** The current `kubectl rollout status` line. */
  rolloutStatus: string;
}

export interface K8sEventView {
  id: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  involvedObject: { kind: 'Deployment' | 'ReplicaSet' | 'Pod' | 'Node'; name: string };
  source: string;
  time: number;
}

// ---- Decisions: every pass of a reconciler says what it saw and why it acted ---------------

export type DecisionAction = 'start' | 'stop' | 'wait' | 'scaleUp' | 'scaleDown' | 'steady' | 'fail' | 'rollback';

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
  /** Every ECS deployment of the run, oldest first, with how it ended: lessons check these. */
  deployments: DeploymentRecordStat[];
  /** When the Kubernetes Deployment first reported Progressing=False ProgressDeadlineExceeded. */
  k8sProgressDeadlineExceededAt: number | null;
  /** When `kubectl rollout undo` was last applied. */
  k8sRolledBackAt: number | null;
  /** How many tasks stopped, by stopCode, over the whole run. */
  stoppedTasksByStopCode: Partial<Record<StopCode, number>>;
  /**
   * Where the service's RUNNING tasks are, each time that changes (EC2 / EXTERNAL; capped at the
   * last 500): lessons check density and AZ balance over the run.
   */
  placements: PlacementStat[];
  /** "was unable to place a task" events over the run. */
  unablePlaceEvents: number;
  /** The first time a task could not get an address from its subnet, or null. */
  subnetExhausted: { subnetId: string; at: number; runningTasks: number } | null;
  /** The first FailedScheduling of the twin, or null. */
  k8sFailedSchedulingAt: number | null;
  /** Most pods Running at once on one node of the twin. */
  maxPodsPerNode: number;
}

export interface PlacementStat {
  time: number;
  runningTasks: number;
  /** Container instances with at least one of the service's RUNNING tasks. */
  instancesUsed: number;
  /** RUNNING tasks per Availability Zone. */
  tasksPerAz: Record<string, number>;
  /** The most RUNNING tasks on one instance. */
  maxTasksOnInstance: number;
  /** The instance types of the instances used, sorted. */
  instanceTypes: string[];
  awsvpcTrunking: boolean;
}

export interface DeploymentRecordStat {
  id: string;
  taskDefinitionArn: string;
  createdAt: number;
  completedAt: number | null;
  failedAt: number | null;
  /** The deployment the circuit breaker rolled back to, when it did. */
  rolledBackTo: string | null;
}

export interface Snapshot {
  time: number;
  scenario: Scenario;
  ecs: {
    service: EcsServiceView;
    tasks: TaskView[];
    taskDefinitions: TaskDefinitionView[];
    bounds: { minimumHealthy: number; maximum: number };
    circuitBreaker: CircuitBreakerView;
    cluster: EcsClusterView;
  };
  k8s: {
    deployment: K8sDeploymentView;
    replicaSets: ReplicaSetView[];
    pods: PodView[];
    /** Newest first. */
    events: K8sEventView[];
    /** The EKS nodes when the scenario has EC2 capacity; empty when the twin stands in for Fargate. */
    nodes: NodeView[];
    /** The twin's own copy of the VPC's subnets, which its nodes' ENIs draw from. */
    subnets: SubnetView[];
    /** How the Deployment's pod template asks to be scheduled, translated from the ECS placement. */
    scheduling: PodSchedulingView;
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
