// Keyboard only, as a presenter drives it: Tab reaches the controls, Space plays and pauses,
// → and ← step, D deploys, ? opens the help, L switches language, and the translation rows
// take focus and light up what they map to.

import { expect, test } from './fixtures';
import type { IsomorphApp } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { TEXT } from './text';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${limit} presses`).toBeFocused();
}

async function timeAfter(app: IsomorphApp, key: string, compare: 'more' | 'less'): Promise<number> {
  const before = await app.controls.seconds();
  await app.page.keyboard.press(key);
  const poll = expect.poll(() => app.controls.seconds(), { message: `time after ${key}` });
  await (compare === 'more' ? poll.toBeGreaterThan(before) : poll.toBeLessThan(before));
  return app.controls.seconds();
}

test.describe('keyboard only', () => {
  test('Tab reaches the transport; Space plays and pauses; → steps, ← steps back; D deploys', async ({ app, page }) => {
    const { controls, rollout } = app;
    await app.open();

    // The first stops are the transport controls, in reading order.
    await page.keyboard.press('Tab');
    await expect(controls.stepBackButton).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(controls.playButton).toBeFocused();
    await expect(controls.playButton).toHaveAccessibleName(TEXT.en.play);

    // Space on the focused Play button presses it.
    await page.keyboard.press('Space');
    await controls.expectPlaying(true);
    await expect.poll(() => controls.seconds()).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await controls.expectPlaying(false);

    // Space with focus on something that is not a button is the play / pause shortcut.
    await tabTo(page, app.translation.rows.first());
    await page.keyboard.press('Space');
    await controls.expectPlaying(true);
    await page.keyboard.press('Space');
    await controls.expectPlaying(false);

    // D deploys: the next revision's tasks join the picture.
    const [oldDeployment] = await rollout.groups('ecs');
    await page.keyboard.press('d');
    await expect(controls.deployButton).toContainText('web:3');
    const signature = await rollout.signature();
    await timeAfter(app, 'ArrowRight', 'more');
    await expect.poll(() => rollout.groups('ecs'), { message: 'deployments after → ' }).toHaveLength(2);
    expect(await rollout.groups('ecs')).toContain(oldDeployment);
    await expect.poll(() => rollout.signature()).not.toBe(signature);

    // → twice more, then ← comes back in time.
    await timeAfter(app, 'ArrowRight', 'more');
    const later = await timeAfter(app, 'ArrowRight', 'more');
    const marksLater = await rollout.signature();
    const back = await timeAfter(app, 'ArrowLeft', 'less');
    expect(back).toBeLessThan(later);
    await expect.poll(() => rollout.signature(), { message: 'marks after ←' }).not.toBe(marksLater);
  });

  test('? opens the help dialog with focus inside; Tab stays inside; Escape closes it and focus returns', async ({ app, page }) => {
    const { controls, help } = app;
    await app.open();
    await tabTo(page, controls.deployButton);

    await page.keyboard.press('?');
    await expect(help.dialog).toBeVisible();
    await expect(help.dialog).toHaveAccessibleName(TEXT.en.helpTitle);
    await expect(help.closeButton).toBeFocused();
    await expect(help.shortcuts.filter({ hasText: 'Deploy a new revision' })).toHaveCount(1);
    // Focus is trapped: Tab and Shift+Tab keep it in the dialog.
    for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await help.dialog.evaluate((dialog) => dialog.contains(document.activeElement)), `focus inside after ${key}`).toBe(true);
    }
    // Shortcuts other than ? are off while the help is open.
    await page.keyboard.press('d');
    await expect(controls.deployButton).toContainText('web:2');

    await page.keyboard.press('Escape');
    await expect(help.dialog).toBeHidden();
    await expect(controls.deployButton).toBeFocused();

    // ? toggles it too.
    await page.keyboard.press('?');
    await expect(help.dialog).toBeVisible();
    await page.keyboard.press('?');
    await expect(help.dialog).toBeHidden();
  });

  test('L switches the language: Japanese text appears and <html lang> follows', async ({ app, page }) => {
    const { controls, lesson } = app;
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(controls.playButton).toHaveAccessibleName(TEXT.ja.play);
    await expect(controls.deployButton).toContainText(TEXT.ja.deploy);
    await expect(lesson.title).toHaveText(TEXT.ja.lessonTitle);
    await expect(page).toHaveTitle(TEXT.ja.documentTitle);

    await page.keyboard.press('L');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(lesson.title).toHaveText(TEXT.en.lessonTitle);
  });

  test('translation rows take focus, and focusing one lights up the marks it maps to', async ({ app, page }) => {
    const { rollout, translation } = app;
    await app.open();

    const surge = translation.row('maximumPercent-maxSurge');
    await tabTo(page, translation.rows.first());
    await expect(translation.rows.first()).toBeFocused();
    await tabTo(page, surge);

    // maximumPercent ↔ maxSurge: the upper bound marker on both sides.
    await expect(surge).toHaveClass(/\biso-hl\b/);
    await expect(rollout.layer).toHaveClass(/\biso-highlighting\b/);
    await expect(rollout.band('ecs', 'upper')).toHaveClass(/\biso-hl\b/);
    await expect(rollout.band('k8s', 'upper')).toHaveClass(/\biso-hl\b/);
    await expect(rollout.band('ecs', 'lower')).not.toHaveClass(/\biso-hl\b/);
    await expect(rollout.unitsLayer).not.toHaveClass(/\biso-hl\b/);

    // ↓ walks to the next row: minimumHealthyPercent ↔ maxUnavailable, the lower bound.
    await page.keyboard.press('ArrowDown');
    const unavailable = translation.row('minimumHealthyPercent-maxUnavailable');
    await expect(unavailable).toBeFocused();
    await expect(rollout.band('ecs', 'lower')).toHaveClass(/\biso-hl\b/);
    await expect(rollout.band('k8s', 'lower')).toHaveClass(/\biso-hl\b/);
    await expect(rollout.band('ecs', 'upper')).not.toHaveClass(/\biso-hl\b/);
    await expect(surge).not.toHaveClass(/\biso-hl\b/);

    // Home, then ↓: Task ↔ Pod lights up every task and pod mark.
    await page.keyboard.press('Home');
    await expect(translation.row('service-deployment')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(translation.row('pod-task')).toBeFocused();
    await expect(rollout.unitsLayer).toHaveClass(/\biso-hl\b/);
    await expect(rollout.band('ecs', 'lower')).not.toHaveClass(/\biso-hl\b/);
  });
});
