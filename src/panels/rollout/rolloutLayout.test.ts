import { describe, expect, it } from 'vitest';
import { ACTIVE_ID, PRIMARY_ID, deployment, pod, replicaSet, snapshotFixture, task } from '../shared/snapshotFixture';
import { textWidth } from '../shared/textFlow';
import { rolloutLayout } from './rolloutLayout';
import type { RolloutScene, TextMark, UnitMark } from './rolloutMarks';

const SIZE = { width: 1280, height: 600 };
const lineText = (t: TextMark) => t.spans.map((s) => s.text).join('');
const textsOf = (scene: RolloutScene, prefix: string) => scene.texts.filter((t) => t.id.startsWith(prefix)).map(lineText);
const glyph = (scene: RolloutScene, id: string) => scene.glyphs.find((g) => g.id === id);

/** Mid-rollout at 50/200 with 4 desired: the new deployment has 4 tasks, the old one still 4. */
function midRollout() {
  const tasks = [
    task(1, PRIMARY_ID, 'RUNNING', true),
    task(2, PRIMARY_ID, 'RUNNING', false),
    task(3, PRIMARY_ID, 'RUNNING', false),
    task(4, PRIMARY_ID, 'PENDING'),
    task(5, ACTIVE_ID, 'RUNNING', true),
    task(6, ACTIVE_ID, 'RUNNING', true),
    task(7, ACTIVE_ID, 'DEACTIVATING'),
    task(8, ACTIVE_ID, 'STOPPED'),
  ];
  const newRs = replicaSet('5d9c7b8f4d', 2, { replicas: 4, currentReplicas: 4, readyReplicas: 1, availableReplicas: 1 });
  const oldRs = replicaSet('7f6b9c2d8b', 1, { replicas: 2, currentReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
  return snapshotFixture({
    desiredCount: 4,
    minimumHealthyPercent: 50,
    maximumPercent: 200,
    maxSurge: '100%',
    maxUnavailable: '50%',
    deployments: [
      deployment(PRIMARY_ID, 'PRIMARY', 2, { desiredCount: 4, pendingCount: 1, runningCount: 3 }),
      deployment(ACTIVE_ID, 'ACTIVE', 1, { desiredCount: 2, runningCount: 2 }),
    ],
    tasks,
    replicaSets: [oldRs, newRs],
    pods: [
      pod(1, newRs.name, 'Running', true),
      pod(2, newRs.name, 'Running', false),
      pod(3, newRs.name, 'Pending', false),
      pod(4, newRs.name, 'Pending', false),
      pod(5, oldRs.name, 'Running', true),
      pod(6, oldRs.name, 'Running', true),
      pod(7, oldRs.name, 'Running', false, true),
    ],
  });
}

describe('rolloutLayout: grouping', () => {
  const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);
  const ecsUnits = scene.units.filter((u) => u.data.side === 'ecs');

  it('groups tasks by the deployment that started them, PRIMARY first, and drops STOPPED tasks', () => {
    expect(ecsUnits.map((u) => u.data.deployment)).toEqual([PRIMARY_ID, PRIMARY_ID, PRIMARY_ID, PRIMARY_ID, ACTIVE_ID, ACTIVE_ID, ACTIVE_ID]);
    expect(ecsUnits.map((u) => u.data.status)).not.toContain('STOPPED');
    const frames = scene.boxes.filter((b) => b.className === 'iso-group' && b.data.deployment);
    expect(frames.map((f) => f.data.deployment)).toEqual([PRIMARY_ID, ACTIVE_ID]);
    expect(frames[0].y).toBeLessThan(frames[1].y);
  });

  it('colours a task by lastStatus and whether it counts as healthy', () => {
    expect(ecsUnits.map((u) => u.category)).toEqual(['healthy', 'running', 'running', 'starting', 'healthy', 'healthy', 'stopping']);
  });

  it('groups pods by ReplicaSet, newest revision first, keyed by pod name', () => {
    const pods = scene.units.filter((u) => u.data.side === 'k8s');
    expect(pods.map((u) => u.data.replicaset)).toEqual(['web-5d9c7b8f4d', 'web-5d9c7b8f4d', 'web-5d9c7b8f4d', 'web-5d9c7b8f4d', 'web-7f6b9c2d8b', 'web-7f6b9c2d8b', 'web-7f6b9c2d8b']);
    expect(pods.map((u) => u.category)).toEqual(['healthy', 'running', 'starting', 'starting', 'healthy', 'healthy', 'stopping']);
    expect(new Set(pods.map((u) => u.id)).size).toBe(7);
  });

  it('keeps every mark inside its group frame, below the frame header', () => {
    for (const u of scene.units) {
      const attr = u.data.side === 'ecs' ? 'deployment' : 'replicaset';
      const frame = scene.boxes.find((b) => b.className === 'iso-group' && b.data[attr] === u.data[attr]);
      expect(frame).toBeDefined();
      if (!frame) continue;
      const headerBottom = Math.max(...scene.texts.filter((t) => t.id.startsWith(`${u.data.side}:group:${u.data[attr]}:`)).map((t) => t.y));
      expect(u.y).toBeGreaterThan(headerBottom);
      expect(u.x + u.size).toBeLessThanOrEqual(frame.x + frame.width);
      expect(u.y + u.size).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });
});

describe('rolloutLayout: counts as the CLIs print them', () => {
  const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);

  it('labels each ECS deployment like describe-services', () => {
    // A half of 1280 px holds 588 px of text: 70 characters at 14 px, wrapped at a token.
    expect(textsOf(scene, `ecs:group:${PRIMARY_ID}:`)).toEqual(['PRIMARY  web:2  desired 4  pending 1  running 3', 'rolloutState IN_PROGRESS  ecs-svc/…9578']);
    expect(textsOf(scene, `ecs:group:${ACTIVE_ID}:`)).toEqual(['ACTIVE  web:1  desired 2  pending 0  running 2  rolloutState COMPLETED', 'ecs-svc/…2104']);
  });

  it('prints ReplicaSets as kubectl get rs columns, aligned under the header', () => {
    const header = textsOf(scene, 'k8s:caption')[0];
    const row = textsOf(scene, 'k8s:group:web-5d9c7b8f4d:')[0];
    expect(header.split(/\s+/).filter(Boolean)).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AVAILABLE']);
    expect(row.split(/\s+/).filter(Boolean)).toEqual(['web-5d9c7b8f4d', '4', '4', '1', '1']);
    for (const column of ['DESIRED', 'CURRENT', 'READY', 'AVAILABLE']) {
      const at = header.indexOf(column);
      expect(row[at - 1]).toBe(' ');
      expect(row[at]).not.toBe(' ');
    }
    expect(textsOf(scene, 'k8s:group:web-5d9c7b8f4d:')[1]).toBe('revision 2  image web:2');
  });

  it('moves AVAILABLE to the second line when the full table does not fit', () => {
    // Half of 940 px leaves 406 px of text: 48 characters at 14 px; the four-column table needs 54.
    const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, { width: 940, height: 600 });
    expect(textsOf(scene, 'k8s:caption')[0].split(/\s+/)).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY']);
    expect(textsOf(scene, 'k8s:group:web-5d9c7b8f4d:')).toEqual(['web-5d9c7b8f4d   4         4         1', 'revision 2  AVAILABLE 1  image web:2']);
  });
});

describe('rolloutLayout: the bounds band', () => {
  it('desired 4 at 50/200: ECS at least 2 healthy · at most 8', () => {
    const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);
    // AWS: min = ceil(4 × 50 / 100) = 2, max = floor(4 × 200 / 100) = 8 (reference/ecs.md §1.3).
    expect(textsOf(scene, 'ecs:bounds')).toEqual(['at least 2 healthy  at most 8 tasks']);
    expect(glyph(scene, 'ecs:band:lower')?.data.value).toBe('2');
    expect(glyph(scene, 'ecs:band:upper')?.data.value).toBe('8');
    // Kubernetes: maxSurge 100% → ceil(4) = 4, maxUnavailable 50% → floor(2) = 2: at least 2, at most 8.
    expect(textsOf(scene, 'k8s:bounds')).toEqual(['at least 2 available  at most 8 pods']);
    // The allowed band runs from 2 to 8 on a 0…8 scale: it starts a quarter of the way along.
    const track = scene.boxes.find((b) => b.id === 'ecs:band:track');
    const allowed = scene.boxes.find((b) => b.id === 'ecs:band:allowed');
    if (!track || !allowed) throw new Error('band missing');
    expect((allowed.x - track.x) / track.width).toBeCloseTo(2 / 8);
    expect(allowed.width / track.width).toBeCloseTo(6 / 8);
  });

  it('marks the current counts: RUNNING+PENDING and healthy tasks, pods and available pods', () => {
    const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);
    // Tasks 1–3, 5, 6 RUNNING and 4 PENDING; 1, 5 and 6 count as healthy.
    expect(glyph(scene, 'ecs:band:total')?.data.value).toBe('6');
    expect(glyph(scene, 'ecs:band:counted')?.data.value).toBe('3');
    // status.replicas 4 + 2 (the terminating pod is not counted); available 1 + 2.
    expect(glyph(scene, 'k8s:band:total')?.data.value).toBe('6');
    expect(glyph(scene, 'k8s:band:counted')?.data.value).toBe('3');
  });

  it('Kubernetes 3 replicas at 25%/25%: at least 3 available · at most 4', () => {
    // maxSurge ceil(0.75) = 1, maxUnavailable floor(0.75) = 0 (reference/k8s.md §1.2).
    const snapshot = snapshotFixture({ desiredCount: 3, minimumHealthyPercent: 100, maximumPercent: 125, maxSurge: '25%', maxUnavailable: '25%' });
    const scene = rolloutLayout({ snapshot, locale: 'en' }, SIZE);
    expect(textsOf(scene, 'k8s:bounds')).toEqual(['at least 3 available  at most 4 pods']);
    // ECS at 100/125 with 3: ceil(3) = 3 and floor(3.75) = 3, "can't start any tasks" (reference/ecs.md §1.3).
    expect(textsOf(scene, 'ecs:bounds')).toEqual(['at least 3 healthy  at most 3 tasks']);
  });

  it('caps maxUnavailable at replicas, so the lower limit never goes below 0', () => {
    const snapshot = snapshotFixture({ desiredCount: 2, minimumHealthyPercent: 0, maximumPercent: 100, maxSurge: 0, maxUnavailable: 5 });
    const scene = rolloutLayout({ snapshot, locale: 'en' }, SIZE);
    expect(glyph(scene, 'k8s:band:lower')?.data.value).toBe('0');
  });
});

describe('rolloutLayout: highlight targets', () => {
  const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);
  const spans = scene.texts.flatMap((t) => t.spans);
  const hlOf = (text: string) => spans.find((s) => s.text.trim() === text)?.hl.split(' ') ?? [];

  it('ties the limits, desired counts and blueprints to their translation rows', () => {
    expect(glyph(scene, 'ecs:band:upper')?.hl.split(' ')).toContain('maximumPercent-maxSurge');
    expect(glyph(scene, 'k8s:band:lower')?.hl.split(' ')).toContain('minimumHealthyPercent-maxUnavailable');
    expect(scene.lines.find((l) => l.id === 'k8s:band:desired')?.hl).toBe('desiredCount-replicas');
    expect(hlOf('desired 4')).toContain('desiredCount-replicas');
    expect(hlOf('web:2')).toEqual(['taskdefinition-podspec', 'taskdefinition-podtemplatehash']);
    expect(hlOf('web:1')).toEqual(['taskdefinition-podspec']);
    expect(hlOf('5d9c7b8f4d')).toContain('taskdefinition-podtemplatehash');
    expect(scene.boxes.filter((b) => b.className === 'iso-group').every((b) => b.hl === 'service-deployment')).toBe(true);
  });
});

describe('rolloutLayout: scale', () => {
  function thousand(size = SIZE) {
    const newRs = replicaSet('5d9c7b8f4d', 2, { replicas: 600, currentReplicas: 600 });
    const oldRs = replicaSet('7f6b9c2d8b', 1, { replicas: 400, currentReplicas: 400 });
    const tasks = Array.from({ length: 1000 }, (_, i) => task(i + 1, i < 600 ? PRIMARY_ID : ACTIVE_ID, i % 3 ? 'RUNNING' : 'PENDING', i % 2 === 0));
    const pods = Array.from({ length: 1000 }, (_, i) => pod(i + 1, i < 600 ? newRs.name : oldRs.name, 'Running', i % 2 === 0));
    const snapshot = snapshotFixture({
      desiredCount: 1000,
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      maxSurge: '100%',
      maxUnavailable: '50%',
      deployments: [deployment(PRIMARY_ID, 'PRIMARY', 2, { desiredCount: 1000 }), deployment(ACTIVE_ID, 'ACTIVE', 1, { desiredCount: 400 })],
      tasks,
      replicaSets: [newRs, oldRs],
      pods,
    });
    return rolloutLayout({ snapshot, locale: 'en' }, size);
  }

  const overlaps = (a: UnitMark, b: UnitMark) => a.x < b.x + b.size && b.x < a.x + a.size && a.y < b.y + b.size && b.y < a.y + a.size;

  it('lays out 1,000 tasks and 1,000 pods in 1280×600 without overlap, inside their half', () => {
    const scene = thousand();
    expect(scene.units).toHaveLength(2000);
    for (const side of ['ecs', 'k8s']) {
      const units = scene.units.filter((u) => u.data.side === side);
      const divider = scene.lines.find((l) => l.id === 'divider');
      if (!divider) throw new Error('divider missing');
      for (const u of units) {
        expect(u.y + u.size).toBeLessThanOrEqual(SIZE.height);
        if (side === 'ecs') expect(u.x + u.size).toBeLessThan(divider.x1);
        else expect(u.x).toBeGreaterThan(divider.x1);
      }
      // Sort by row then column: only neighbours can overlap in a grid.
      const sorted = [...units].sort((a, b) => a.y - b.y || a.x - b.x);
      for (let i = 1; i < sorted.length; i++) expect(overlaps(sorted[i - 1], sorted[i])).toBe(false);
      for (let i = 0; i < units.length; i++) for (let j = i + 1; j < units.length; j++) if (overlaps(units[i], units[j])) throw new Error(`${units[i].id} overlaps ${units[j].id}`);
    }
  });

  it('shrinks the marks as their number grows, the same size on both sides', () => {
    const few = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);
    const many = thousand();
    expect(many.cell).toBeLessThan(few.cell);
    expect(new Set(many.units.map((u) => u.size)).size).toBe(1);
  });

  it('wraps every label inside its half on a narrow panel, dropping kubectl columns that do not fit', () => {
    const narrow = { width: 640, height: 700 };
    const scene = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, narrow);
    const half = (narrow.width - 2 * 16 - 40) / 2;
    for (const t of scene.texts.filter((x) => x.className !== 'iso-tick')) {
      expect(textWidth(lineText(t), t.fontSize)).toBeLessThanOrEqual(half);
    }
    expect(textsOf(scene, 'k8s:caption')).toEqual(['ReplicaSets']);
  });
});

describe('rolloutLayout: frame to frame', () => {
  it('keeps marks in their cells when a task leaves: only the last one moves into the gap', () => {
    const first = rolloutLayout({ snapshot: midRollout(), locale: 'en' }, SIZE);
    const next = midRollout();
    // Task 2 of the PRIMARY deployment stops.
    next.ecs.tasks = next.ecs.tasks.map((t) => (t.taskId === task(2, PRIMARY_ID, 'RUNNING').taskId ? { ...t, lastStatus: 'STOPPED' } : t));
    const second = rolloutLayout({ snapshot: next, locale: 'en' }, SIZE, first);
    const at = (scene: RolloutScene) => new Map(scene.units.map((u) => [u.id, `${u.x},${u.y}`]));
    const before = at(first);
    const moved = [...at(second)].filter(([id, xy]) => before.get(id) !== xy).map(([id]) => id);
    expect(moved).toEqual([task(4, PRIMARY_ID, 'PENDING').taskArn]);
    expect(second.units.find((u) => u.id === moved[0])?.x).toBe(first.units.find((u) => u.id === task(2, PRIMARY_ID, 'RUNNING').taskArn)?.x);
  });
});

describe('rolloutLayout: no snapshot', () => {
  it('draws nothing before the first frame', () => {
    expect(rolloutLayout({ snapshot: null, locale: 'en' }, SIZE).units).toEqual([]);
  });
});
