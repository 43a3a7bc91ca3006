// The Kubernetes twin's rolling-update settings. maxSurge and maxUnavailable start as the
// translation of the ECS settings and say "derived" until the learner overrides them.

import { translateToKubernetes } from '../../sim';
import { parseIntOrPercentField, parseNumberField } from '../../store/servicePatch';
import type { ServicePatch } from '../../store/servicePatch';
import { selectEcsService, selectK8sDeployment } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { SettingsForm } from './SettingsForm';

function toPatch(changed: Record<string, string>): ServicePatch {
  const kubernetes: NonNullable<ServicePatch['kubernetes']> = {};
  if ('maxSurge' in changed) kubernetes.maxSurge = parseIntOrPercentField(changed.maxSurge);
  if ('maxUnavailable' in changed) kubernetes.maxUnavailable = parseIntOrPercentField(changed.maxUnavailable);
  if ('minReadySeconds' in changed) kubernetes.minReadySeconds = parseNumberField(changed.minReadySeconds);
  return { kubernetes };
}

export function KubernetesForm() {
  const t = useT();
  const deployment = useAppStore(selectK8sDeployment);
  const service = useAppStore(selectEcsService);
  const title = (
    <>
      {t('settings.k8s.title')} {deployment !== null && <code>{deployment.name}</code>}
    </>
  );
  if (deployment === null || service === null) {
    return (
      <section className="settings side side--k8s">
        <h2 className="side-title">{title}</h2>
      </section>
    );
  }
  const { strategy } = deployment;
  const derived = translateToKubernetes(service.deploymentConfiguration);
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
      ]}
      summary={t('settings.resolved', {
        replicas: deployment.replicas,
        surge: strategy.resolvedMaxSurge,
        unavailable: strategy.resolvedMaxUnavailable,
      })}
    />
  );
}
