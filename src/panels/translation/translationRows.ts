// The rows of the translation table: the article's nine pairs, then five rows computed from the
// running scenario. A live row whose ECS and Kubernetes numbers disagree carries a flag that
// says why, in numbers (roundingCheck.ts).

import { translateToKubernetes, type Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { familyRevision } from '../shared/apiNames';
import { CONCEPT_ROW_IDS, type HighlightId } from '../shared/highlightIds';
import { limitChecks, type LimitCheck } from './roundingCheck';
import { TABLE_TEXT, type TableText } from './translationText';

export interface RowFlag {
  label: string;
  /** How each side got its number, one line each. */
  lines: string[];
}

export interface TranslationRow {
  id: HighlightId;
  ecs: string;
  k8s: string;
  note: string;
  flag: RowFlag | null;
}

export function conceptRows(locale: Locale): TranslationRow[] {
  const t = TABLE_TEXT[locale];
  return CONCEPT_ROW_IDS.map((id) => ({ id, ...t.concepts[id], flag: null }));
}

function flagFor(check: LimitCheck, exactTranslation: boolean, t: TableText): RowFlag | null {
  if (check.ecs === check.k8s) return null;
  const lines = [`ECS: ${check.ecsFormula}`, `Kubernetes: ${check.k8sFormula}`];
  return { label: exactTranslation ? t.roundingDiffers : t.settingsDiffer, lines: check.fencepost ? [...lines, t.fencepost] : lines };
}

export function liveRows(snapshot: Snapshot | null, locale: Locale): TranslationRow[] {
  if (!snapshot) return [];
  const t = TABLE_TEXT[locale];
  const { service } = snapshot.ecs;
  const { deployment, replicaSets } = snapshot.k8s;
  const config = service.deploymentConfiguration;
  const { maxSurge, maxUnavailable } = deployment.strategy;
  const { upper, lower } = limitChecks(service.desiredCount, config, { replicas: deployment.replicas, maxSurge, maxUnavailable });
  // Rounding alone explains a difference only if Kubernetes got the lessons' translation.
  const translated = translateToKubernetes(config);
  const exact = String(maxSurge) === translated.maxSurge && String(maxUnavailable) === translated.maxUnavailable;
  const newest = replicaSets.reduce<(typeof replicaSets)[number] | null>((a, rs) => (a === null || rs.revision > a.revision ? rs : a), null);

  return [
    { id: 'desiredCount-replicas', ecs: `desiredCount ${service.desiredCount}`, k8s: `replicas ${deployment.replicas}`, note: t.liveNotes['desiredCount-replicas'], flag: null },
    {
      id: 'maximumPercent-maxSurge',
      ecs: `maximumPercent ${config.maximumPercent} → ${t.atMost(upper.ecs)}`,
      k8s: `maxSurge ${maxSurge} → ${upper.k8sResolved} (${t.atMost(upper.k8s)})`,
      note: t.liveNotes['maximumPercent-maxSurge'],
      flag: flagFor(upper, exact, t),
    },
    {
      id: 'minimumHealthyPercent-maxUnavailable',
      ecs: `minimumHealthyPercent ${config.minimumHealthyPercent} → ${t.atLeast(lower.ecs)}`,
      k8s: `maxUnavailable ${maxUnavailable} → ${lower.k8sResolved} (${t.atLeast(lower.k8s)})`,
      note: t.liveNotes['minimumHealthyPercent-maxUnavailable'],
      flag: flagFor(lower, exact, t),
    },
    {
      id: 'taskdefinition-podtemplatehash',
      ecs: `taskDefinition ${familyRevision(service.taskDefinition)}`,
      k8s: newest ? `pod-template-hash ${newest.podTemplateHash}` : '—',
      note: t.liveNotes['taskdefinition-podtemplatehash'],
      flag: null,
    },
    {
      id: 'circuitBreaker-progressDeadlineSeconds',
      ecs: t.breaker({ ...config.deploymentCircuitBreaker, ...snapshot.ecs.circuitBreaker }),
      k8s: progressLine(deployment),
      note: t.liveNotes['circuitBreaker-progressDeadlineSeconds'],
      flag: null,
    },
  ];
}

/** `progressDeadlineSeconds 600 · Progressing=True NewReplicaSetAvailable`, as kubectl describe shows the condition. */
function progressLine(deployment: Snapshot['k8s']['deployment']): string {
  const progressing = deployment.conditions.find((c) => c.type === 'Progressing');
  const condition = progressing ? ` · Progressing=${progressing.status} ${progressing.reason}` : '';
  return `progressDeadlineSeconds ${deployment.progressDeadlineSeconds}${condition}`;
}
