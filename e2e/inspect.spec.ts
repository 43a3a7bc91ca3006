// "Where did it die?": a revision whose container exits on start, deployed with the circuit
// breaker on. ECS gives up and rolls back; Kubernetes keeps restarting the pods
// (CrashLoopBackOff). Clicking a task id in the ECS events opens that task's describe-tasks,
// which says why it stopped; the same works from the keyboard, and every CLI block copies.

import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { IsomorphApp } from './fixtures';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

/** ECS's own words when the circuit breaker rolls a deployment back (reference/ecs.md §4.1). */
const ROLLING_BACK = /^\(service web\) rolling back to deployment ecs-svc\/\d+\.$/;
const FAILED = /^\(service web\) \(deployment ecs-svc\/\d+\) deployment failed: tasks failed to start\.$/;
/** The first tasks of the faulty deployment; ECS names them in the event that started them. */
const STARTED = /\(service web\) has started \d+ tasks:/;

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, { limit = 200, back = false } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached by ${back ? 'Shift+Tab' : 'Tab'} within ${limit} presses`).toBeFocused();
}

/** Waits, playing, until ECS has rolled back and a Kubernetes pod is in CrashLoopBackOff; then pauses. */
async function playUntilRolledBackAndCrashLooping(app: IsomorphApp, pause: () => Promise<void>): Promise<void> {
  await expect.poll(() => app.events.ecsMessages(), { message: 'ECS rolls back', timeout: 45_000 }).toContainEqual(expect.stringMatching(ROLLING_BACK));
  await expect.poll(() => app.rollout.statuses('k8s'), { message: 'a pod crash-loops', timeout: 45_000 }).toContain('CrashLoopBackOff');
  await pause();
}

/** The id of the first task the faulty deployment started: the oldest "has started" event after the deploy. */
async function firstFaultyTaskId(app: IsomorphApp): Promise<string> {
  const [taskId] = await app.events.taskIdsIn(STARTED);
  expect(taskId, 'a task id in the oldest "has started" event').toMatch(/^[0-9a-f]{32}$/);
  return taskId;
}

async function expectEssentialContainerExited(app: IsomorphApp, taskId: string): Promise<void> {
  const { inspector } = app;
  await expect(inspector.step('ecs', 'task')).toHaveAttribute('aria-current', 'step');
  await expect(inspector.describeTasks.command).toHaveText(`$ aws ecs describe-tasks --cluster isomorph --tasks ${taskId}`);
  const task = await inspector.describedTask();
  expect(task.taskArn.endsWith(`/${taskId}`)).toBe(true);
  expect(task.lastStatus).toBe('STOPPED');
  expect(task.stoppedReason).toBe('Essential container in task exited');
  expect(task.stopCode).toBe('EssentialContainerExited');
  expect(task.containers[0]).toMatchObject({ name: 'web', lastStatus: 'STOPPED', exitCode: 1 });
  await expect(inspector.ecsWhy).toContainText('essential container exited');
}

test.describe('where did it die', () => {
  test('exit-on-start with the circuit breaker: ECS rolls back, Kubernetes crash-loops, and the task record says why', async ({ app }) => {
    const { controls, settings, events, inspector, notice } = app;
    await app.open();

    await settings.enableCircuitBreaker();
    await expect(notice.alert).toBeHidden();
    await expect(settings.breaker('enable')).toBeChecked();
    await expect(settings.breaker('rollback')).toBeChecked();

    await controls.deployWithFault('exit-on-start');
    await expect(controls.deployButton).toContainText('web:3');
    await controls.setSpeed('64');
    await controls.play();
    await playUntilRolledBackAndCrashLooping(app, () => controls.pause());
    // The failure comes first, then the rollback, newest first.
    const messages = await events.ecsMessages();
    const rollingBack = messages.findIndex((m) => ROLLING_BACK.test(m));
    expect(messages.findIndex((m) => FAILED.test(m))).toBeGreaterThan(rollingBack);

    // The dictionary's live row sets the tripped breaker beside the Kubernetes deadline.
    await expect(app.translation.row('circuitBreaker-progressDeadlineSeconds')).toContainText(/deploymentCircuitBreaker on, rollback · failedTasks 3 \/ 3 · TRIGGERED/);
    await expect(app.translation.row('circuitBreaker-progressDeadlineSeconds')).toContainText('progressDeadlineSeconds 600');

    // describe-services: the failed deployment, and the breaker that tripped.
    await inspector.step('ecs', 'service').click();
    const { services } = await inspector.describeServices.json<{ services: { deployments: { status: string; rolloutState: string }[]; deploymentConfiguration: { deploymentCircuitBreaker: { enable: boolean; rollback: boolean } } }[] }>();
    expect(services[0].deploymentConfiguration.deploymentCircuitBreaker).toMatchObject({ enable: true, rollback: true });
    expect(await inspector.circuitBreaker.json()).toMatchObject({ status: 'TRIGGERED' });

    // A task id in the service events opens its record.
    const taskId = await firstFaultyTaskId(app);
    await events.ecsTaskLink(taskId).first().click();
    await expect(inspector.ecs).toBeInViewport();
    await expectEssentialContainerExited(app, taskId);

    // Its logs: the awslogs stream of that task.
    await inspector.step('ecs', 'logs').click();
    await expect(inspector.ecsLogs.command).toHaveText(`$ aws logs tail /ecs/web --log-stream-names ecs/web/${taskId}`);
    await expect(inspector.ecsLogs.output).toContainText(`ecs/web/${taskId}`);

    // Kubernetes: a crash-looping pod's describe shows the waiting reason and the last exit.
    await inspector.step('k8s', 'pods').click();
    await inspector.podRows('CrashLoopBackOff').first().locator('.record-link').click();
    await expect(inspector.step('k8s', 'pod')).toHaveAttribute('aria-current', 'step');
    const described = await inspector.describePod.text();
    expect(described).toMatch(/\n {4}State: +Waiting\n {6}Reason: +CrashLoopBackOff\n/);
    expect(described).toMatch(/\n {4}Last State: +Terminated\n {6}Reason: +Error\n {6}Exit Code: +1\n/);
    expect(described).toMatch(/\n {2}Warning +BackOff +.*Back-off restarting failed container web in pod /);
    await inspector.step('k8s', 'logs').click();
    await expect(inspector.podPreviousLogs.command).toHaveText(/^\$ kubectl logs web-[a-z0-9]+-[a-z0-9]+ --previous$/);
  });

  test('keyboard only: the fault, the breaker, deploy and play from the keyboard; a task id opens its record with Enter', async ({ app, page }) => {
    const { controls, settings, events, inspector, translation, rollout } = app;
    await app.open();

    // The fault for the next revision: type-ahead on the focused select.
    await tabTo(page, controls.faultSelect);
    await page.keyboard.type('exits');
    await expect(controls.faultSelect).toHaveValue('exit-on-start');

    // The circuit breaker: Space ticks the boxes, Enter on UpdateService applies them.
    await tabTo(page, settings.breaker('enable'));
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(settings.breaker('rollback')).toBeFocused();
    await page.keyboard.press('Space');
    await tabTo(page, settings.updateService);
    await page.keyboard.press('Enter');
    await expect(settings.breaker('rollback')).toBeChecked();

    // D deploys the chosen fault; + four times is 64×; Space on a table row plays.
    await page.keyboard.press('d');
    await expect(controls.deployButton).toContainText('web:3');
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect(controls.speed).toHaveValue('64');
    await tabTo(page, translation.rows.first());
    await page.keyboard.press('Space');
    await controls.expectPlaying(true);
    await playUntilRolledBackAndCrashLooping(app, async () => {
      await page.keyboard.press('Space');
      await controls.expectPlaying(false);
    });

    // Tab to the task id in the ECS events, Enter: the inspector shows its record and takes the focus.
    const taskId = await firstFaultyTaskId(app);
    const link = events.ecsTaskLink(taskId).first();
    await tabTo(page, link);
    await expect(link).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(inspector.describeTasks.output).toBeFocused();
    await expectEssentialContainerExited(app, taskId);

    // Everything in the inspector is reachable by Tab: back to its Copy button, on to the logs step.
    await tabTo(page, inspector.describeTasks.copyButton, { back: true, limit: 5 });
    await tabTo(page, inspector.step('ecs', 'logs'), { back: true, limit: 5 });
    await page.keyboard.press('Enter');
    await expect(inspector.step('ecs', 'logs')).toHaveAttribute('aria-current', 'step');

    // The rollout's marks: one Tab stop; arrow keys move a visible ring; Enter opens the mark's record.
    await tabTo(page, rollout.marksFrame, { back: true });
    await page.keyboard.press('Home');
    await expect(rollout.cursorRing).toBeVisible();
    const marked = await rollout.cursorRing.getAttribute('data-ring-for');
    expect(marked).toMatch(/:task\/isomorph\/[0-9a-f]{32}$/);
    await page.keyboard.press('Enter');
    await expect(inspector.describeTasks.command).toHaveText(`$ aws ecs describe-tasks --cluster isomorph --tasks ${marked!.split('/').at(-1)}`);
    await expect(rollout.selectedRing).toHaveAttribute('data-ring-for', marked!);
  });

  test('the roles diagram marks the denied call only once a task has failed, and keeps it after the rollback', async ({ app, page }) => {
    const { controls, settings, events } = app;
    const roles = page.locator('[data-panel="roles"]');
    const ecsSide = roles.locator('.side--ecs');
    await app.open();
    await settings.enableCircuitBreaker();
    await controls.deployWithFault('missing-task-role-permission');
    // Deployed, but nothing has failed yet: the diagram does not give the answer away.
    await expect(ecsSide).toHaveAttribute('data-broken', 'none');
    await controls.setSpeed('64');
    await controls.play();
    await expect.poll(() => events.ecsMessages(), { message: 'ECS rolls back', timeout: 45_000 }).toContainEqual(expect.stringMatching(ROLLING_BACK));
    await controls.pause();
    await roles.scrollIntoViewIfNeeded();
    // The task role's S3 call is the one denied, on the revision that failed (web:2), not web:1 that ECS went back to.
    await expect(ecsSide).toHaveAttribute('data-broken', 'task');
    await expect(ecsSide).toContainText('web:2');
    await expect(page.getByTestId('roles-ecs-outcome')).toContainText('AccessDenied');
  });

  test('kubectl rollout undo takes the crash-looping Deployment back to the ReplicaSet that worked', async ({ app }) => {
    const { controls, settings, rollout, inspector } = app;
    await app.open();
    const [goodReplicaSet] = await rollout.groups('k8s');
    await controls.deployWithFault('exit-on-start');
    await controls.setSpeed('64');
    await controls.play();
    await expect.poll(() => rollout.statuses('k8s'), { message: 'a pod crash-loops', timeout: 45_000 }).toContain('CrashLoopBackOff');

    await settings.rolloutUndo.click();
    await expect.poll(() => rollout.groups('k8s'), { message: 'only the good ReplicaSet is left', timeout: 45_000 }).toEqual([goodReplicaSet]);
    await expect.poll(() => rollout.statuses('k8s'), { timeout: 45_000 }).toEqual(['Running', 'Running', 'Running', 'Running']);
    await controls.pause();
    // The Deployment's revision moved on: the old template came back as a new revision (reference/k8s.md §1.9).
    await expect(inspector.describeDeployment.output).toContainText('deployment.kubernetes.io/revision: 3');
  });

  test('bad circuit-breaker and deadline settings: the validator’s message names the field, and every draft stays', async ({ app }) => {
    const { settings, notice } = app;
    await app.open();

    // rollback without enable.
    await settings.breaker('rollback').check();
    await settings.setEcs({ healthCheckGracePeriodSeconds: '30' });
    await settings.updateService.click();
    await expect(notice.details).toHaveText([/^service\.deploymentConfiguration\.deploymentCircuitBreaker\.rollback: .*set enable to true/]);
    await expect(settings.breaker('rollback')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.breaker('rollback')).toBeChecked();
    await expect(settings.ecs('healthCheckGracePeriodSeconds')).toHaveValue('30');

    // A threshold of 0 and a negative grace period, both named; the checkboxes stay as set.
    await settings.breaker('enable').check();
    await settings.breaker('type').selectOption('COUNT');
    await settings.breaker('value').fill('0');
    await settings.setEcs({ healthCheckGracePeriodSeconds: '-1' });
    await settings.updateService.click();
    await expect(notice.details).toHaveText([
      /^service\.deploymentConfiguration\.deploymentCircuitBreaker\.thresholdConfiguration\.value: must be at least 1/,
      /^service\.healthCheckGracePeriodSeconds: must be at least 0/,
    ]);
    await expect(settings.breaker('value')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.ecs('healthCheckGracePeriodSeconds')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.breaker('enable')).toBeChecked();
    await expect(settings.breaker('type')).toHaveValue('COUNT');

    // Fixed, it applies: the form then shows the values in force.
    await settings.breaker('value').fill('2');
    await settings.setEcs({ healthCheckGracePeriodSeconds: '30' });
    await settings.updateService.click();
    await expect(notice.alert).toBeHidden();
    await expect(settings.breaker('value')).toHaveValue('2');
    await expect(settings.breaker('rollback')).toBeChecked();

    // Kubernetes: progressDeadlineSeconds must be greater than minReadySeconds.
    await settings.setK8s({ minReadySeconds: '30', progressDeadlineSeconds: '30' });
    await settings.kubectlApply.click();
    await expect(notice.details).toHaveText([/^kubernetes\.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds/]);
    await expect(settings.k8s('progressDeadlineSeconds')).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.k8s('minReadySeconds')).toHaveValue('30');
  });

  test('a click on a task mark opens its record; Copy puts the JSON on the clipboard and says so', async ({ app, page, context }) => {
    const { rollout, inspector } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();

    const mark = rollout.ecsTasks.first();
    const taskArn = (await mark.getAttribute('data-id')) ?? '';
    await mark.click();
    await expect(rollout.selectedRing).toHaveAttribute('data-ring-for', taskArn);
    const task = await inspector.describedTask();
    expect(task.taskArn).toBe(taskArn);
    expect(task.lastStatus).toBe('RUNNING');

    await inspector.describeTasks.copyButton.click();
    await expect(inspector.describeTasks.copyButton).toHaveText(/Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await inspector.describeTasks.text());
    expect(JSON.parse(copied).tasks[0].taskArn).toBe(taskArn);
    // The confirmation goes away by itself.
    await expect(inspector.describeTasks.copyButton).toHaveText('Copy', { timeout: 5_000 });
  });

  test('where the clipboard refuses, Copy selects the text and says to press Ctrl+C', async ({ app, page }) => {
    const { inspector } = app;
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await app.open();
    await inspector.step('k8s', 'deployment').click();
    await inspector.describeDeployment.copyButton.click();
    await expect(inspector.describeDeployment.status).toContainText('Ctrl+C');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.trim()).toBe((await inspector.describeDeployment.text()).trim());
    expect(selected).toMatch(/^Name: +web\n/);
  });
});
