import { describe, expect, it } from 'vitest';
import { ACTIVE_ID, PRIMARY_ID, deployment, snapshotFixture, task } from '../shared/snapshotFixture';
import { MAX_SVG_MARKS, marksOnCanvas } from './paintUnits';
import { rolloutLayout } from './rolloutLayout';
import { rolloutSummary } from './rolloutSummary';
import { sideModels } from './sideModels';

/** `desiredCount` at 100/200, the new deployment with 3 tasks (1 healthy, 1 running, 1 starting), the old one with 2 healthy. */
function scenario(desiredCount: number) {
  return snapshotFixture({
    desiredCount,
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    maxSurge: '100%',
    maxUnavailable: 0,
    deployments: [deployment(PRIMARY_ID, 'PRIMARY', 2, { desiredCount }), deployment(ACTIVE_ID, 'ACTIVE', 1)],
    tasks: [
      task(1, PRIMARY_ID, 'RUNNING', true),
      task(2, PRIMARY_ID, 'RUNNING', false),
      task(3, PRIMARY_ID, 'PENDING'),
      task(4, ACTIVE_ID, 'RUNNING', true),
      task(5, ACTIVE_ID, 'RUNNING', true),
    ],
  });
}

describe('marks on canvas', () => {
  it('go on canvas when a side may hold more than MAX_SVG_MARKS, by its upper limit', () => {
    // 100 at 200 %: at most 200 tasks, still SVG. 101: 202, canvas.
    expect(marksOnCanvas(sideModels(scenario(MAX_SVG_MARKS / 2), 'en'))).toBe(false);
    expect(marksOnCanvas(sideModels(scenario(MAX_SVG_MARKS / 2 + 1), 'en'))).toBe(true);
  });

  it('each group frame counts its marks, in all and by category', () => {
    const scene = rolloutLayout({ snapshot: scenario(4), locale: 'en' }, { width: 1280, height: 600 });
    const frame = (id: string) => scene.boxes.find((b) => b.className === 'iso-group' && b.data.deployment === id)?.data;
    expect(frame(PRIMARY_ID)).toMatchObject({ count: '3', 'count-healthy': '1', 'count-running': '1', 'count-starting': '1', 'count-stopping': '0', 'count-unhealthy': '0' });
    expect(frame(ACTIVE_ID)).toMatchObject({ count: '2', 'count-healthy': '2', 'count-running': '0' });
  });

  it('the description counts each group’s marks only when they are on canvas', () => {
    expect(rolloutSummary(scenario(4), 'en').description).not.toContain('tasks (');
    const big = rolloutSummary(scenario(500), 'en').description;
    expect(big).toContain(`Deployment ${PRIMARY_ID}: 3 tasks (1 healthy, 1 running, 1 starting).`);
    expect(big).toContain(`Deployment ${ACTIVE_ID}: 2 tasks (2 healthy).`);
    expect(rolloutSummary(scenario(500), 'ja').description).toContain(`deployment ${PRIMARY_ID}: タスク 3 個（健全 1、起動済み 1、起動中 1）。`);
  });

  it('side models are rebuilt only for the half of the snapshot that changed', () => {
    const first = scenario(4);
    const [ecs, k8s] = sideModels(first, 'en');
    const sameHalves = { ...first, time: 1 };
    expect(sideModels(sameHalves, 'en')).toEqual([ecs, k8s]);
    expect(sideModels(sameHalves, 'en')[0]).toBe(ecs);
    const newEcs = { ...first, ecs: { ...first.ecs, tasks: first.ecs.tasks.slice(1) } };
    const [ecsAgain, k8sAgain] = sideModels(newEcs, 'en');
    expect(ecsAgain).not.toBe(ecs);
    expect(k8sAgain).toBe(k8s);
    expect(sideModels(newEcs, 'ja')[1]).not.toBe(k8s);
  });
});
