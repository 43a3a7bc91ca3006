// The lesson pane: the open lesson's title, progress, the step's text, what to try, and
// Back / Next; or, when no lesson is open, the offer to start one.

import type { Locator, Page } from '@playwright/test';

export class LessonPane {
  readonly region: Locator;
  readonly title: Locator;
  readonly progress: Locator;
  readonly text: Locator;
  readonly nav: Locator;
  readonly backButton: Locator;
  readonly nextButton: Locator;
  readonly highlightButtons: Locator;
  /** Shown instead of a lesson when none is open (a shared sandbox link, a rejected link). */
  readonly offer: Locator;
  readonly startButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('.region-lesson');
    this.title = this.region.locator('#iso-lesson-title');
    this.progress = this.region.locator('.iso-lesson__progress');
    this.text = this.region.locator('.iso-lesson__text');
    this.nav = this.region.getByRole('navigation');
    this.backButton = this.nav.getByRole('button').first();
    this.nextButton = this.nav.locator('button.button-primary');
    this.highlightButtons = this.region.locator('.iso-lesson__highlights button');
    this.offer = this.region.locator('.iso-lesson--offer');
    this.startButton = this.offer.getByRole('button');
  }
}
