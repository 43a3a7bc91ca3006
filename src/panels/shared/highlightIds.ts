// The ids of the translation-table rows. A row's id is what `ui.highlight` holds while the row is
// hovered or focused, and what panel elements list in their `data-hl` attribute to light up with
// it. Lessons can name the same ids in their "what to highlight".

/** The article's nine pairs (seed §2), ECS term first. */
export const CONCEPT_ROW_IDS = [
  'service-deployment',
  'pod-task',
  'taskdefinition-podspec',
  'placement-scheduler',
  'agent-kubelet',
  'events-describe',
  'targetgroup-service',
  'roles-serviceaccount',
  'deploymentconfiguration-strategy',
] as const;

/** Rows computed from the running scenario. */
export const LIVE_ROW_IDS = [
  'desiredCount-replicas',
  'maximumPercent-maxSurge',
  'minimumHealthyPercent-maxUnavailable',
  'taskdefinition-podtemplatehash',
  'circuitBreaker-progressDeadlineSeconds',
] as const;

export type ConceptRowId = (typeof CONCEPT_ROW_IDS)[number];
export type LiveRowId = (typeof LIVE_ROW_IDS)[number];
export type HighlightId = ConceptRowId | LiveRowId;
