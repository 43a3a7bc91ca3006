// The panel rendered to static markup in Node (effects do not run, so the svgs stay empty): the
// numbers a learner checks are printed as text beside the marks.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { containerInstance, ecsCluster, eksNode, snapshotFixture, subnet, task, withEni } from '../shared/snapshotFixture';
import { NetworkView } from './NetworkPanel';

const base = { desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 200, maxSurge: '25%', maxUnavailable: '25%' } as const;

describe('NetworkView', () => {
  it('prints the subnet, instance and node counts on an EC2 scenario, ECS left and Kubernetes right', () => {
    const held = Array.from({ length: 9 }, (_, k) => ({ holder: `t${k}`, kind: 'task' as const }));
    const snapshot = snapshotFixture({
      ...base,
      service: { launchType: 'EC2' },
      cluster: ecsCluster({ subnets: [subnet('subnet-small', '10.0.9.0/28', 'us-east-1a', held)], containerInstances: [containerInstance(1, { taskIds: ['t1', 't2'] })] }),
      nodes: [eksNode(1, { pods: Array.from({ length: 27 }, (_, k) => `web-${k}`) })],
    });
    const html = renderToStaticMarkup(<NetworkView snapshot={snapshot} locale="en" highlight={null} />);
    expect(html).toContain('11 usable, 9 used');
    expect(html).toContain('task ENIs 2/2 (m5.large, trunking off)');
    expect(html).toContain('taskEniLimit = 3 ENIs − 1 primary');
    expect(html).toContain('pods 27/29');
    expect(html).toContain('max pods = 3 ENIs × (10 − 1) + 2');
    expect(html.indexOf('data-side="ecs"')).toBeLessThan(html.indexOf('data-side="k8s"'));
  });

  it('shows Fargate’s one ENI per task and the missing nodes, in Japanese', () => {
    const snapshot = snapshotFixture({
      ...base,
      tasks: [withEni(task(1, 'd', 'RUNNING'), { subnetId: 'subnet-1a', eniId: 'eni-1', privateIp: '10.0.0.4' })],
      cluster: ecsCluster({ subnets: [subnet('subnet-1a', '10.0.0.0/18', 'us-east-1a', [{ holder: 't1', kind: 'task' }])] }),
    });
    const html = renderToStaticMarkup(<NetworkView snapshot={snapshot} locale="ja" highlight={null} />);
    expect(html).toContain('Fargate: タスクごとに ENI 1 つ、常に');
    expect(html).toContain('タスク ENI 1 個');
    expect(html).toContain('使用可能 16,379、使用中 1');
    expect(html).toContain('このシナリオにノードはありません');
  });

  it('says what it waits for before the first frame', () => {
    expect(renderToStaticMarkup(<NetworkView snapshot={null} locale="en" highlight={null} />)).toContain('Waiting for the simulation…');
  });
});
