// English ⇄ 日本語 with the language buttons: the lesson and the controls change language, and
// the address bar keeps it, so a reload or a shared link opens in the same language.

import { expect, test } from './fixtures';
import { TEXT } from './text';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

test.describe('language', () => {
  test('switching to 日本語 and back changes the lesson and the controls, and the URL keeps lang', async ({ app, page }) => {
    const { controls, lesson } = app;
    await app.open();
    await expect(controls.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
    await expect(lesson.title).toHaveText(TEXT.en.lessonTitle);
    await expect(lesson.text).toContainText(TEXT.en.lessonFirstStep);
    await expect.poll(() => app.hashParam('lang')).toBe('en');

    await controls.languageButton('ja').click();
    await expect(controls.languageButton('ja')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(lesson.title).toHaveText(TEXT.ja.lessonTitle);
    await expect(lesson.progress).toHaveText(TEXT.ja.stepOf(1, 7));
    await expect(lesson.text).toContainText(TEXT.ja.lessonFirstStep);
    await expect(controls.playButton).toHaveAccessibleName(TEXT.ja.play);
    await expect(controls.stepBackButton).toHaveAccessibleName(TEXT.ja.stepBack);
    await expect(controls.stepButton).toHaveAccessibleName(TEXT.ja.step);
    await expect(controls.deployButton).toContainText(TEXT.ja.deploy);
    await expect(page.getByRole('heading', { name: TEXT.ja.eventsTitle })).toBeVisible();
    await expect(app.rollout.region.getByRole('heading', { name: TEXT.ja.rolloutHeading })).toBeVisible();
    // Field names stay as the APIs spell them.
    await expect(app.settings.ecs('minimumHealthyPercent')).toBeVisible();
    await expect.poll(() => app.hashParam('lang')).toBe('ja');

    // A reload opens in Japanese.
    await page.reload();
    await app.ready();
    await expect(lesson.title).toHaveText(TEXT.ja.lessonTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    await controls.languageButton('en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(lesson.title).toHaveText(TEXT.en.lessonTitle);
    await expect(lesson.text).toContainText(TEXT.en.lessonFirstStep);
    await expect(controls.playButton).toHaveAccessibleName(TEXT.en.play);
    await expect(controls.deployButton).toContainText(TEXT.en.deploy);
    await expect.poll(() => app.hashParam('lang')).toBe('en');
  });

  test('switching language keeps the simulation where it was', async ({ app }) => {
    const { controls, rollout, events } = app;
    await app.open();
    await controls.deploy();
    await controls.step();
    await controls.step();
    const clock = await controls.clockText();
    const marks = await rollout.signature();
    const ecsEvents = await events.ecsMessages();

    await controls.languageButton('ja').click();
    await expect(app.lesson.title).toHaveText(TEXT.ja.lessonTitle);
    await expect(controls.clock).toHaveText(clock);
    expect(await rollout.signature()).toBe(marks);
    // Service events stay in ECS's own (English) wording.
    expect(await events.ecsMessages()).toEqual(ecsEvents);
  });
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('opens in Japanese on a first visit', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(app.lesson.title).toHaveText(TEXT.ja.lessonTitle);
    await expect.poll(() => app.hashParam('lang')).toBe('ja');
  });

  test('a link that says lang=en opens in English', async ({ app, page }) => {
    await app.open('#v=1&lesson=rolling-update&step=0&lang=en&t=0');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.lesson.title).toHaveText(TEXT.en.lessonTitle);
  });
});
