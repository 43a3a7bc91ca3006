// The two event logs, newest first: ECS service events (describe-services wording) and
// Kubernetes events (kubectl get events: type, reason, object, message).

import type { Locator, Page } from '@playwright/test';

export class EventLogs {
  readonly region: Locator;
  readonly ecsLog: Locator;
  readonly k8sLog: Locator;
  readonly ecsEntries: Locator;
  readonly k8sEntries: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('[data-panel="events"]');
    this.ecsLog = this.region.locator('.side--ecs');
    this.k8sLog = this.region.locator('.side--k8s');
    this.ecsEntries = this.ecsLog.locator('ol.log > li');
    this.k8sEntries = this.k8sLog.locator('ol.log > li');
  }

  /** ECS service event messages, newest first. */
  async ecsMessages(): Promise<string[]> {
    return this.ecsEntries.locator(':scope > span[lang="en"]').allTextContents();
  }

  /** Kubernetes event messages, newest first. */
  async k8sMessages(): Promise<string[]> {
    return this.k8sEntries.locator('.k8s-event-body > span[lang="en"]').allTextContents();
  }

  /** The task ids in ECS events and the pod names in Kubernetes events: buttons that open the record. */
  ecsTaskLink(taskId: string): Locator {
    return this.ecsLog.locator(`[data-record="task:${taskId}"]`);
  }

  k8sPodLink(name: string): Locator {
    return this.k8sLog.locator(`[data-record="pod:${name}"]`);
  }

  /** The task ids an ECS event names, in the order it names them. */
  async taskIdsIn(message: RegExp): Promise<string[]> {
    const entry = this.ecsEntries.filter({ hasText: message }).last();
    return entry.locator('[data-record^="task:"]').evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.record?.slice('task:'.length) ?? ''));
  }

  /** Every visible line of both logs, stamped with its time, as the learner reads them. */
  async lines(): Promise<{ ecs: string[]; k8s: string[] }> {
    const read = (entries: Locator) => entries.evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    return { ecs: await read(this.ecsEntries), k8s: await read(this.k8sEntries) };
  }
}
