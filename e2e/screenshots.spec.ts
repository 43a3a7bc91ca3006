// Screenshots for the README and for reviewing the layout on a projector: mid-rollout, after
// convergence, and a rolled-back crash opened in the inspector, at 1280×720 and 1920×1080, in
// English and Japanese. They are looked at by people;
// nothing compares them. They go to test-results/screenshots/ so a test run leaves the tree clean;
// `SCREENSHOT_DIR=docs/screenshots npx playwright test e2e/screenshots.spec.ts` refreshes the
// README's copies.

import { resolve } from 'node:path';
import lzString from 'lz-string';
import { expect, test } from './fixtures';
import type { IsomorphApp } from './fixtures';
import { ECS_STEADY_STATE, K8S_ROLLED_OUT, TEXT } from './text';

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

/** Two m5.large with awsvpcTrunking in two /26 subnets, six tasks: every slot kind and address kind on screen. */
const NETWORK_LINK = `#v=1&s=${lzString.compressToEncodedURIComponent(
  JSON.stringify({
    service: { launchType: 'EC2', desiredCount: 6 },
    cluster: {
      awsvpcTrunking: true,
      subnets: [
        { subnetId: 'subnet-a', cidr: '10.0.1.0/26', availabilityZone: 'us-east-1a' },
        { subnetId: 'subnet-b', cidr: '10.0.2.0/26', availabilityZone: 'us-east-1b' },
      ],
      containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }],
    },
  }),
)}&t=0`;

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Steps (→ button) until the clock reads at least `seconds`: a moment with both sides mid-rollout. */
async function stepUntil(app: IsomorphApp, seconds: number): Promise<void> {
  for (let i = 0; i < 40 && (await app.controls.seconds()) < seconds; i++) {
    const before = await app.controls.seconds();
    await app.controls.stepButton.click();
    await expect.poll(() => app.controls.seconds()).toBeGreaterThan(before);
  }
  expect(await app.controls.seconds()).toBeGreaterThanOrEqual(seconds);
}

for (const size of SIZES) {
  for (const lang of ['en', 'ja'] as const) {
    test.describe(`screenshots ${size.width}×${size.height} ${lang}`, () => {
      test.use({ viewport: size });

      test(`mid-rollout and converged, ${lang}, ${size.width}`, async ({ app, page }, testInfo) => {
        const file = (moment: string) => resolve(testInfo.project.testDir, '..', SCREENSHOT_DIR, `${moment}${lang === 'ja' ? '-ja' : ''}-${size.width}.png`);
        const { controls, lesson, rollout, events } = app;
        await app.open();
        await controls.languageButton(lang).click();
        await expect(lesson.title).toHaveText(TEXT[lang].lessonTitle);
        await expect(rollout.ecsTasks).toHaveCount(4);

        // Lesson step 2 asks for the deploy; the room watches it happen.
        await lesson.nextButton.click();
        await expect(lesson.progress).toHaveText(TEXT[lang].stepOf(2, 7));
        await controls.deploy();
        await stepUntil(app, 18);
        await expect.poll(() => rollout.groups('ecs')).toHaveLength(2);
        await expect.poll(() => rollout.groups('k8s')).toHaveLength(2);
        await page.screenshot({ path: file('rollout'), animations: 'disabled', caret: 'hide' });

        // Converged: ECS steady after its deployment, Kubernetes rolled out; lesson step 3.
        await controls.setSpeed('64');
        await controls.play();
        await expect(rollout.k8sRolloutStatus).toHaveText(K8S_ROLLED_OUT, { timeout: 30_000 });
        await expect(rollout.ecsRolloutState).toHaveAttribute('data-rollout-state', 'COMPLETED', { timeout: 30_000 });
        await expect.poll(async () => (await events.ecsMessages())[0], { timeout: 30_000 }).toBe(ECS_STEADY_STATE);
        await controls.pause();
        await lesson.nextButton.click();
        await expect(lesson.progress).toHaveText(TEXT[lang].stepOf(3, 7));
        await expect(rollout.ecsTasks).toHaveCount(4);
        await page.screenshot({ path: file('converged'), animations: 'disabled', caret: 'hide' });
      });

      test(`where did it die: a rolled-back crash and its task record, ${lang}, ${size.width}`, async ({ app, page }, testInfo) => {
        const file = resolve(testInfo.project.testDir, '..', SCREENSHOT_DIR, `inspect${lang === 'ja' ? '-ja' : ''}-${size.width}.png`);
        const { controls, settings, events, rollout } = app;
        await app.open();
        await controls.languageButton(lang).click();
        await settings.enableCircuitBreaker();
        await controls.deployWithFault('exit-on-start');
        await controls.setSpeed('64');
        await controls.play();
        await expect.poll(() => events.ecsMessages(), { timeout: 45_000 }).toContainEqual(expect.stringMatching(/rolling back to deployment/));
        await expect.poll(() => rollout.statuses('k8s'), { timeout: 45_000 }).toContain('CrashLoopBackOff');
        await controls.pause();
        const [taskId] = await events.taskIdsIn(/has started \d+ tasks:/);
        await events.ecsTaskLink(taskId).first().click();
        await expect(app.inspector.ecs).toBeInViewport();
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      });

      test(`one task, one ENI: two m5.large with trunking beside their EKS nodes, ${lang}, ${size.width}`, async ({ app, page }, testInfo) => {
        const file = resolve(testInfo.project.testDir, '..', SCREENSHOT_DIR, `network${lang === 'ja' ? '-ja' : ''}-${size.width}.png`);
        const { controls, cluster } = app;
        await app.open(NETWORK_LINK);
        await controls.languageButton(lang).click();
        await controls.setSpeed('64');
        await controls.play();
        await cluster.showNetwork();
        await expect.poll(() => cluster.taskEnis(), { timeout: 20_000 }).toEqual(['3/10', '3/10']);
        await controls.pause();
        await cluster.tab('network').evaluate((tab) => tab.scrollIntoView({ block: 'start' }));
        // The controls bar is sticky: scroll back by its height so the tabs show under it.
        await page.evaluate(() => window.scrollBy(0, -(document.querySelector('.region-controls')?.getBoundingClientRect().height ?? 0)));
        await expect(cluster.side('ecs').locator('[data-subnet]').first()).toBeInViewport();
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      });
    });
  }
}
