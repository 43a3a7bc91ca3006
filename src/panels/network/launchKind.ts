// Which kind of capacity the service's tasks run on, from the resolved scenario: its launchType,
// else its capacity provider strategy (FARGATE and FARGATE_SPOT are Fargate, an Auto Scaling
// group provider is EC2; one strategy cannot mix the two kinds, reference/ecs.md §7), else the
// cluster's providers.

import type { LaunchType, Scenario } from '../../sim';

const FARGATE_PROVIDERS = new Set(['FARGATE', 'FARGATE_SPOT']);

export function launchKind(scenario: Scenario): LaunchType {
  const { service, cluster } = scenario;
  if (service.launchType !== null) return service.launchType;
  const names = service.capacityProviderStrategy.length > 0 ? service.capacityProviderStrategy.map((i) => i.capacityProvider) : cluster.capacityProviders.map((p) => p.name);
  if (names.length === 0) return cluster.containerInstances.length > 0 ? 'EC2' : 'FARGATE';
  return names.some((n) => FARGATE_PROVIDERS.has(n)) ? 'FARGATE' : 'EC2';
}
