// How the lesson pane names a translation row on its "look at" buttons: the ECS term and its
// Kubernetes counterpart, as both APIs spell them (the same in every language).

import type { HighlightId } from '../panels/shared/highlightIds';

export const HIGHLIGHT_LABELS: Record<HighlightId, string> = {
  'service-deployment': 'Service ↔ Deployment',
  'pod-task': 'Task ↔ Pod',
  'taskdefinition-podspec': 'TaskDefinition ↔ PodSpec',
  'placement-scheduler': 'placement ↔ kube-scheduler',
  'agent-kubelet': 'ECS agent ↔ kubelet',
  'events-describe': 'service events ↔ kubectl describe',
  'targetgroup-service': 'target group ↔ Service',
  'roles-serviceaccount': 'task role ↔ ServiceAccount',
  'deploymentconfiguration-strategy': 'deploymentConfiguration ↔ strategy',
  'desiredCount-replicas': 'desiredCount ↔ replicas',
  'maximumPercent-maxSurge': 'maximumPercent ↔ maxSurge',
  'minimumHealthyPercent-maxUnavailable': 'minimumHealthyPercent ↔ maxUnavailable',
  'taskdefinition-podtemplatehash': 'task definition revision ↔ pod-template-hash',
  'circuitBreaker-progressDeadlineSeconds': 'deploymentCircuitBreaker ↔ progressDeadlineSeconds',
};
