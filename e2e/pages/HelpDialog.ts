// The "?" keyboard shortcut help: a modal <dialog>.

import type { Locator, Page } from '@playwright/test';

export class HelpDialog {
  readonly dialog: Locator;
  readonly closeButton: Locator;
  readonly shortcuts: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.closeButton = this.dialog.locator('button.button-primary');
    this.shortcuts = this.dialog.locator('table.shortcuts tr');
  }
}
