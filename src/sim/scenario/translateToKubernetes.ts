// The translation the lessons teach (DESIGN.md rule 4; the article's §4 table):
// maxSurge = maximumPercent − 100, maxUnavailable = 100 − minimumHealthyPercent, as percentages,
// so Kubernetes resolves them with its own rounding (surge up, unavailable down) and the app can
// show where that differs from ECS (min up, max down).

import type { DeploymentConfiguration } from '../types';

/**
 * The Kubernetes rollingUpdate values equivalent to an ECS deploymentConfiguration.
 * @example translateToKubernetes({ minimumHealthyPercent: 50, maximumPercent: 200 })
 *   // → { maxSurge: '100%', maxUnavailable: '50%' }
 */
export function translateToKubernetes(config: DeploymentConfiguration): { maxSurge: string; maxUnavailable: string } {
  return {
    maxSurge: `${Math.max(0, config.maximumPercent - 100)}%`,
    maxUnavailable: `${Math.max(0, 100 - config.minimumHealthyPercent)}%`,
  };
}
