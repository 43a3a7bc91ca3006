// The one message slot under the controls: errors are role="alert", other notices role="status".

import type { Locator, Page } from '@playwright/test';

export class NoticeBanner {
  readonly alert: Locator;
  readonly details: Locator;
  readonly dismissButton: Locator;

  constructor(readonly page: Page) {
    this.alert = page.getByRole('alert');
    this.details = this.alert.locator('.notice-details li');
    this.dismissButton = this.alert.locator('.notice-dismiss');
  }
}
