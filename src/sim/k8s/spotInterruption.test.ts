// spot-interruption: the pod runs on Spot capacity; 3–10 min later Karpenter gets the two-minute
// warning, marks the pod and evicts it (aws/karpenter-provider-aws interruption events, kubernetes-
// sigs/karpenter terminator events), and the ReplicaSet creates a replacement.
import { describe, expect, it } from 'vitest';
import { setPodTemplate, viewK8s } from './k8sSide';
import { podEvents, watchPod } from './podWatch';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

describe('spot-interruption', () => {
  const run = runK8sAlone(k8sScenario({ replicas: 2, maxSurge: 1, maxUnavailable: 0, seed: 8 }));
  setPodTemplate(run.world, { image: 'nginx:1.28', revisionLabel: 'web:2', fault: 'spot-interruption' }, run.ctx);
  const watch = watchPod(run, 700);
  const events = podEvents(run, watch.name);

  it('puts each replica on a Spot node of its own', () => {
    run.runUntil(700);
    const nodes = viewK8s(run.world).pods.filter((p) => p.replicaSet === run.world.replicaSets[1].name).map((p) => p.node);
    expect(new Set(nodes).size).toBe(nodes.length);
    for (const node of nodes) expect(node).toMatch(/^ip-10-0-\d+-\d+\.ec2\.internal$/);
  });

  it('evicts the pod 3–10 min after it started, in Karpenter and kubelet wording', () => {
    const started = events.find((e) => e.reason === 'Started');
    const warned = events.find((e) => e.reason === 'SpotInterrupted');
    expect(warned).toMatchObject({ type: 'Warning', source: 'karpenter', message: 'Pod will be evicted from the node due to a spot interruption warning' });
    expect((warned?.time ?? 0) - (started?.time ?? 0)).toBeGreaterThanOrEqual(180);
    expect((warned?.time ?? 0) - (started?.time ?? 0)).toBeLessThanOrEqual(600);
    const after = events.filter((e) => e.time === warned?.time).map((e) => [e.type, e.reason, e.source, e.message]);
    expect(after).toEqual([
      ['Warning', 'SpotInterrupted', 'karpenter', 'Pod will be evicted from the node due to a spot interruption warning'],
      ['Normal', 'Evicted', 'karpenter', 'Evicted pod'],
      ['Normal', 'Killing', 'kubelet', 'Stopping container web'],
    ]);
    expect(watch.lines.at(-1)?.status).toBe('Terminating');
    expect(watch.lines.every((l) => l.restarts === 0)).toBe(true);
  });

  it('is replaced by its ReplicaSet, not restarted', () => {
    const warnedAt = events.find((e) => e.reason === 'SpotInterrupted')?.time ?? 0;
    const rs = run.world.replicaSets[1].name;
    const created = run.world.events.items.filter((e) => e.reason === 'SuccessfulCreate' && e.involvedObject.name === rs && e.time > warnedAt);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(created[0].time - warnedAt).toBeLessThanOrEqual(1);
  });
});
