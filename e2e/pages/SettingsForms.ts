// The two settings forms, labelled with the real field names: the ECS service
// (desiredCount, minimumHealthyPercent, maximumPercent → UpdateService) and the Kubernetes
// Deployment (maxSurge, maxUnavailable, minReadySeconds → kubectl apply).

import type { Locator, Page } from '@playwright/test';

export type EcsField = 'desiredCount' | 'minimumHealthyPercent' | 'maximumPercent' | 'healthCheckGracePeriodSeconds';
export type K8sField = 'maxSurge' | 'maxUnavailable' | 'minReadySeconds' | 'progressDeadlineSeconds';
/** deploymentCircuitBreaker's fields: the checkboxes, and thresholdConfiguration's type and value. */
export type BreakerField = 'enable' | 'rollback' | 'type' | 'value';

export class SettingsForms {
  readonly region: Locator;
  readonly ecsForm: Locator;
  readonly k8sForm: Locator;
  readonly updateService: Locator;
  readonly kubectlApply: Locator;
  readonly rolloutUndo: Locator;
  /** The fieldset legended deploymentCircuitBreaker. */
  readonly breakerGroup: Locator;
  readonly ecsSummary: Locator;
  readonly k8sSummary: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('.region-settings');
    this.ecsForm = this.region.locator('form.side--ecs');
    this.k8sForm = this.region.locator('form.side--k8s');
    this.updateService = this.ecsForm.getByRole('button', { name: 'UpdateService' });
    this.kubectlApply = this.k8sForm.getByRole('button', { name: 'kubectl apply' });
    this.rolloutUndo = this.k8sForm.getByRole('button', { name: 'kubectl rollout undo' });
    this.breakerGroup = this.ecsForm.getByRole('group', { name: 'deploymentCircuitBreaker' });
    this.ecsSummary = this.ecsForm.locator('.settings-summary');
    this.k8sSummary = this.k8sForm.locator('.settings-summary');
  }

  ecs(field: EcsField): Locator {
    return this.ecsForm.getByLabel(field, { exact: true });
  }

  k8s(field: K8sField): Locator {
    return this.k8sForm.getByLabel(field, { exact: true });
  }

  breaker(field: BreakerField): Locator {
    return this.breakerGroup.getByLabel(field, { exact: true });
  }

  /** Turns the circuit breaker on with rollback and applies it with UpdateService. */
  async enableCircuitBreaker(): Promise<void> {
    await this.breaker('enable').check();
    await this.breaker('rollback').check();
    await this.updateService.click();
  }

  async setEcs(values: Partial<Record<EcsField, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values)) await this.ecs(field as EcsField).fill(value);
  }

  async setK8s(values: Partial<Record<K8sField, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values)) await this.k8s(field as K8sField).fill(value);
  }
}
