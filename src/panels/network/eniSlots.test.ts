import { describe, expect, it } from 'vitest';
import { containerInstance, eksNode, task, withEni } from '../shared/snapshotFixture';
import { fargateEnis, instanceSlots, podCapacity, secondaryIpUse, taskEniUse, trunkingState } from './eniSlots';

describe('instanceSlots', () => {
  it('gives an m5.large without trunking a primary ENI and 2 task ENI slots (3 ENIs − 1)', () => {
    const instance = containerInstance(1, { instanceType: 'm5.large', taskIds: ['t1', 't2'] });
    expect(instanceSlots(instance).map((s) => s.kind)).toEqual(['primary', 'task', 'task']);
    expect(taskEniUse(instance)).toEqual({ used: 2, limit: 2 });
    expect(trunkingState(instance, false)).toBe('off');
  });

  it('shows the free slots up to taskEniLimit, numbered so the last reads "2 of 2"', () => {
    const slots = instanceSlots(containerInstance(1, { instanceType: 'm5.large' }));
    expect(slots.map((s) => (s.kind === 'free' ? `free ${s.position}` : s.kind))).toEqual(['primary', 'free 1', 'free 2']);
  });

  it('gives an m5.large with awsvpcTrunking a trunk ENI and 10 task slots', () => {
    const instance = containerInstance(1, { instanceType: 'm5.large', trunking: true, taskIds: ['t1', 't2', 't3'] });
    const slots = instanceSlots(instance);
    expect(slots.slice(0, 2).map((s) => s.kind)).toEqual(['primary', 'trunk']);
    expect(slots.filter((s) => s.kind === 'task' || s.kind === 'free')).toHaveLength(10);
    expect(taskEniUse(instance)).toEqual({ used: 3, limit: 10 });
    expect(trunkingState(instance, true)).toBe('on');
  });

  it('says trunking is not supported when the account asks for it on a T type', () => {
    const instance = containerInstance(1, { instanceType: 't3.large', trunking: true });
    expect(instanceSlots(instance).map((s) => s.kind)).toEqual(['primary', 'free', 'free']);
    expect(trunkingState(instance, true)).toBe('unsupported');
  });

  it('says trunking is off for a type that could trunk but registered without its trunk ENI', () => {
    expect(trunkingState(containerInstance(1, { instanceType: 'm5.large' }), true)).toBe('off');
  });
});

describe('EKS nodes', () => {
  it('counts pods against the VPC CNI max pods of an m5.large: 3 × (10 − 1) + 2 = 29', () => {
    const pods = Array.from({ length: 27 }, (_, k) => `web-${k}`);
    const node = eksNode(1, { pods });
    expect(podCapacity(node)).toEqual({ pods: 27, maxPods: 29, maxEnis: 3, ipv4PerEni: 10 });
    expect(secondaryIpUse(node)).toEqual({ held: 27, warm: 0 });
  });

  it('counts the unused secondary IPs of attached ENIs as warm', () => {
    // Two pods on the first ENI, whose other 7 are free, and a whole warm ENI of 9 more.
    expect(secondaryIpUse(eksNode(1, { pods: ['a', 'b'], enis: 2 }))).toEqual({ held: 2, warm: 16 });
  });
});

describe('fargateEnis', () => {
  it('lists each task’s own ENI from its attachment, and drops deleted ones', () => {
    const tasks = [
      withEni(task(1, 'd', 'RUNNING'), { subnetId: 'subnet-1a', eniId: 'eni-1', privateIp: '10.0.0.4' }),
      withEni(task(2, 'd', 'STOPPED'), { subnetId: 'subnet-1a', eniId: 'eni-2', privateIp: '10.0.0.5', status: 'DELETED' }),
      task(3, 'd', 'PROVISIONING'),
    ];
    expect(fargateEnis(tasks).map((e) => [e.eniId, e.privateIp, e.subnetId, e.attachmentStatus])).toEqual([['eni-1', '10.0.0.4', 'subnet-1a', 'ATTACHED']]);
  });
});
