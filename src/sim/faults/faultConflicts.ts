// Fault settings that contradict the rest of the scenario. A fault that only a health check can
// see, on a container nothing checks, would make a lesson silently show a healthy service.

import type { ContainerDefinition, LoadBalancer } from '../types';
import { NEEDS_A_HEALTH_CHECK } from './faultNames';

/** One readable error per contradiction, naming the field (`…containerDefinitions[0].simulate.fault`). */
export function faultConflicts(
  containerDefinitions: readonly ContainerDefinition[],
  loadBalancer: LoadBalancer | null,
  path: string,
): string[] {
  const errors: string[] = [];
  containerDefinitions.forEach((container, i) => {
    const fault = container.simulate?.fault;
    if (fault === undefined || !NEEDS_A_HEALTH_CHECK.includes(fault)) return;
    // The target group checks the container it forwards to; container health checks check their own.
    const checkedByTargetGroup = loadBalancer !== null && loadBalancer.containerName === container.name;
    if (container.healthCheck === undefined && !checkedByTargetGroup) {
      errors.push(
        `${path}[${i}].simulate.fault: "${fault}" needs something to check the container: give containerDefinitions[${i}] a healthCheck, or put the service behind a loadBalancer that targets "${container.name}"`,
      );
    }
  });
  return errors;
}
