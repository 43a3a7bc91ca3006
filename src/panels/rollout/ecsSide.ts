// The ECS half of the rollout panel as data: tasks grouped by the deployment that started them
// (a service task's `startedBy` is its deployment id, reference/ecs.md §3), each deployment
// labelled the way `aws ecs describe-services` reports it (reference/ecs.md §2.1).

import type { DeploymentView, Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { familyRevision, shortDeploymentId } from '../shared/apiNames';
import { taskCategory } from '../shared/statusColour';
import type { Span } from '../shared/textFlow';
import { ROLLOUT_TEXT } from './rolloutText';
import {
  CURRENT_TEMPLATE_HL,
  DESIRED_HL,
  GROUP_HL,
  LOWER_BOUND_HL,
  TEMPLATE_HL,
  UPPER_BOUND_HL,
  span,
  unitCounts,
  type GroupModel,
  type SideModel,
} from './sideModel';

/** One describe-services deployment as tokens, wrapped by the layout to the group's width. */
function deploymentLine(d: DeploymentView): Span[] {
  return [
    span(d.status, GROUP_HL),
    span(familyRevision(d.taskDefinition), d.status === 'PRIMARY' ? CURRENT_TEMPLATE_HL : TEMPLATE_HL),
    span(`desired ${d.desiredCount}`, DESIRED_HL),
    span(`pending ${d.pendingCount}`),
    span(`running ${d.runningCount}`),
    span(`rolloutState ${d.rolloutState}`),
    span(shortDeploymentId(d.id), GROUP_HL),
  ];
}

export function ecsSide(snapshot: Snapshot, locale: Locale): SideModel {
  const t = ROLLOUT_TEXT[locale];
  const { service, tasks, bounds } = snapshot.ecs;
  const groups = new Map<string, GroupModel>();
  const lines = new Map<string, Span[][]>();
  for (const d of service.deployments) {
    if (d.status === 'INACTIVE') continue;
    groups.set(d.id, { id: d.id, units: [], data: { deployment: d.id, status: d.status } });
    lines.set(d.id, [deploymentLine(d)]);
  }
  let healthy = 0;
  for (const task of tasks) {
    const category = taskCategory(task);
    // STOPPED tasks leave the grid (the draw fades them out); describe-tasks keeps them an hour.
    if (category === 'stopped') continue;
    if (task.countsAsHealthy) healthy++;
    let group = groups.get(task.startedBy);
    if (!group) {
      // A deployment the service no longer lists: replaced ("INACTIVE", API Deployment.status)
      // while its last tasks still drain.
      group = { id: task.startedBy, units: [], data: { deployment: task.startedBy, status: 'INACTIVE' } };
      groups.set(task.startedBy, group);
      lines.set(task.startedBy, [[span(shortDeploymentId(task.startedBy), GROUP_HL)]]);
    }
    group.units.push({
      id: task.taskArn,
      category,
      data: { side: 'ecs', id: task.taskArn, status: task.lastStatus, health: task.healthStatus, category, deployment: task.startedBy },
    });
  }
  for (const group of groups.values()) Object.assign(group.data, unitCounts(group.units));
  return {
    side: 'ecs',
    title: [span(t.ecsTitle(service.serviceName), GROUP_HL), span(`desiredCount ${service.desiredCount}`, DESIRED_HL)],
    boundsText: [span(t.atLeastHealthy(bounds.minimumHealthy), LOWER_BOUND_HL), span(t.atMostTasks(bounds.maximum), UPPER_BOUND_HL)],
    nowText: [span(t.totalTasks(service.runningCount + service.pendingCount)), span(t.healthyTasks(healthy))],
    headers: [{ caption: [span(t.deploymentsCaption, GROUP_HL)], lines: [...lines.values()], aligned: false }],
    bounds: {
      lower: bounds.minimumHealthy,
      upper: bounds.maximum,
      desired: service.desiredCount,
      // The maximum counts tasks "in the RUNNING or PENDING state" (API DeploymentConfiguration).
      total: service.runningCount + service.pendingCount,
      counted: healthy,
    },
    groups: [...groups.values()],
  };
}
