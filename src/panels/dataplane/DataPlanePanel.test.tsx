// The diagram rendered to static markup in Node: the parts and live counts a learner reads.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { containerInstance, ecsCluster, eksNode, snapshotFixture } from '../shared/snapshotFixture';
import { DataPlaneView } from './DataPlanePanel';

const base = { desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 200, maxSurge: '25%', maxUnavailable: '25%' } as const;

describe('DataPlaneView', () => {
  it('shows the EC2 instance beside the EKS node, with the agent and the kubelet lit by their translation row', () => {
    const snapshot = snapshotFixture({
      ...base,
      service: { launchType: 'EC2' },
      cluster: ecsCluster({ containerInstances: [containerInstance(1, { taskIds: ['a'] })] }),
      nodes: [eksNode(1, { pods: ['p'] })],
    });
    const html = renderToStaticMarkup(<DataPlaneView snapshot={snapshot} locale="en" highlight="agent-kubelet" />);
    expect(html).toContain('ECS · EC2');
    expect(html).toContain('tasks here: 1');
    expect(html).toContain('pods 1/29');
    expect(html).toContain('aws-node: pod IPs from ENIs');
    expect(html.match(/class="dp-part iso-hl"/g)).toHaveLength(2);
  });

  it('speaks Japanese', () => {
    const html = renderToStaticMarkup(<DataPlaneView snapshot={snapshotFixture(base)} locale="ja" highlight={null} />);
    expect(html).toContain('AWS が管理（Fargate）');
    expect(html).toContain('見えるノードなし');
  });
});
