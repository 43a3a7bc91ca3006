import { describe, expect, it } from 'vitest';
import { MAX_UNITS, PLACEMENT_HL, usageScene } from './placementMarks';

describe('usageScene', () => {
  it('fills each bar by used over registered and marks a full one', () => {
    const scene = usageScene(
      [
        { id: 'cpu', name: 'CPU', used: 1536, total: 2048, value: '1,536 / 2,048 units', tip: ['CPU'] },
        { id: 'eni', name: 'task ENIs', used: 2, total: 2, value: '2 / 2', tip: ['task ENIs'] },
      ],
      [],
      400,
    );
    const [cpuTrack, eniTrack] = scene.rects;
    expect(scene.overlays[0].w).toBeCloseTo(cpuTrack.w * 0.75, 0);
    expect(scene.overlays[1].w).toBe(eniTrack.w);
    expect(scene.overlays[1].className).toContain('pl-bar-used--full');
    expect(scene.texts.filter((t) => t.anchor === 'end').map((t) => t.text)).toEqual(['1,536 / 2,048 units', '2 / 2']);
  });

  it('draws one focusable mark per task, by generation, tied to the placement row', () => {
    const scene = usageScene([], [
      { id: 't1', generation: 'new', tip: ['Task t1'] },
      { id: 't2', generation: 'old', tip: ['Task t2'] },
    ], 300);
    expect(scene.rects.map((r) => [r.id, r.className, r.hl, r.label])).toEqual([
      ['t1', 'pl-unit pl-unit--new', PLACEMENT_HL, 'Task t1'],
      ['t2', 'pl-unit pl-unit--old', PLACEMENT_HL, 'Task t2'],
    ]);
    expect(scene.height).toBe(19);
  });

  it('draws at most MAX_UNITS marks', () => {
    const units = Array.from({ length: MAX_UNITS + 10 }, (_, k) => ({ id: `t${k}`, generation: 'new' as const, tip: [`Task t${k}`] }));
    expect(usageScene([], units, 600).rects).toHaveLength(MAX_UNITS);
  });
});
