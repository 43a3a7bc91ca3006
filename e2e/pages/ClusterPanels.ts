// The cluster section (ENI, placement and data-plane tabs) and the Cluster form that restarts the
// scenario with other instances, subnets or awsvpcTrunking.

import type { Locator, Page } from '@playwright/test';

export type Side = 'ecs' | 'k8s';

export class ClusterPanels {
  readonly section: Locator;
  readonly network: Locator;
  readonly clusterForm: Locator;
  readonly trunking: Locator;
  readonly restart: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('[data-panel="cluster"]');
    this.network = this.section.locator('[data-panel-body="network"]');
    this.clusterForm = page.locator('.region-cluster-settings form.cf-form');
    this.trunking = this.clusterForm.getByRole('checkbox', { name: 'awsvpcTrunking' });
    this.restart = this.clusterForm.getByRole('button', { name: 'Restart with this cluster' });
  }

  /** Panels that are off screen skip updates (they sample the store only while seen), so look first. */
  async showNetwork(): Promise<void> {
    await this.network.scrollIntoViewIfNeeded();
  }

  tab(name: 'network' | 'placement' | 'dataplane'): Locator {
    return this.section.locator(`[role="tab"][data-tab="${name}"]`);
  }

  side(side: Side): Locator {
    return this.network.locator(`[data-side="${side}"]`);
  }

  /** A subnet's box: `data-used` / `data-usable` hold its counts. */
  subnet(side: Side, subnetId: string): Locator {
    return this.side(side).locator(`[data-subnet="${subnetId}"]`);
  }

  /** `data-task-enis` of every container instance, e.g. ['2/2', '2/2']. */
  async taskEnis(): Promise<string[]> {
    return this.side('ecs').locator('[data-task-enis]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-task-enis') ?? ''));
  }

  /** `data-pods` of every EKS node, e.g. ['8/29', '8/29']. */
  async nodePods(): Promise<string[]> {
    return this.side('k8s').locator('[data-pods]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-pods') ?? ''));
  }
}
