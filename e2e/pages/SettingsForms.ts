// The two settings forms, labelled with the real field names: the ECS service
// (desiredCount, minimumHealthyPercent, maximumPercent → UpdateService) and the Kubernetes
// Deployment (maxSurge, maxUnavailable, minReadySeconds → kubectl apply).

import type { Locator, Page } from '@playwright/test';

export type EcsField = 'desiredCount' | 'minimumHealthyPercent' | 'maximumPercent';
export type K8sField = 'maxSurge' | 'maxUnavailable' | 'minReadySeconds';

export class SettingsForms {
  readonly region: Locator;
  readonly ecsForm: Locator;
  readonly k8sForm: Locator;
  readonly updateService: Locator;
  readonly kubectlApply: Locator;
  readonly ecsSummary: Locator;
  readonly k8sSummary: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('.region-settings');
    this.ecsForm = this.region.locator('form.side--ecs');
    this.k8sForm = this.region.locator('form.side--k8s');
    this.updateService = this.ecsForm.getByRole('button', { name: 'UpdateService' });
    this.kubectlApply = this.k8sForm.getByRole('button', { name: 'kubectl apply' });
    this.ecsSummary = this.ecsForm.locator('.settings-summary');
    this.k8sSummary = this.k8sForm.locator('.settings-summary');
  }

  ecs(field: EcsField): Locator {
    return this.ecsForm.getByLabel(field, { exact: true });
  }

  k8s(field: K8sField): Locator {
    return this.k8sForm.getByLabel(field, { exact: true });
  }

  async setEcs(values: Partial<Record<EcsField, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values)) await this.ecs(field as EcsField).fill(value);
  }

  async setK8s(values: Partial<Record<K8sField, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values)) await this.k8s(field as K8sField).fill(value);
  }
}
