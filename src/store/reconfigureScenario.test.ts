import { describe, expect, it } from 'vitest';
import { withScenarioChange } from './reconfigureScenario';

describe('withScenarioChange', () => {
  it('replaces the cluster fields it names and keeps the rest of the scenario', () => {
    const input = { seed: 7, service: { desiredCount: 4, launchType: 'EC2' as const }, cluster: { awsvpcTrunking: false, containerInstances: [{ instanceType: 'm5.large' }] } };
    expect(withScenarioChange(input, { cluster: { awsvpcTrunking: true } })).toEqual({
      seed: 7,
      service: { desiredCount: 4, launchType: 'EC2' },
      cluster: { awsvpcTrunking: true, containerInstances: [{ instanceType: 'm5.large' }] },
    });
  });

  it('drops the launchType when a capacity provider strategy is set, and the other way round', () => {
    const strategy = [{ capacityProvider: 'FARGATE', base: 2, weight: 1 }];
    expect(withScenarioChange({ service: { launchType: 'EC2' } }, { service: { capacityProviderStrategy: strategy } }).service).toEqual({ capacityProviderStrategy: strategy });
    expect(withScenarioChange({ service: { capacityProviderStrategy: strategy } }, { service: { launchType: 'FARGATE' } }).service).toEqual({ launchType: 'FARGATE' });
  });
});
