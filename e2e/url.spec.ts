// The address bar holds the screen: scenario, commands, lesson step, language and time. A link
// opened in a fresh page shows the same screen; a malformed or hostile one shows a message and
// the default scenario, and nothing from it is executed or injected.

import { expect, IsomorphApp, test, watchPage } from './fixtures';
import { clockFor } from './pages/ControlsBar';
import { TEXT } from './text';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

test.describe('share link', () => {
  test('a paused rollout with changed settings reopens from its URL with the same settings, time, events and marks', async ({ app, context }) => {
    const { controls, settings, events, rollout } = app;
    await app.open();

    await settings.setEcs({ desiredCount: '6', minimumHealthyPercent: '50' });
    await settings.updateService.click();
    await expect(settings.ecsSummary).toContainText('3–12');
    await controls.deploy();
    await controls.setSpeed('64');
    await controls.play();
    // Mid-rollout: ECS has stopped some old tasks (50 % lets it) but has not finished.
    // Polled often: at 64× every 50 ms is 3 simulated seconds.
    await expect.poll(() => events.ecsMessages(), { timeout: 30_000, intervals: [50] }).toContainEqual(expect.stringContaining('has stopped'));
    await controls.pause();
    // Step back lands exactly on the last event, so the time is one the link can spell exactly
    // (see 'a link keeps the time it was opened at' for what happens in between).
    await controls.stepBackButton.click();
    await expect.poll(async () => clockFor(Number(app.hashParam('t'))) === (await controls.clockText()), { message: 'the address bar has caught up' }).toBe(true);

    const clock = await controls.clockText();
    const lines = await events.lines();
    const marks = await rollout.signature();
    expect(lines.ecs.length).toBeGreaterThan(1);
    expect(app.hashParam('c'), 'the deploy is in the link').not.toBeNull();

    const fresh = await context.newPage();
    const freshProblems = watchPage(fresh);
    const reopened = new IsomorphApp(fresh);
    await fresh.goto(app.page.url());
    await reopened.ready();

    await expect(reopened.settings.ecs('desiredCount')).toHaveValue('6');
    await expect(reopened.settings.ecs('minimumHealthyPercent')).toHaveValue('50');
    await expect(reopened.settings.ecs('maximumPercent')).toHaveValue('200');
    await expect(reopened.controls.clock).toHaveText(clock);
    await reopened.controls.expectPlaying(false);
    await expect.poll(() => reopened.events.lines()).toEqual(lines);
    await expect.poll(() => reopened.rollout.signature()).toBe(marks);
    expect(freshProblems).toEqual({ errors: [], dialogs: [] });
  });

  test('a link taken right after Step reopens on the same screen', async ({ app, context }) => {
    const { controls, events, rollout } = app;
    await app.open();
    await controls.deploy();
    await controls.stepButton.click();
    await expect(controls.clock).not.toHaveText('00:00.0');
    await expect.poll(() => app.hashParam('t')).not.toBe('0');
    await expect.poll(() => clockFor(Number(app.hashParam('t')))).toBe(await controls.clockText());
    const lines = await events.lines();
    const marks = await rollout.signature();

    const reopened = new IsomorphApp(await context.newPage());
    await reopened.page.goto(app.page.url());
    await reopened.ready();
    await expect(reopened.controls.clock).toHaveText(await controls.clockText());
    await expect.poll(() => reopened.events.lines(), { message: 'event logs of the reopened link' }).toEqual(lines);
    await expect.poll(() => reopened.rollout.signature(), { message: 'marks of the reopened link' }).toBe(marks);
  });

  test('a hand-written link to the lesson opens it with the lesson’s scenario', async ({ app }) => {
    // What an instructor puts on a slide: no scenario (s), just the lesson.
    await app.open('#v=1&lesson=rolling-update&step=0');
    await expect(app.lesson.title).toHaveText(TEXT.en.lessonTitle);
    await expect(app.lesson.text).toContainText('keeps desiredCount 4 tasks running');
    await expect(app.settings.ecs('desiredCount'), 'the lesson text speaks of 4 tasks').toHaveValue('4');
    await expect(app.rollout.ecsTasks).toHaveCount(4);
  });

  test('a link keeps the time it was opened at', async ({ app, context }) => {
    // Someone paused at 12.399 s and shared the link. Opening it and sharing it on must not
    // move the clock: the address bar is rewritten with the time rounded to 0.01 s (12.4).
    await app.open('#v=1&lang=en&t=12.399');
    await expect(app.controls.clock).toHaveText('00:12.3');
    // Wait for the address bar to be rewritten from the opened screen (it reads t=0 while the link replays).
    await expect.poll(() => Number(app.hashParam('t'))).toBeGreaterThan(12);
    const link = app.page.url();

    const reopened = new IsomorphApp(await context.newPage());
    await reopened.page.goto(link);
    await reopened.ready();
    await expect(reopened.controls.clock, `reopening ${link}`).toHaveText('00:12.3');
  });
});

/** What the default scenario (no lesson) looks like: desiredCount 3, the lesson offered, not open. */
async function expectDefaultScenario(app: IsomorphApp): Promise<void> {
  await expect(app.settings.ecs('desiredCount')).toHaveValue('3');
  await expect(app.rollout.ecsTasks).toHaveCount(3);
  await expect(app.rollout.k8sPods).toHaveCount(3);
  await expect(app.lesson.offer).toContainText(TEXT.en.offer);
}

const MALFORMED: { name: string; hash: string; reason: RegExp }[] = [
  { name: 'an unsupported version', hash: '#v=9&t=1', reason: /link version "9" is not supported/ },
  { name: 'garbage in the scenario (s)', hash: '#v=1&s=%25%25not-lz%25%25&t=0', reason: /scenario \(s\) is not valid/ },
  { name: 'a negative time', hash: '#v=1&t=-5', reason: /t="-5" is not a time/ },
  { name: 'an unknown language', hash: '#v=1&lang=xx&t=0', reason: /unknown language "xx"/ },
  { name: 'a <script> payload as the lesson', hash: `#v=1&lesson=${encodeURIComponent('<script>alert(1)</script>')}`, reason: /unknown lesson "<script>alert\(1\)<\/script/ },
  { name: 'an <img onerror> payload as the language', hash: `#v=1&lang=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, reason: /unknown language "<img src=x onerror=alert/ },
];

test.describe('malformed links', () => {
  for (const { name, hash, reason } of MALFORMED) {
    test(`${name}: a visible message and the default scenario, nothing executed`, async ({ app, page, problems }) => {
      await app.open(hash);
      await expect(app.notice.alert).toBeVisible();
      await expect(app.notice.alert).toContainText(TEXT.en.badLink);
      await expect(app.notice.details).toHaveText([reason]);
      await expectDefaultScenario(app);
      // The payload is shown as text, never as markup.
      await expect(page.locator('#root script, #root img, #root iframe')).toHaveCount(0);
      expect(problems.dialogs).toEqual([]);
      // The address bar now describes what is on screen.
      await expect.poll(() => app.hashParam('v')).toBe('1');
      expect(page.url()).not.toContain('%3C');
    });
  }

  test('a hash that is only a <script> payload opens the app normally and runs nothing', async ({ app, page, problems }) => {
    // No share parameter at all: treated as a first visit (as `#main` is), so the lesson opens.
    await app.open('#<script>alert(1)</script><img src=x onerror=alert(2)>');
    await expect(app.lesson.title).toHaveText(TEXT.en.lessonTitle);
    await expect(app.rollout.ecsTasks).toHaveCount(4);
    await expect(page.locator('#root script, #root img, #root iframe')).toHaveCount(0);
    expect(problems.dialogs).toEqual([]);
  });

  test('a link to a lesson that does not exist says so', async ({ app }) => {
    await app.open('#v=1&lesson=no-such-lesson&step=2&t=0');
    await expect(app.rollout.ecsTasks).toHaveCount(3);
    await expect(app.notice.alert, 'a message that the lesson in the link is unknown').toBeVisible();
    await expect(app.notice.alert).toContainText('no-such-lesson');
  });
});
