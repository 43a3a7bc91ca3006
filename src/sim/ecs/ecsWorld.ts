// The ECS side's state as plain, structured-clone-safe data: the service, its task definitions,
// deployments and tasks, its events and the scheduler machine's { value, context }.

import type {
  DeploymentConfiguration,
  DeploymentRecordStat,
  DeploymentStatus,
  HealthStatus,
  LaunchType,
  PlacementReasonView,
  LoadBalancer,
  RolloutState,
  Scenario,
  ServiceEventView,
  StopCode,
  TaskContainerView,
  TaskDefinitionView,
  TaskLastStatus,
} from '../types';
import type { EniAddress } from '../network/eniAllocation';
import type { BreakerWatch } from './circuitBreaker';
import type { EcsCluster } from './ecsCluster';
import type { LaunchFailure } from './faultPaths';
import type { SchedulerContext } from './serviceSchedulerMachine';
import type { ServiceThrottle } from './serviceThrottle';
import type { TaskRun } from './taskRunPlan';

export interface EcsTask {
  taskId: string;
  deploymentId: string;
  taskDefinitionArn: string;
  lastStatus: TaskLastStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  healthStatus: HealthStatus;
  countsAsHealthy: boolean;
  createdAt: number;
  startedAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  stoppedReason?: string;
  stopCode?: StopCode;
  /** When the task's pending `task.advance` timer is due (older timers for it are stale). */
  nextAdvanceAt?: number;
  /** describe-tasks `containers[]`; copy-on-write (taskContainers.ts), so views share it. */
  containers: TaskContainerView[];
  /** How the task fails in PENDING, if its revision makes it (faultPaths.ts). */
  launchFailure?: LaunchFailure;
  /** Its future while RUNNING (taskRunPlan.ts); dropped once nothing more will happen. */
  run?: TaskRun;
  /** When its pending `task.run` timer is due (older ones are stale). */
  nextRunAt?: number;
  /** When it was first counted healthy. */
  healthyAt?: number;
  /** ECS judged it unhealthy (after the grace period): by its container check or its target. */
  unhealthy?: 'container' | 'target';
  launchType: LaunchType;
  /** Set when a capacity provider strategy placed it. */
  capacityProvider: string | undefined;
  availabilityZone: string;
  /** EC2 / EXTERNAL: the container instance it holds resources on. */
  containerInstanceId: string | undefined;
  /** awsvpc: its ENI and private IP, held from PROVISIONING until STOPPED. */
  eni: EniAddress | undefined;
  /** The subnet it could not get an address from, when that is why it failed to start. */
  eniSubnetId: string | undefined;
  placement: PlacementReasonView | undefined;
}

export interface DeploymentTaskCounts {
  /** desiredStatus RUNNING and not yet STOPPED. */
  alive: number;
  /** Alive and counted toward minimumHealthyPercent. */
  healthy: number;
  /** Told to stop, not yet STOPPED. */
  draining: number;
  /** Alive, and judged unhealthy: waiting for the scheduler to replace it. */
  unhealthy: number;
}

export interface EcsDeployment {
  id: string;
  status: DeploymentStatus;
  taskDefinitionArn: string;
  failedTasks: number;
  rolloutState: RolloutState;
  rolloutStateReason: string;
  createdAt: number;
  updatedAt: number;
}

export interface EcsWorld {
  serviceName: string;
  loadBalancer: LoadBalancer | null;
  /** Tasks registered in the target group since the last pass; one event reports them together. */
  newTargets: number;
  desiredCount: number;
  deploymentConfiguration: DeploymentConfiguration;
  healthCheckGracePeriodSeconds: number;
  taskDefinitions: TaskDefinitionView[];
  /** PRIMARY first, then ACTIVE ones, newest first. INACTIVE deployments are dropped. */
  deployments: EcsDeployment[];
  tasks: Record<string, EcsTask>;
  /**
   * Ids of tasks not yet STOPPED, in creation order. It may also hold ids of tasks that have
   * STOPPED, or been forgotten, since it was last compacted: read it through liveTask().
   */
  liveTaskIds: string[];
  /** How many ids in liveTaskIds are stale (compactLiveTasks). */
  staleLiveTaskIds: number;
  /** Per-deployment task counts, kept up to date as tasks change, so a pass need not walk every task. */
  counts: Record<string, DeploymentTaskCounts>;
  /** The most recently STOPPED task ids, newest last (describe-tasks keeps them for a while). */
  stoppedTaskIds: string[];
  /** Oldest first internally; the view reverses them. */
  events: ServiceEventView[];
  /** The last wait reason recorded, so an unchanged wait is not recorded every pass. */
  lastWaitSummary: string | null;
  machine: { value: string; context: SchedulerContext };
  /** The circuit breaker's watch over the latest deployment (circuitBreaker.ts). */
  breaker: BreakerWatch;
  /** The last deployment that reached COMPLETED: where the circuit breaker rolls back to. */
  lastCompleted: { id: string; taskDefinitionArn: string } | null;
  /** The service throttle for tasks that never reach RUNNING (serviceThrottle.ts). */
  throttle: ServiceThrottle;
  /** Unhealthy tasks stopped one by one whose replacement has not started yet. */
  unhealthyOwed: number;
  /** Every deployment of the run, oldest first (RunStats.deployments). */
  history: DeploymentRecordStat[];
  /** Tasks that reached STOPPED, by stopCode (RunStats.stoppedTasksByStopCode). */
  stoppedByStopCode: Partial<Record<StopCode, number>>;
  cluster: EcsCluster;
  /** "unable to place a task" events logged (RunStats.unablePlaceEvents). */
  unablePlaceEvents: number;
  /** The first task that could not get an address (RunStats.subnetExhausted). */
  subnetExhausted: { subnetId: string; at: number; runningTasks: number } | null;
}

export type { Scenario };
