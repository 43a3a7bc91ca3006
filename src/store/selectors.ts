// Named, module-level selectors over the app store. Each returns a value already in the store
// (or a shared constant), never a fresh object, so subscribers re-render only on real change.

import type { Decision, K8sEventView, ReplicaSetView, ServiceEventView, TaskDefinitionView } from '../sim';
import type { AppState } from './appStore';

const NO_SERVICE_EVENTS: ServiceEventView[] = [];
const NO_K8S_EVENTS: K8sEventView[] = [];
const NO_DECISIONS: Decision[] = [];
const NO_TASK_DEFINITIONS: TaskDefinitionView[] = [];
const NO_REPLICA_SETS: ReplicaSetView[] = [];

/** Above this speed screen readers would be flooded, so live regions stop announcing. */
const MAX_ANNOUNCED_SPEED = 1;

export const selectHasSnapshot = (s: AppState) => s.mirror.snapshot !== null;
export const selectPlaying = (s: AppState) => s.playback.playing;
export const selectSpeed = (s: AppState) => s.playback.speed;
export const selectTime = (s: AppState) => s.playback.time;
export const selectHorizon = (s: AppState) => s.playback.horizon;
export const selectLocale = (s: AppState) => s.ui.locale;
export const selectNotice = (s: AppState) => s.ui.notice;
export const selectHelpOpen = (s: AppState) => s.ui.helpOpen;
export const selectShareStatus = (s: AppState) => s.ui.share;

export const selectEcsBounds = (s: AppState) => s.mirror.snapshot?.ecs.bounds ?? null;
export const selectEcsEvents = (s: AppState) => s.mirror.snapshot?.ecs.service.events ?? NO_SERVICE_EVENTS;
export const selectK8sEvents = (s: AppState) => s.mirror.snapshot?.k8s.events ?? NO_K8S_EVENTS;
export const selectDecisions = (s: AppState) => s.mirror.snapshot?.decisions ?? NO_DECISIONS;
export const selectTaskDefinitions = (s: AppState) => s.mirror.snapshot?.ecs.taskDefinitions ?? NO_TASK_DEFINITIONS;
export const selectEcsDeployments = (s: AppState) => s.mirror.snapshot?.ecs.service.deployments ?? null;
export const selectReplicaSets = (s: AppState) => s.mirror.snapshot?.k8s.replicaSets ?? NO_REPLICA_SETS;

/** Whether live regions should announce changes: not while playing faster than real time. */
export const selectAnnounceLive = (s: AppState) => !(s.playback.playing && s.playback.speed > MAX_ANNOUNCED_SPEED);

/** describe-services: the PRIMARY deployment's rolloutState and its reason. */
export const selectPrimaryRollout = (s: AppState) => s.mirror.snapshot?.ecs.service.deployments[0] ?? null;
/** The current `kubectl rollout status` line. */
export const selectK8sRolloutStatus = (s: AppState) => s.mirror.snapshot?.k8s.deployment.rolloutStatus ?? null;
/** The API server's rejection of the strategy the scenario asks for, if any. */
export const selectK8sApiError = (s: AppState) => s.mirror.snapshot?.k8s.apiError ?? null;
export const selectServiceName = (s: AppState) => s.mirror.snapshot?.ecs.service.serviceName ?? null;

/** The task or pod the inspector shows. */
export const selectSelection = (s: AppState) => s.ui.selection;
/** The ECS half of the snapshot: one object per change of any task, deployment or event. */
export const selectEcsView = (s: AppState) => s.mirror.snapshot?.ecs ?? null;
/** The Kubernetes half of the snapshot. */
export const selectK8sView = (s: AppState) => s.mirror.snapshot?.k8s ?? null;
/** The scenario the simulation resolved (defaults filled in): role ARNs, the family, the container. */
export const selectResolvedScenario = (s: AppState) => s.mirror.snapshot?.scenario ?? null;
/** Simulated seconds of the latest frame (what "now" is for ages and log lines). */
export const selectSimTime = (s: AppState) => s.mirror.snapshot?.time ?? 0;

/** The task definition the PRIMARY deployment runs: the revision currently deployed. */
export const selectDeployedTaskDefinition = (s: AppState): TaskDefinitionView | null => {
  const ecs = s.mirror.snapshot?.ecs;
  if (!ecs) return null;
  const arn = ecs.service.deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition ?? ecs.service.taskDefinition;
  return ecs.taskDefinitions.find((d) => d.taskDefinitionArn === arn) ?? null;
};
