// The rollout panel: one mark per ECS task and per Kubernetes pod, drawn by D3 with data-*
// attributes (side, id, status, deployment / replicaset), and each side's bounds band.

import type { Locator, Page } from '@playwright/test';

export type Side = 'ecs' | 'k8s';
export type BandMark = 'lower' | 'upper' | 'desired' | 'allowed' | 'total' | 'counted';

/** One task or pod as the panel draws it. */
export interface Mark {
  side: string;
  id: string;
  status: string;
  /** The ECS deployment (startedBy) or the Kubernetes ReplicaSet the mark belongs to. */
  group: string;
}

export class RolloutPanel {
  readonly region: Locator;
  readonly svg: Locator;
  /** The D3 layer; it carries `iso-highlighting` while a translation row lights some of it up. */
  readonly layer: Locator;
  /** The group all task and pod marks live in (data-hl="pod-task"). */
  readonly unitsLayer: Locator;
  readonly ecsTasks: Locator;
  readonly k8sPods: Locator;
  /** Under the panel: the PRIMARY deployment as describe-services reports it (data-rollout-state). */
  readonly ecsRolloutState: Locator;
  /** Under the panel: the line `kubectl rollout status deployment/<name>` prints. */
  readonly k8sRolloutStatus: Locator;
  /** The marks' keyboard stop: arrow keys move a cursor ring, Enter opens the mark's record. */
  readonly marksFrame: Locator;
  /** Rings drawn above the marks (svg or canvas): the keyboard cursor and the selected mark (data-ring-for = its id). */
  readonly cursorRing: Locator;
  readonly selectedRing: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('[data-panel="rollout"]');
    this.svg = this.region.locator('svg.iso-rollout__svg');
    this.layer = this.region.locator('g.iso-rollout__layer');
    this.unitsLayer = this.layer.locator('g[data-layer="units"]');
    // Marks fading out carry data-exiting; they are no longer part of the picture.
    this.ecsTasks = this.region.locator('[data-side="ecs"][data-id]:not([data-exiting])');
    this.k8sPods = this.region.locator('[data-side="k8s"][data-id]:not([data-exiting])');
    this.ecsRolloutState = this.region.getByTestId('ecs-rollout-state');
    this.k8sRolloutStatus = this.region.getByTestId('k8s-rollout-status').locator('.status-output');
    this.marksFrame = this.region.locator('.iso-rollout__frame');
    this.cursorRing = this.region.locator('[data-ring="cursor"]');
    this.selectedRing = this.region.locator('[data-ring="selected"]');
  }

  band(side: Side, mark: BandMark): Locator {
    return this.region.locator(`[data-id="${side}:band:${mark}"]`);
  }

  tasksOf(deployment: string): Locator {
    return this.region.locator(`[data-side="ecs"][data-deployment="${deployment}"]:not([data-exiting])`);
  }

  async marks(side?: Side): Promise<Mark[]> {
    const marks = side === 'ecs' ? this.ecsTasks : side === 'k8s' ? this.k8sPods : this.region.locator('[data-side][data-id]:not([data-exiting])');
    return marks.evaluateAll((elements) =>
      elements.map((e) => {
        const d = (e as SVGElement).dataset;
        return { side: d.side ?? '', id: d.id ?? '', status: d.status ?? '', group: d.deployment ?? d.replicaset ?? '' };
      }),
    );
  }

  /** Every mark as "side id status", sorted: equal strings mean the same picture of the cluster. */
  async signature(): Promise<string> {
    return (await this.marks())
      .map((m) => `${m.side} ${m.id} ${m.status}`)
      .sort()
      .join('\n');
  }

  async statuses(side: Side): Promise<string[]> {
    return (await this.marks(side)).map((m) => m.status);
  }

  /** The distinct deployments (ECS) or ReplicaSets (Kubernetes) the marks belong to. */
  async groups(side: Side): Promise<string[]> {
    return [...new Set((await this.marks(side)).map((m) => m.group))].sort();
  }
}
