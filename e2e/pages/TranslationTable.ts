// The translation table ("Dictionary"): the article's ECS ↔ Kubernetes pairs and the live rows
// computed from the running scenario. Rows are focusable; focus or hover lights up the marks
// that belong to the row (applyHighlight: class `iso-hl` on the row and on every match).

import type { Locator, Page } from '@playwright/test';

export class TranslationTable {
  readonly region: Locator;
  readonly rows: Locator;
  readonly flaggedRows: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('[data-panel="translation"]');
    this.rows = this.region.locator('tr[data-row]');
    this.flaggedRows = this.region.locator('tr[data-row][data-flagged="true"]');
  }

  row(id: string): Locator {
    return this.region.locator(`tr[data-row="${id}"]`);
  }

  async rowIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.row ?? ''));
  }
}
