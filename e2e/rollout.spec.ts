// A learner's first rollout: the Rolling update lesson opens with 4 tasks and 4 pods, "Deploy
// new revision" at 64× converges both sides, and Step / Step back move through it.

import { expect, test } from './fixtures';
import type { IsomorphApp } from './fixtures';
import { clockFor } from './pages/ControlsBar';
import { ECS_DEPLOYMENT_COMPLETED, ECS_STEADY_STATE, K8S_ROLLED_OUT, TEXT } from './text';

// Every test opens its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

/** Deploys, plays at 64× until ECS has completed its deployment and reached a steady state, then pauses. */
async function deployAndConverge(app: IsomorphApp): Promise<string> {
  const { controls, events } = app;
  await controls.setSpeed('64');
  await controls.deploy();
  await controls.play();
  // Newest first: the steady-state line must be newer than "deployment completed.".
  let completed = '';
  await expect
    .poll(
      async () => {
        const messages = await events.ecsMessages();
        const index = messages.findIndex((message) => ECS_DEPLOYMENT_COMPLETED.test(message));
        if (index === -1) return ['(no "deployment completed." yet)'];
        completed = messages[index];
        return messages.slice(0, index);
      },
      { message: 'ECS events newer than "… deployment completed."', timeout: 30_000 },
    )
    .toContain(ECS_STEADY_STATE);
  await controls.pause();
  return ECS_DEPLOYMENT_COMPLETED.exec(completed)?.[1] ?? '';
}

test.describe('rolling update', () => {
  test('the first visit opens the Rolling update lesson with 4 tasks beside 4 pods', async ({ app }) => {
    const { lesson, rollout, settings } = app;
    await app.open();
    await expect(lesson.title).toHaveText(TEXT.en.lessonTitle);
    await expect(lesson.progress).toHaveText(TEXT.en.stepOf(1, 7));
    await expect(settings.ecs('desiredCount')).toHaveValue('4');
    await expect(rollout.ecsTasks).toHaveCount(4);
    await expect(rollout.k8sPods).toHaveCount(4);
    expect(await rollout.statuses('ecs')).toEqual(['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING']);
    expect(await rollout.statuses('k8s')).toEqual(['Running', 'Running', 'Running', 'Running']);
    // The lesson's limits, on both sides: at least 4, at most 8.
    await expect(rollout.band('ecs', 'lower')).toHaveAttribute('data-value', '4');
    await expect(rollout.band('ecs', 'upper')).toHaveAttribute('data-value', '8');
    await expect(rollout.band('k8s', 'lower')).toHaveAttribute('data-value', '4');
    await expect(rollout.band('k8s', 'upper')).toHaveAttribute('data-value', '8');
  });

  test('Deploy new revision at 64×: both sides converge on the new revision, and each says so', async ({ app }) => {
    const { controls, rollout } = app;
    await app.open();
    const [oldDeployment] = await rollout.groups('ecs');
    const [oldReplicaSet] = await rollout.groups('k8s');
    await expect(controls.deployButton).toContainText('web:2');

    const completedDeployment = await deployAndConverge(app);

    // ECS: desiredCount tasks, all RUNNING, all started by the deployment that completed.
    await expect(rollout.ecsTasks).toHaveCount(4);
    expect(await rollout.statuses('ecs')).toEqual(['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING']);
    expect(await rollout.groups('ecs')).toEqual([completedDeployment]);
    expect(completedDeployment).not.toBe(oldDeployment);
    await expect(rollout.tasksOf(completedDeployment)).toHaveCount(4);

    // Kubernetes: replicas pods, all Running, all in one new ReplicaSet.
    await expect(rollout.k8sPods).toHaveCount(4);
    expect(await rollout.statuses('k8s')).toEqual(['Running', 'Running', 'Running', 'Running']);
    const replicaSets = await rollout.groups('k8s');
    expect(replicaSets).toHaveLength(1);
    expect(replicaSets[0]).not.toBe(oldReplicaSet);

    // Each side says so in its own words, under the panel.
    await expect(rollout.ecsRolloutState).toHaveAttribute('data-rollout-state', 'COMPLETED');
    await expect(rollout.k8sRolloutStatus).toHaveText(K8S_ROLLED_OUT);

    // The next deploy would register the revision after the one now running.
    await expect(controls.deployButton).toContainText('web:3');
  });

  test('Step and Step back move the clock and the marks, and stepping again lands on the same moment', async ({ app }) => {
    const { controls, rollout } = app;
    await app.open();
    await controls.deploy();
    await expect(controls.deployButton).toContainText('web:3');
    await expect(controls.clock).toHaveText('00:00.0');
    const atStart = await rollout.signature();

    await controls.stepButton.click();
    await expect.poll(() => controls.seconds()).toBeGreaterThan(0);
    await expect.poll(() => rollout.signature(), { message: 'marks after one step' }).not.toBe(atStart);
    // The new deployment's tasks have been started beside the old ones.
    await expect.poll(() => rollout.groups('ecs')).toHaveLength(2);
    await expect(rollout.ecsRolloutState).toHaveAttribute('data-rollout-state', 'IN_PROGRESS');
    const t1 = await controls.seconds();

    await controls.stepButton.click();
    await expect.poll(() => controls.seconds()).toBeGreaterThan(t1);
    const t2 = await controls.seconds();
    await expect.poll(() => rollout.signature()).not.toBe(atStart);
    const afterTwoSteps = await rollout.signature();

    await controls.stepBackButton.click();
    await expect.poll(() => controls.seconds(), { message: 'time after Step back' }).toBeLessThan(t2);
    expect(await controls.seconds()).toBeGreaterThanOrEqual(t1);
    await expect.poll(() => rollout.signature(), { message: 'marks after Step back' }).not.toBe(afterTwoSteps);

    await controls.stepButton.click();
    await expect(controls.clock).toHaveText(clockFor(t2));
    await expect.poll(() => rollout.signature(), { message: 'marks after stepping forward again' }).toBe(afterTwoSteps);
  });
});

