// The Kubernetes twin's rolling-update settings. maxSurge and maxUnavailable start as the
// translation of the ECS settings and say "derived" until the learner overrides them.
// progressDeadlineSeconds only reports a stalled rollout (Progressing=False
// ProgressDeadlineExceeded); undoing it is `kubectl rollout undo`, a button beside apply.

import { useShallow } from 'zustand/shallow';
import { translateToKubernetes } from '../../sim';
import type { AppState } from '../../store/appStore';
import { rolloutUndo } from '../../store/commands';
import { parseIntOrPercentField, parseNumberField } from '../../store/servicePatch';
import type { ServicePatch } from '../../store/servicePatch';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { SettingsForm } from './SettingsForm';

function toPatch(changed: Record<string, string>): ServicePatch {
  const kubernetes: NonNullable<ServicePatch['kubernetes']> = {};
  if ('maxSurge' in changed) kubernetes.maxSurge = parseIntOrPercentField(changed.maxSurge);
  if ('maxUnavailable' in changed) kubernetes.maxUnavailable = parseIntOrPercentField(changed.maxUnavailable);
  if ('minReadySeconds' in changed) kubernetes.minReadySeconds = parseNumberField(changed.minReadySeconds);
  if ('progressDeadlineSeconds' in changed) kubernetes.progressDeadlineSeconds = parseNumberField(changed.progressDeadlineSeconds);
  return { kubernetes };
}

// Only the fields the form shows: the Deployment and service views change with every count.
const selectSettings = (s: AppState) => {
  const deployment = s.mirror.snapshot?.k8s.deployment;
  const service = s.mirror.snapshot?.ecs.service;
  if (!deployment || !service) return null;
  const { name, replicas, strategy, minReadySeconds, progressDeadlineSeconds } = deployment;
  return { name, replicas, strategy, minReadySeconds, progressDeadlineSeconds, ecsConfiguration: service.deploymentConfiguration };
};

export function KubernetesForm() {
  const t = useT();
  const deployment = useAppStore(useShallow(selectSettings));
  const title = (
    <>
      {t('settings.k8s.title')} {deployment !== null && <code>{deployment.name}</code>}
    </>
  );
  if (deployment === null) {
    return (
      <section className="settings side side--k8s">
        <h2 className="side-title">{title}</h2>
      </section>
    );
  }
  const { strategy } = deployment;
  const derived = translateToKubernetes(deployment.ecsConfiguration);
  return (
    <SettingsForm
      side="k8s"
      title={title}
      applyLabel="kubectl apply"
      toPatch={toPatch}
      fields={[
        { name: 'maxSurge', path: 'kubernetes.maxSurge', live: String(strategy.maxSurge), kind: 'intOrPercent', derived: String(strategy.maxSurge) === derived.maxSurge },
        {
          name: 'maxUnavailable',
          path: 'kubernetes.maxUnavailable',
          live: String(strategy.maxUnavailable),
          kind: 'intOrPercent',
          derived: String(strategy.maxUnavailable) === derived.maxUnavailable,
        },
        { name: 'minReadySeconds', path: 'kubernetes.minReadySeconds', live: String(deployment.minReadySeconds), kind: 'number', unit: t('settings.seconds') },
        {
          name: 'progressDeadlineSeconds',
          path: 'kubernetes.progressDeadlineSeconds',
          live: String(deployment.progressDeadlineSeconds),
          kind: 'number',
          unit: t('settings.seconds'),
        },
      ]}
      actions={
        <button type="button" className="undo" title={t('settings.k8sUndo')} onClick={() => void rolloutUndo()}>
          <code>kubectl rollout undo</code>
        </button>
      }
      summary={t('settings.resolved', {
        replicas: deployment.replicas,
        surge: strategy.resolvedMaxSurge,
        unavailable: strategy.resolvedMaxUnavailable,
      })}
    />
  );
}
