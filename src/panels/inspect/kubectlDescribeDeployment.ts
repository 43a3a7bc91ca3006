// `kubectl describe deployment <name>` as kubectl prints it (describe.go describeDeployment and
// DescribePodTemplate; reference/k8s.md §3.2): the Replicas line, the strategy, the pod template,
// the Conditions table (Progressing False ProgressDeadlineExceeded when a rollout stalls),
// OldReplicaSets / NewReplicaSet and the Events. Cells are aligned with tabwrite(), so the
// Conditions rows share their first column with OldReplicaSets and NewReplicaSet, as in kubectl.

import type { K8sDeploymentView, K8sEventView, ReplicaSetView, Scenario } from '../../sim';
import { eventsAbout, eventsSection } from './kubectlEvents';
import { rfc1123z } from './simClock';
import { DESCRIBE, tabwrite } from './tabwriter';

export interface DescribeDeploymentInput {
  deployment: K8sDeploymentView;
  replicaSets: readonly ReplicaSetView[];
  events: readonly K8sEventView[];
  scenario: Scenario;
  now: number;
}

/** The ReplicaSet the Deployment's current template made: the one with its revision. */
export function newReplicaSetOf(deployment: K8sDeploymentView, replicaSets: readonly ReplicaSetView[]): ReplicaSetView | null {
  return replicaSets.find((rs) => rs.revision === deployment.revision) ?? null;
}

/** printReplicaSetsByLabels: `name (current/spec replicas created)`, comma separated, or <none>. */
const replicaSetList = (list: readonly ReplicaSetView[]) =>
  list.length === 0 ? '<none>' : list.map((rs) => `${rs.name} (${rs.currentReplicas}/${rs.replicas} replicas created)`).join(', ');

/** The container port the pod template declares: the target group's, or 80. */
export const containerPortOf = (scenario: Scenario) => scenario.service.loadBalancer?.containerPort ?? 80;

export function describeDeployment({ deployment: d, replicaSets, events, scenario, now }: DescribeDeploymentInput): string {
  const newRs = newReplicaSetOf(d, replicaSets);
  // deploymentutil.FindOldReplicaSets: the old ReplicaSets that still have replicas.
  const oldRss = replicaSets.filter((rs) => rs !== newRs && rs.replicas !== 0).sort((a, b) => a.revision - b.revision);
  const total = replicaSets.reduce((sum, rs) => sum + rs.currentReplicas, 0);
  const created = Math.min(0, ...replicaSets.map((rs) => rs.createdAt));
  const container = scenario.taskDefinition.containerDefinitions.find((c) => c.essential !== false) ?? scenario.taskDefinition.containerDefinitions[0];
  const image = newRs?.image ?? container?.image ?? '';
  const lines = [
    `Name:\t${d.name}`,
    'Namespace:\tdefault',
    `CreationTimestamp:\t${rfc1123z(created)}`,
    `Labels:\tapp=${d.name}`,
    `Annotations:\tdeployment.kubernetes.io/revision: ${d.revision}`,
    `Selector:\tapp=${d.name}`,
    `Replicas:\t${d.replicas} desired | ${d.updatedReplicas} updated | ${total} total | ${d.availableReplicas} available | ${d.unavailableReplicas} unavailable`,
    'StrategyType:\tRollingUpdate',
    `MinReadySeconds:\t${d.minReadySeconds}`,
    `RollingUpdateStrategy:\t${d.strategy.maxUnavailable} max unavailable, ${d.strategy.maxSurge} max surge`,
    'Pod Template:',
    `  Labels:\tapp=${d.name}`,
    '  Containers:',
    `   ${container?.name ?? d.name}:`,
    `    Image:\t${image}`,
    `    Port:\t${containerPortOf(scenario)}/TCP`,
    '    Host Port:\t0/TCP',
    '    Environment:\t<none>',
    '    Mounts:\t<none>',
    '  Volumes:\t<none>',
    '  Node-Selectors:\t<none>',
    '  Tolerations:\t<none>',
  ];
  if (d.conditions.length > 0) {
    lines.push('Conditions:', '  Type\tStatus\tReason', '  ----\t------\t------');
    // "%v \t%v\t%v": kubectl leaves a space after the type.
    for (const c of d.conditions) lines.push(`  ${c.type} \t${c.status}\t${c.reason}`);
  }
  lines.push(`OldReplicaSets:\t${replicaSetList(oldRss)}`, `NewReplicaSet:\t${replicaSetList(newRs ? [newRs] : [])}`);
  const text = `${lines.join('\n')}\n${eventsSection(eventsAbout(events, 'Deployment', d.name), now)}`;
  return tabwrite(text.replace(/\n$/, ''), DESCRIBE);
}
