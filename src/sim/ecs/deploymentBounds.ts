// The two numbers a rolling deployment lives between. AWS: "The minimum number of healthy tasks
// during a deployment is the desiredCount multiplied by the minimumHealthyPercent/100, rounded up
// to the nearest integer value" and the maximum "… multiplied by the maximumPercent/100, rounded
// down" (developerguide/service_definition_parameters.html; reference/ecs.md §1.1).

export interface DeploymentBounds {
  /** Tasks that must stay RUNNING and healthy: ceil(desiredCount × minimumHealthyPercent / 100). */
  minimumHealthy: number;
  /** Tasks allowed in RUNNING or PENDING: floor(desiredCount × maximumPercent / 100). */
  maximum: number;
}

/**
 * @example deploymentBounds(4, 50, 200) // → { minimumHealthy: 2, maximum: 8 }
 * @example deploymentBounds(3, 100, 125) // → { minimumHealthy: 3, maximum: 3 } (can't start any)
 */
export function deploymentBounds(desiredCount: number, minimumHealthyPercent: number, maximumPercent: number): DeploymentBounds {
  // Integer arithmetic first, so 3 × 150 / 100 = 4.5 never meets floating-point noise.
  return {
    minimumHealthy: Math.ceil((desiredCount * minimumHealthyPercent) / 100),
    maximum: Math.floor((desiredCount * maximumPercent) / 100),
  };
}
