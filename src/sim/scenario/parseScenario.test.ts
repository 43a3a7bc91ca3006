import { describe, expect, it } from 'vitest';
import { parseScenario } from './parseScenario';

describe('parseScenario', () => {
  it('accepts the smallest scenario and fills AWS’s defaults (100 / 200)', () => {
    const result = parseScenario({ service: { desiredCount: 3 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.service).toEqual({
      serviceName: 'web',
      desiredCount: 3,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        // describe-services of a service created without it: {"enable": false, "rollback": false}
        deploymentCircuitBreaker: { enable: false, rollback: false, thresholdConfiguration: { type: 'BOUNDED_PERCENT', value: 50 }, resetOnHealthyTask: true },
      },
      loadBalancer: null,
      healthCheckGracePeriodSeconds: 0,
      // Isomorph's scenarios run on Fargate unless they say otherwise, in every subnet, with the
      // VPC's default security group (API AwsVpcConfiguration) and no public IP (its default).
      launchType: 'FARGATE',
      capacityProviderStrategy: [],
      placementConstraints: [],
      placementStrategy: [],
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1a', 'subnet-1b', 'subnet-1c'], securityGroups: ['sg-default'], assignPublicIp: 'DISABLED' } },
    });
    expect(result.scenario.cluster.containerInstances).toEqual([]);
    expect(result.scenario.cluster.capacityProviders.map((p) => p.name)).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(result.scenario.kubernetes.progressDeadlineSeconds).toBe(600);
    expect(result.scenario.start).toBe('steady');
    expect(result.scenario.taskDefinition.family).toBe('web');
  });

  it('derives the Kubernetes strategy: maxSurge = max − 100, maxUnavailable = 100 − min', () => {
    const result = parseScenario({ service: { desiredCount: 4, deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 150 } } });
    expect(result.ok && result.scenario.kubernetes).toEqual({ maxSurge: '50%', maxUnavailable: '50%', minReadySeconds: 0, progressDeadlineSeconds: 600 });
  });

  it('keeps Kubernetes overrides', () => {
    const result = parseScenario({ kubernetes: { maxSurge: 1, maxUnavailable: '25%', minReadySeconds: 10 } });
    expect(result.ok && result.scenario.kubernetes).toEqual({ maxSurge: 1, maxUnavailable: '25%', minReadySeconds: 10, progressDeadlineSeconds: 600 });
  });

  it.each([
    [{ service: { deploymentConfiguration: { minimumHealthyPercent: 150 } } }, 'service.deploymentConfiguration.minimumHealthyPercent: must be at most 100%'],
    [{ service: { desiredCount: -1 } }, 'service.desiredCount: must be at least 0'],
    [{ service: { desiredCount: 2.5 } }, 'service.desiredCount: must be a whole number'],
    [{ service: { desiredCount: '3' } }, 'service.desiredCount: must be a number'],
    [{ service: { deploymentConfiguration: { maximumPercent: 50 } } }, 'service.deploymentConfiguration.maximumPercent: must be at least 100%'],
    [{ servce: {} }, 'servce: is not a field Isomorph knows'],
    [{ service: { loadBalancer: { deregistrationDelaySeconds: 4000 } } }, 'service.loadBalancer.deregistrationDelaySeconds: must be at most 3600 s'],
    [{ kubernetes: { maxSurge: 'abc' } }, 'kubernetes.maxSurge: must be a whole number or a percentage such as "25%"'],
    [{ kubernetes: { maxSurge: 0, maxUnavailable: '0%' } }, 'kubernetes.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0'],
    [{ service: { serviceName: 'web<script>' } }, 'service.serviceName: may contain only letters, numbers, hyphens and underscores (1–255)'],
    [
      { service: { deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: true } } } },
      'service.deploymentConfiguration.deploymentCircuitBreaker.rollback: is true, but rollback only happens when the circuit breaker is on: set enable to true too',
    ],
    [
      { service: { deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true, thresholdConfiguration: { type: 'COUNT', value: 0 } } } } },
      'service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.value: must be at least 1',
    ],
    [
      { service: { deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true, thresholdConfiguration: { type: 'PERCENT', value: 5 } } } } },
      'service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.type: must be one of "COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"',
    ],
    [
      { taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:1', simulate: { fault: 'crash' } }] } },
      'taskDefinition.containerDefinitions.0.simulate.fault: must be one of "healthy", "slow-start", "exit-on-start", "exit-later", "oom", "image-pull-error", "failing-health-check", "missing-execution-role-permission", "missing-task-role-permission", "spot-interruption"',
    ],
    [
      { taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:1', simulate: { fault: 'failing-health-check' } }] } },
      'taskDefinition.containerDefinitions[0].simulate.fault: "failing-health-check" needs something to check the container: give containerDefinitions[0] a healthCheck, or put the service behind a loadBalancer that targets "web"',
    ],
    [
      { taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:1', healthCheck: { command: ['CMD-SHELL', 'true'], interval: 2 } }] } },
      'taskDefinition.containerDefinitions.0.healthCheck.interval: must be at least 5 s',
    ],
    [
      { taskDefinition: { containerDefinitions: [{ name: 'sidecar', image: 'log:1', essential: false }] } },
      'taskDefinition.containerDefinitions: needs at least one essential container',
    ],
    [{ kubernetes: { minReadySeconds: 30, progressDeadlineSeconds: 30 } }, 'kubernetes.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds'],
    [{ service: { healthCheckGracePeriodSeconds: -5 } }, 'service.healthCheckGracePeriodSeconds: must be at least 0 s'],
  ])('rejects %j naming the field', (input, message) => {
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });

  it('fills a load balancer with Elastic Load Balancing’s target-group defaults', () => {
    const result = parseScenario({ service: { loadBalancer: {} } });
    expect(result.ok && result.scenario.service.loadBalancer).toMatchObject({ deregistrationDelaySeconds: 300, healthCheckIntervalSeconds: 30, healthyThresholdCount: 5 });
  });

  it('fills a container health check with ECS’s defaults (interval 30, timeout 5, retries 3, startPeriod 0)', () => {
    const result = parseScenario({ taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:1', healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] } }] } });
    expect(result.ok && result.scenario.taskDefinition.containerDefinitions[0].healthCheck).toEqual({
      command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      interval: 30,
      timeout: 5,
      retries: 3,
      startPeriod: 0,
    });
  });

  it('accepts a failing health check that the load balancer sees', () => {
    const result = parseScenario({
      service: { loadBalancer: {} },
      taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:1', simulate: { fault: 'failing-health-check' } }] },
    });
    expect(result.ok && result.scenario.service.loadBalancer).toMatchObject({ containerName: 'web', containerPort: 80, unhealthyThresholdCount: 2 });
  });

  it('rejects input that is not an object', () => {
    expect(parseScenario('rm -rf /').ok).toBe(false);
    expect(parseScenario([1, 2]).ok).toBe(false);
  });

  it('accepts ECS 100 / 100 even though its Kubernetes translation (0 % / 0 %) would be rejected', () => {
    expect(parseScenario({ service: { deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } } }).ok).toBe(true);
  });
});
