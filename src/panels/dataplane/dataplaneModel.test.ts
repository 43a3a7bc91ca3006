import { describe, expect, it } from 'vitest';
import { containerInstance, ecsCluster, eksNode, pod, snapshotFixture, task } from '../shared/snapshotFixture';
import { AGENT_HL, ecsPlane, k8sPlane } from './dataplaneModel';
import { DATAPLANE_TEXT } from './dataplaneText';

const en = DATAPLANE_TEXT.en;
const base = { desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 200, maxSurge: '25%', maxUnavailable: '25%' } as const;

describe('ecsPlane', () => {
  it('draws the busiest EC2 instance with the agent, the runtime and its task ENIs, and counts its tasks', () => {
    const busy = containerInstance(2, { taskIds: ['a', 'b'] });
    const snapshot = snapshotFixture({ ...base, service: { launchType: 'EC2' }, cluster: ecsCluster({ containerInstances: [containerInstance(1), busy] }) });
    const model = ecsPlane(snapshot, en);
    expect(model.kind).toBe('ec2');
    expect(model.machine.title).toBe('EC2 instance (m5.large)');
    expect(model.machine.id).toBe(busy.ec2InstanceId);
    expect(model.parts.map((p) => p.id)).toEqual(['agent', 'runtime', 'enis']);
    expect(model.parts[0].hl).toBe(AGENT_HL);
    expect(model.counts).toEqual(['tasks here: 2', 'task ENIs 2/2']);
    expect(model.totals).toBe('2 container instances, 0 tasks in the cluster');
  });

  it('draws Fargate as a black box that shows only state, stoppedReason, events and logs', () => {
    const snapshot = snapshotFixture({ ...base, tasks: [task(1, 'd', 'RUNNING'), task(2, 'd', 'STOPPED')] });
    const model = ecsPlane(snapshot, en);
    expect(model.kind).toBe('fargate');
    expect(model.machine.dark).toBe(true);
    expect(model.parts).toEqual([]);
    expect(model.sees).toEqual(['task lastStatus', 'stoppedReason', 'service events', 'logs (awslogs)']);
    expect(model.counts).toEqual(['tasks: 1, each with its own ENI']);
  });

  it('draws an EXTERNAL server with the ECS and SSM agents and no awsvpc', () => {
    const server = containerInstance(1, { external: true });
    const snapshot = snapshotFixture({ ...base, service: { launchType: 'EXTERNAL', networkConfiguration: null }, cluster: ecsCluster({ containerInstances: [server] }) });
    const model = ecsPlane(snapshot, en);
    expect(model.kind).toBe('external');
    expect(model.parts.map((p) => p.title)).toEqual(['ECS agent', 'SSM agent', 'container runtime', 'no awsvpc']);
  });
});

describe('k8sPlane', () => {
  it('draws the busiest node with kubelet, CRI, VPC CNI, CSI and kube-proxy, and its pods against max pods', () => {
    const snapshot = snapshotFixture({ ...base, nodes: [eksNode(1, { pods: ['a'] }), eksNode(2, { pods: ['b', 'c', 'd'] })], pods: [pod(1, 'web-a', 'Running', true)] });
    const model = k8sPlane(snapshot, en);
    expect(model.kind).toBe('node');
    expect(model.machine.title).toBe('EKS node (m5.large)');
    expect(model.machine.id).toBe('ip-10-0-2-10.ec2.internal');
    expect(model.parts.map((p) => p.id)).toEqual(['kubelet', 'cri', 'cni', 'csi', 'kube-proxy']);
    expect(model.parts[0].hl).toBe(AGENT_HL);
    expect(model.counts).toEqual(['pods 3/29']);
    expect(model.totals).toBe('2 nodes, 1 pods in the cluster');
  });

  it('says there is no node to see when the twin stands in for Fargate', () => {
    const model = k8sPlane(snapshotFixture({ ...base, pods: [pod(1, 'web-a', 'Running', true)] }), en);
    expect(model.kind).toBe('podNode');
    expect(model.machine.dashed).toBe(true);
    expect(model.counts).toEqual(['pods: 1']);
  });
});
