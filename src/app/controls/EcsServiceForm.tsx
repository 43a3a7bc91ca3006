// The ECS service's deployment settings, applied with UpdateService: the rolling-update bounds,
// the deployment circuit breaker (reference/ecs.md §2.2) and the health-check grace period.

import { useShallow } from 'zustand/shallow';
import type { DeploymentCircuitBreaker } from '../../sim';
import type { AppState } from '../../store/appStore';
import { parseNumberField } from '../../store/servicePatch';
import type { ServicePatch } from '../../store/servicePatch';
import { selectEcsBounds } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { SettingsForm } from './SettingsForm';

const BREAKER = 'deploymentCircuitBreaker';
const BREAKER_PATH = 'service.deploymentConfiguration.deploymentCircuitBreaker';
const THRESHOLD_TYPES = ['COUNT', 'BOUNDED_PERCENT', 'UNBOUNDED_PERCENT'] as const;

/**
 * UpdateService takes the circuit breaker whole: the fields the learner changed over the ones in
 * force. An empty value field is not a number (parseNumberField), so the validator names it.
 */
function breakerPatch(changed: Record<string, string>, live: DeploymentCircuitBreaker): DeploymentCircuitBreaker | undefined {
  const keys = ['enable', 'rollback', 'type', 'value'].map((k) => `${BREAKER}.${k}`);
  if (!keys.some((k) => k in changed)) return undefined;
  const pick = (key: string, fallback: string) => changed[`${BREAKER}.${key}`] ?? fallback;
  return {
    enable: pick('enable', String(live.enable)) === 'true',
    rollback: pick('rollback', String(live.rollback)) === 'true',
    thresholdConfiguration: {
      type: pick('type', live.thresholdConfiguration.type) as DeploymentCircuitBreaker['thresholdConfiguration']['type'],
      value: parseNumberField(pick('value', String(live.thresholdConfiguration.value))),
    },
    resetOnHealthyTask: live.resetOnHealthyTask,
  };
}

function toPatch(changed: Record<string, string>, liveBreaker: DeploymentCircuitBreaker): ServicePatch {
  const patch: ServicePatch = {};
  if ('desiredCount' in changed) patch.desiredCount = parseNumberField(changed.desiredCount);
  if ('healthCheckGracePeriodSeconds' in changed) patch.healthCheckGracePeriodSeconds = parseNumberField(changed.healthCheckGracePeriodSeconds);
  const { minimumHealthyPercent, maximumPercent } = changed;
  const breaker = breakerPatch(changed, liveBreaker);
  if (minimumHealthyPercent !== undefined || maximumPercent !== undefined || breaker !== undefined) {
    patch.deploymentConfiguration = {};
    if (minimumHealthyPercent !== undefined) patch.deploymentConfiguration.minimumHealthyPercent = parseNumberField(minimumHealthyPercent);
    if (maximumPercent !== undefined) patch.deploymentConfiguration.maximumPercent = parseNumberField(maximumPercent);
    if (breaker !== undefined) patch.deploymentConfiguration.deploymentCircuitBreaker = breaker;
  }
  return patch;
}

// Only the fields the form shows: the service view itself changes with every event and count.
const selectSettings = (s: AppState) => {
  const service = s.mirror.snapshot?.ecs.service;
  return service
    ? {
        serviceName: service.serviceName,
        desiredCount: service.desiredCount,
        deploymentConfiguration: service.deploymentConfiguration,
        healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
      }
    : null;
};

export function EcsServiceForm() {
  const t = useT();
  const service = useAppStore(useShallow(selectSettings));
  const bounds = useAppStore(selectEcsBounds);
  const title = (
    <>
      {t('settings.ecs.title')} {service !== null && <code>{service.serviceName}</code>}
    </>
  );
  if (service === null || bounds === null) {
    return (
      <section className="settings side side--ecs">
        <h2 className="side-title">{title}</h2>
      </section>
    );
  }
  const { minimumHealthyPercent, maximumPercent, deploymentCircuitBreaker: breaker } = service.deploymentConfiguration;
  return (
    <SettingsForm
      side="ecs"
      title={title}
      applyLabel="UpdateService"
      toPatch={(changed) => toPatch(changed, breaker)}
      fields={[
        { name: 'desiredCount', path: 'service.desiredCount', live: String(service.desiredCount), kind: 'number' },
        {
          name: 'minimumHealthyPercent',
          path: 'service.deploymentConfiguration.minimumHealthyPercent',
          live: String(minimumHealthyPercent),
          kind: 'number',
          unit: '%',
        },
        { name: 'maximumPercent', path: 'service.deploymentConfiguration.maximumPercent', live: String(maximumPercent), kind: 'number', unit: '%' },
        {
          name: 'healthCheckGracePeriodSeconds',
          path: 'service.healthCheckGracePeriodSeconds',
          live: String(service.healthCheckGracePeriodSeconds),
          kind: 'number',
          unit: t('settings.seconds'),
        },
        { name: `${BREAKER}.enable`, label: 'enable', group: BREAKER, path: `${BREAKER_PATH}.enable`, live: String(breaker.enable), kind: 'checkbox' },
        { name: `${BREAKER}.rollback`, label: 'rollback', group: BREAKER, path: `${BREAKER_PATH}.rollback`, live: String(breaker.rollback), kind: 'checkbox' },
        {
          name: `${BREAKER}.type`,
          label: 'type',
          group: BREAKER,
          subgroup: 'thresholdConfiguration',
          path: `${BREAKER_PATH}.thresholdConfiguration.type`,
          live: breaker.thresholdConfiguration.type,
          kind: 'select',
          options: THRESHOLD_TYPES,
        },
        {
          name: `${BREAKER}.value`,
          label: 'value',
          group: BREAKER,
          subgroup: 'thresholdConfiguration',
          path: `${BREAKER_PATH}.thresholdConfiguration.value`,
          live: String(breaker.thresholdConfiguration.value),
          kind: 'number',
          unit: breaker.thresholdConfiguration.type === 'COUNT' ? undefined : '%',
        },
      ]}
      summary={t('settings.bounds', { minimum: bounds.minimumHealthy, maximum: bounds.maximum })}
    />
  );
}
