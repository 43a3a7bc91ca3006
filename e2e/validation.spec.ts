// Invalid settings: a clear message naming the field, the learner's other entries kept, the
// simulation still running on the previous settings.

import { expect, test } from './fixtures';
import type { IsomorphApp } from './fixtures';
import { TEXT } from './text';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

/** Plays at 64× so "keeps running" can be seen: the clock moves on after every rejection. */
async function startRunning(app: IsomorphApp): Promise<void> {
  await app.controls.setSpeed('64');
  await app.controls.play();
}

async function expectStillRunning(app: IsomorphApp): Promise<void> {
  await app.controls.expectPlaying(true);
  const before = await app.controls.seconds();
  await expect.poll(() => app.controls.seconds(), { message: 'the simulated clock keeps moving' }).toBeGreaterThan(before + 1);
}

test.describe('invalid settings', () => {
  test('desiredCount −1: the message names desiredCount, the other field the learner set stays, nothing is applied', async ({ app }) => {
    const { settings, notice, rollout, translation } = app;
    await app.open();
    await startRunning(app);

    await settings.setEcs({ desiredCount: '-1', maximumPercent: '150' });
    await settings.updateService.click();

    await expect(notice.alert).toBeVisible();
    await expect(notice.alert).toContainText(TEXT.en.invalidSettings);
    await expect(notice.details).toHaveText([/^service\.desiredCount: .*at least 0/]);
    await expect(settings.ecs('desiredCount')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.ecs('maximumPercent')).not.toHaveAttribute('aria-invalid', 'true');
    // What the learner typed is still there, in both fields.
    await expect(settings.ecs('desiredCount')).toHaveValue('-1');
    await expect(settings.ecs('maximumPercent')).toHaveValue('150');
    // The simulation still runs the previous settings.
    await expect(translation.row('desiredCount-replicas')).toContainText('desiredCount 4');
    await expect(rollout.band('ecs', 'upper')).toHaveAttribute('data-value', '8');
    await expect(rollout.ecsTasks).toHaveCount(4);
    await expectStillRunning(app);

    // Fixing the one bad field applies both, and the message goes away.
    await settings.setEcs({ desiredCount: '5' });
    await settings.updateService.click();
    await expect(notice.alert).toBeHidden();
    await expect(translation.row('desiredCount-replicas')).toContainText('desiredCount 5');
    await expect(rollout.band('ecs', 'upper')).toHaveAttribute('data-value', '7');
    await expect(settings.ecs('maximumPercent')).toHaveValue('150');
    await expect(settings.ecs('desiredCount')).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('in Japanese, desiredCount −1: the field path stays as the API spells it, the message is Japanese, and follows the language', async ({ app }) => {
    const { settings, notice, controls } = app;
    await app.open();
    await controls.languageButton('ja').click();
    await expect(controls.languageButton('ja')).toHaveAttribute('aria-pressed', 'true');

    await settings.setEcs({ desiredCount: '-1' });
    await settings.updateService.click();

    await expect(notice.alert).toContainText(TEXT.ja.invalidSettings);
    await expect(notice.details).toHaveText(['service.desiredCount: 0 以上にしてください']);
    await expect(settings.ecs('desiredCount')).toHaveAttribute('aria-invalid', 'true');

    // Switching language re-renders the message; the path is the same in both.
    await controls.languageButton('en').click();
    await expect(notice.alert).toContainText(TEXT.en.invalidSettings);
    await expect(notice.details).toHaveText(['service.desiredCount: must be at least 0']);
    await expect(settings.ecs('desiredCount')).toHaveAttribute('aria-invalid', 'true');
  });

  test('minimumHealthyPercent 150: the message names minimumHealthyPercent; settings applied before stay applied', async ({ app }) => {
    const { settings, notice, rollout } = app;
    await app.open();
    // An earlier, valid change the learner made.
    await settings.setEcs({ desiredCount: '6' });
    await settings.updateService.click();
    await expect(settings.ecsSummary).toContainText('6–12');
    await startRunning(app);

    await settings.setEcs({ minimumHealthyPercent: '150' });
    await settings.updateService.click();

    await expect(notice.alert).toContainText(TEXT.en.invalidSettings);
    await expect(notice.details).toHaveText([/^service\.deploymentConfiguration\.minimumHealthyPercent: .*at most 100/]);
    await expect(settings.ecs('minimumHealthyPercent')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.ecs('minimumHealthyPercent')).toHaveValue('150');
    await expect(settings.ecs('desiredCount')).toHaveValue('6');
    await expect(settings.ecsSummary).toContainText('6–12');
    await expect(rollout.band('ecs', 'lower')).toHaveAttribute('data-value', '6');
    await expect(rollout.ecsTasks).toHaveCount(6);
    await expectStillRunning(app);
  });

  test('maxSurge "abc": the message names maxSurge; the Kubernetes and ECS drafts both stay', async ({ app }) => {
    const { settings, notice, rollout } = app;
    await app.open();
    await startRunning(app);

    // A draft on the ECS side, not applied yet, must survive a rejection on the Kubernetes side.
    await settings.setEcs({ minimumHealthyPercent: '75' });
    await settings.setK8s({ maxSurge: 'abc', maxUnavailable: '1' });
    await settings.kubectlApply.click();

    await expect(notice.alert).toContainText(TEXT.en.invalidSettings);
    await expect(notice.details).toHaveText([/^kubernetes\.maxSurge: /]);
    await expect(notice.alert).toContainText('maxSurge');
    await expect(settings.k8s('maxSurge')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.k8s('maxSurge')).toHaveValue('abc');
    await expect(settings.k8s('maxUnavailable')).toHaveValue('1');
    await expect(settings.ecs('minimumHealthyPercent')).toHaveValue('75');
    // Kubernetes keeps its previous strategy.
    await expect(settings.k8sSummary).toContainText('up to 4 extra, 0 unavailable');
    await expect(rollout.band('k8s', 'upper')).toHaveAttribute('data-value', '8');
    await expectStillRunning(app);
  });
});
