import { describe, expect, it } from 'vitest';
import { parseScenario } from './parseScenario';

describe('parseScenario', () => {
  it('accepts the smallest scenario and fills AWS’s defaults (100 / 200)', () => {
    const result = parseScenario({ service: { desiredCount: 3 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.service).toEqual({ serviceName: 'web', desiredCount: 3, deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 }, loadBalancer: null });
    expect(result.scenario.start).toBe('steady');
    expect(result.scenario.taskDefinition.family).toBe('web');
  });

  it('derives the Kubernetes strategy: maxSurge = max − 100, maxUnavailable = 100 − min', () => {
    const result = parseScenario({ service: { desiredCount: 4, deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 150 } } });
    expect(result.ok && result.scenario.kubernetes).toEqual({ maxSurge: '50%', maxUnavailable: '50%', minReadySeconds: 0 });
  });

  it('keeps Kubernetes overrides', () => {
    const result = parseScenario({ kubernetes: { maxSurge: 1, maxUnavailable: '25%', minReadySeconds: 10 } });
    expect(result.ok && result.scenario.kubernetes).toEqual({ maxSurge: 1, maxUnavailable: '25%', minReadySeconds: 10 });
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
  ])('rejects %j naming the field', (input, message) => {
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });

  it('fills a load balancer with Elastic Load Balancing’s target-group defaults', () => {
    const result = parseScenario({ service: { loadBalancer: {} } });
    expect(result.ok && result.scenario.service.loadBalancer).toMatchObject({ deregistrationDelaySeconds: 300, healthCheckIntervalSeconds: 30, healthyThresholdCount: 5 });
  });

  it('rejects input that is not an object', () => {
    expect(parseScenario('rm -rf /').ok).toBe(false);
    expect(parseScenario([1, 2]).ok).toBe(false);
  });

  it('accepts ECS 100 / 100 even though its Kubernetes translation (0 % / 0 %) would be rejected', () => {
    expect(parseScenario({ service: { deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } } }).ok).toBe(true);
  });
});
