// `aws ecs describe-services --cluster <cluster> --services <name>` shaped like the CLI's output
// (reference/ecs.md §10.1): deploymentConfiguration with deploymentCircuitBreaker, each deployment
// with status, failedTasks, rolloutState and rolloutStateReason, and the events, newest first.
// The circuit breaker's live status is not part of describe-services: the API reports it on the
// service deployment (ServiceDeploymentCircuitBreaker, reference/ecs.md §2.2), so it gets its own
// `describe-service-deployments` query.

import type { CircuitBreakerView, DeploymentView, EcsServiceView } from '../../sim';
import { cliJson, clusterParts, compact } from './awsJson';
import { awsTimestamp } from './simClock';

/** describe-services returns at most this many events (the console shows the 100 most recent). */
export const MAX_SERVICE_EVENTS = 100;

export function serviceArnOf(service: Pick<EcsServiceView, 'clusterArn' | 'serviceName'>): string {
  const { region, account, cluster } = clusterParts(service.clusterArn);
  return `arn:aws:ecs:${region}:${account}:service/${cluster}/${service.serviceName}`;
}

/**
 * The ARN of a service deployment. Real ones end in an id of their own; deriving it from the
 * deployment's ecs-svc number is Isomorph's simplification.
 */
export function serviceDeploymentArnOf(service: Pick<EcsServiceView, 'clusterArn' | 'serviceName'>, deployment: DeploymentView): string {
  const { region, account, cluster } = clusterParts(service.clusterArn);
  return `arn:aws:ecs:${region}:${account}:service-deployment/${cluster}/${service.serviceName}/${deployment.id.slice(deployment.id.indexOf('/') + 1)}`;
}

function deploymentObject(d: DeploymentView) {
  return compact({
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinition,
    desiredCount: d.desiredCount,
    pendingCount: d.pendingCount,
    runningCount: d.runningCount,
    failedTasks: d.failedTasks,
    createdAt: awsTimestamp(d.createdAt),
    updatedAt: awsTimestamp(d.updatedAt),
    launchType: 'FARGATE',
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason || undefined,
  });
}

export function describeServicesJson(service: EcsServiceView): string {
  const { deploymentCircuitBreaker: breaker, maximumPercent, minimumHealthyPercent } = service.deploymentConfiguration;
  return cliJson({
    services: [
      {
        serviceArn: serviceArnOf(service),
        serviceName: service.serviceName,
        clusterArn: service.clusterArn,
        loadBalancers: service.loadBalancers,
        status: service.status,
        desiredCount: service.desiredCount,
        runningCount: service.runningCount,
        pendingCount: service.pendingCount,
        launchType: 'FARGATE',
        taskDefinition: service.taskDefinition,
        deploymentConfiguration: {
          deploymentCircuitBreaker: {
            enable: breaker.enable,
            rollback: breaker.rollback,
            thresholdConfiguration: breaker.thresholdConfiguration,
            resetOnHealthyTask: breaker.resetOnHealthyTask,
          },
          maximumPercent,
          minimumHealthyPercent,
        },
        deployments: service.deployments.map(deploymentObject),
        events: service.events.slice(0, MAX_SERVICE_EVENTS).map((e) => ({ id: e.id, createdAt: awsTimestamp(e.createdAt), message: e.message })),
        healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
        schedulingStrategy: 'REPLICA',
        deploymentController: { type: 'ECS' },
      },
    ],
    failures: [],
  });
}

/** `describe-service-deployments … --query 'serviceDeployments[0].deploymentCircuitBreaker'`. */
export const circuitBreakerJson = (breaker: CircuitBreakerView) => cliJson({ status: breaker.status, failureCount: breaker.failureCount, threshold: breaker.threshold });
