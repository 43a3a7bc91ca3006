// ECS's service event when no container instance can take a task, in AWS's wording (reference/ecs.md §4.2).

import type { FilterReason } from './placementTypes';

const UNABLE = 'was unable to place a task because no container instance met all of its requirements.';
const TROUBLESHOOTING = 'For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';

// What the closest instance lacked, as the event words it. CPU, memory and memberOf are REAL event
// text (reference/ecs.md §4.2). The ENI form is REAL too: `… The closest matching container-instance
// acf43593-… encountered error "RESOURCE:ENI". …` (aws/aws-app-mesh-examples#342, 2020, on EC2).
// The distinctInstance form mirrors the memberOf one (inferred).
const CLOSEST: Readonly<Record<FilterReason, string>> = {
  CPU: 'has insufficient CPU units available.',
  MEMORY: 'has insufficient memory available.',
  ENI: 'encountered error "RESOURCE:ENI".',
  memberOf: 'encountered error "MemberOf placement constraint unsatisfied."',
  distinctInstance: 'encountered error "DistinctInstance placement constraint unsatisfied."',
};

/**
 * The service event for a task that cannot be placed. With no instance to compare, the DG's first
 * cause ("No container instances were found in your cluster") follows as the reason (inferred form).
 * @example unablePlaceMessage('web', { instanceId: '79cac21ecdb44097a989744944e202d7', lacking: 'MEMORY' })
 * // → '(service web) was unable to place a task because no container instance met all of its requirements. The closest
 * //    matching (container-instance 79cac21ecdb44097a989744944e202d7) has insufficient memory available. For more
 * //    information, see the Troubleshooting section of the Amazon ECS Developer Guide.'
 */
export function unablePlaceMessage(serviceName: string, closest: { instanceId: string; lacking: FilterReason } | null): string {
  if (closest === null) return `(service ${serviceName}) ${UNABLE} Reason: No Container Instances were found in your cluster. ${TROUBLESHOOTING}`;
  return `(service ${serviceName}) ${UNABLE} The closest matching (container-instance ${closest.instanceId}) ${CLOSEST[closest.lacking]} ${TROUBLESHOOTING}`;
}
