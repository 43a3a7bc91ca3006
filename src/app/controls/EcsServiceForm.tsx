// The ECS service's deployment settings, applied with UpdateService.

import { useShallow } from 'zustand/shallow';
import type { AppState } from '../../store/appStore';
import { parseNumberField } from '../../store/servicePatch';
import type { ServicePatch } from '../../store/servicePatch';
import { selectEcsBounds } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { SettingsForm } from './SettingsForm';

function toPatch(changed: Record<string, string>): ServicePatch {
  const patch: ServicePatch = {};
  if ('desiredCount' in changed) patch.desiredCount = parseNumberField(changed.desiredCount);
  const { minimumHealthyPercent, maximumPercent } = changed;
  if (minimumHealthyPercent !== undefined || maximumPercent !== undefined) {
    patch.deploymentConfiguration = {};
    if (minimumHealthyPercent !== undefined) patch.deploymentConfiguration.minimumHealthyPercent = parseNumberField(minimumHealthyPercent);
    if (maximumPercent !== undefined) patch.deploymentConfiguration.maximumPercent = parseNumberField(maximumPercent);
  }
  return patch;
}

// Only the fields the form shows: the service view itself changes with every event and count.
const selectSettings = (s: AppState) => {
  const service = s.mirror.snapshot?.ecs.service;
  return service ? { serviceName: service.serviceName, desiredCount: service.desiredCount, deploymentConfiguration: service.deploymentConfiguration } : null;
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
  const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration;
  return (
    <SettingsForm
      side="ecs"
      title={title}
      applyLabel="UpdateService"
      toPatch={toPatch}
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
      ]}
      summary={t('settings.bounds', { minimum: bounds.minimumHealthy, maximum: bounds.maximum })}
    />
  );
}
