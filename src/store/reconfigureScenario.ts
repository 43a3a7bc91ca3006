// Changes that ECS cannot make to a running service — the cluster's instances, subnets, trunking,
// capacity providers, or the service's launch type and network — restart the scenario with the
// change applied, the way a learner would recreate the cluster or the service. UpdateService
// changes (desiredCount, placement, strategy) go through updateService instead.

import type { ScenarioInput } from '../sim';
import { appStore } from './appStore';
import { loadScenario } from './commands';

type ServiceInput = NonNullable<ScenarioInput['service']>;

/** What a reconfiguration replaces; each field given replaces the scenario's field whole. */
export interface ScenarioChange {
  cluster?: NonNullable<ScenarioInput['cluster']>;
  service?: Pick<ServiceInput, 'launchType' | 'capacityProviderStrategy' | 'networkConfiguration' | 'placementStrategy' | 'placementConstraints' | 'desiredCount'>;
}

/**
 * The scenario input with `change` applied. A launchType and a capacityProviderStrategy exclude
 * each other ("If a capacityProviderStrategy is specified, the launchType parameter must be
 * omitted", reference/ecs.md §7), so setting one drops the other.
 * @example withScenarioChange({ service: { launchType: 'EC2' } }, { service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } })
 * // → { service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } }
 */
export function withScenarioChange(input: ScenarioInput, change: ScenarioChange): ScenarioInput {
  const service: ServiceInput = { ...input.service, ...change.service };
  if (change.service?.launchType !== undefined) delete service.capacityProviderStrategy;
  if (change.service?.capacityProviderStrategy !== undefined) delete service.launchType;
  return { ...input, service, ...(change.cluster !== undefined && { cluster: { ...input.cluster, ...change.cluster } }) };
}

/** Reloads the scenario with `change` applied; an invalid result leaves the running one as it was. */
export async function reconfigureScenario(change: ScenarioChange): Promise<boolean> {
  return loadScenario(withScenarioChange(appStore.getState().scenario.input, change));
}
