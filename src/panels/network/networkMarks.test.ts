import { describe, expect, it } from 'vitest';
import { containerInstance, eksNode, subnet, task, withEni } from '../shared/snapshotFixture';
import { fargateEnis } from './eniSlots';
import { cellGrid, flowBoxes } from './markScene';
import { fargateScene, instanceScene, nodeScene, subnetScene, TASK_ENI_HL } from './networkMarks';
import { NETWORK_TEXT } from './networkText';

const en = NETWORK_TEXT.en;
const noOwner = () => null;

describe('grid arithmetic', () => {
  it('lays a /24 out as 8 rows of 32 and a /28 as one row of 16', () => {
    expect(cellGrid(256, 560, 12, 28)).toEqual({ cols: 32, cell: 17, rows: 8 });
    expect(cellGrid(16, 560, 12, 28)).toEqual({ cols: 16, cell: 28, rows: 1 });
  });

  it('wraps boxes into lines', () => {
    expect(flowBoxes(3, 200, 72, 4)).toEqual({ perLine: 2, lines: 2 });
  });
});

describe('subnetScene', () => {
  it('gives every address of a /28 a focusable cell and marks the 5 reserved ones', () => {
    const s = subnet('subnet-x', '10.0.9.0/28', 'us-east-1b', [{ holder: 'i-0a', kind: 'instance', eniId: 'eni-p' }, { holder: 'abc123', kind: 'task', eniId: 'eni-t' }]);
    const scene = subnetScene(s, 480, en, (eni) => (eni === 'eni-t' ? 'i-0a' : null));
    expect(scene.rects).toHaveLength(16);
    expect(scene.rects.filter((r) => r.className.includes('reserved')).map((r) => r.id)).toEqual(['0', '1', '2', '3', '15']);
    expect(scene.paths).toHaveLength(5);
    expect(scene.rects[1].label).toBe('10.0.9.1 — reserved by AWS: VPC router, subnet subnet-x (10.0.9.0/28, us-east-1b)');
    expect(scene.rects[15].tip?.[0]).toBe('10.0.9.15 — reserved by AWS: broadcast');
    expect(scene.rects[5].tip).toEqual(['10.0.9.5', 'held by task abc123', 'ENI eni-t · i-0a', 'subnet subnet-x (10.0.9.0/28, us-east-1b)']);
    expect(scene.overlays.map((o) => o.className)).toEqual(['net-fill net-fill--instance', 'net-fill net-fill--task']);
  });

  it('draws a /18 as a bar whose used part grows with the used addresses', () => {
    const scene = subnetScene(subnet('subnet-1a', '10.0.0.0/18', 'us-east-1a', [], 8189), 400, en, noOwner);
    expect(scene.rects).toHaveLength(1);
    expect(scene.rects[0].label).toContain('16,379 usable, 8,189 used');
    expect(scene.overlays[0].w).toBeCloseTo(399 / 2, 0);
  });
});

describe('instanceScene', () => {
  it('labels an m5.large’s slots: primary, its tasks, and a free one, tasks tied to the target-group row', () => {
    const instance = containerInstance(1, { taskIds: ['6a12bc34de56f7890123456789abcdef'] });
    const scene = instanceScene(instance, 400, en);
    expect(scene.texts.map((t) => t.text)).toEqual(['primary', '6a12bc34…', 'free']);
    expect(scene.rects[1].hl).toBe(TASK_ENI_HL);
    expect(scene.rects[1].tip).toEqual([
      'Task ENI of task 6a12bc34de56f7890123456789abcdef',
      `ENI ${instance.enis[1].eniId}`,
      instance.enis[1].privateIp,
      'subnet subnet-1a',
      'securityGroups sg-default',
    ]);
    expect(scene.rects[2].label).toBe('Free task ENI slot 2 of 2, A new awsvpc task placed here gets its own ENI in this slot.');
  });
});

describe('nodeScene', () => {
  it('draws each ENI’s primary IP and its secondary IPs, the pod-held ones filled', () => {
    const node = eksNode(1, { pods: ['web-a', 'web-b'], enis: 1 });
    const scene = nodeScene(node, 500, en);
    expect(scene.rects).toHaveLength(1 + 9);
    expect(scene.overlays).toHaveLength(2);
    expect(scene.rects[1].tip?.[0]).toMatch(/ — pod web-a$/);
    expect(scene.rects[3].tip?.[0]).toMatch(/ — free secondary IP$/);
  });
});

describe('fargateScene', () => {
  it('draws one ENI per task with its IP, subnet and security groups', () => {
    const enis = fargateEnis([withEni(task(1, 'd', 'RUNNING'), { subnetId: 'subnet-1a', eniId: 'eni-1', privateIp: '10.0.0.4' })]);
    const scene = fargateScene(enis, ['sg-web'], 300, en);
    expect(scene.rects).toHaveLength(1);
    expect(scene.rects[0].tip?.slice(1)).toEqual(['ENI eni-1', '10.0.0.4', 'subnet subnet-1a (us-east-1a)', 'securityGroups sg-web']);
  });
});
