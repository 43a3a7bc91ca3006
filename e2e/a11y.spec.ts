// Accessibility: axe-core on the main screen in both languages, at rest and mid-rollout, with
// no serious or critical violations; and reduced motion really reaching the app (the panels
// skip their transitions only when this media query matches).

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('accessibility', () => {
  for (const lang of ['en', 'ja'] as const) {
    test(`the main screen in ${lang} has no serious or critical axe violations`, async ({ app, page }) => {
      await app.open();
      await app.controls.languageButton(lang).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(app.rollout.ecsTasks).toHaveCount(4);
      expect(await seriousViolations(page), 'at rest').toEqual([]);

      // Mid-rollout: two deployments, tasks in every state, a flagged row or two.
      await app.controls.deploy();
      for (let i = 0; i < 4; i++) await app.controls.step();
      await expect.poll(() => app.rollout.groups('ecs')).toHaveLength(2);
      expect(await seriousViolations(page), 'mid-rollout').toEqual([]);
    });
  }

  test('the help dialog has no serious or critical axe violations', async ({ app, page }) => {
    await app.open();
    await app.controls.helpButton.click();
    await expect(app.help.dialog).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('reduced motion is applied inside the app', async ({ app, page }) => {
    await app.open();
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  });
});
