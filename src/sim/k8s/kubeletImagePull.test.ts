// Pods whose image cannot be pulled: ErrImagePull, then ImagePullBackOff while the kubelet's pull
// back-off runs (10 s doubling to 300 s: kubelet.go imageBackOffPeriod / MaxImageBackOff), the
// pod Pending all along. Event wording from image_manager.go and kuberuntime_container.go
// (reference/k8s.md §4.3) and containerd's error text as kubectl describe transcripts show it.
import { describe, expect, it } from 'vitest';
import type { Fault } from '../types';
import { setPodTemplate, viewK8s } from './k8sSide';
import { podEvents, watchPod } from './podWatch';
import { k8sScenario, runK8sAlone } from './runK8sAlone';

const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2';

function deploy(fault: Fault) {
  const run = runK8sAlone(k8sScenario({ replicas: 1, maxSurge: 1, maxUnavailable: 0, seed: 5 }));
  setPodTemplate(run.world, { image: IMAGE, revisionLabel: 'web:2', fault }, run.ctx);
  return run;
}

describe('image-pull-error: the tag does not exist', () => {
  const run = deploy('image-pull-error');
  const watch = watchPod(run, 1500);
  const events = podEvents(run, watch.name);

  it('alternates ErrImagePull and ImagePullBackOff, Pending, never restarting', () => {
    const seen = watch.lines.map((l) => l.status);
    expect(seen.slice(0, 5)).toEqual(['Pending', 'ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull']);
    expect(watch.lines.every((l) => l.restarts === 0 && !l.ready)).toBe(true);
    const pod = viewK8s(run.world).pods.find((p) => p.name === watch.name);
    expect(pod).toMatchObject({ phase: 'Pending', restarts: 0, ready: false });
    expect(pod?.containers[0]).toMatchObject({ started: false, restartCount: 0, lastState: null });
  });

  it('retries the pull 10, 20, 40, 80, 160, 300, 300 s after each failure', () => {
    const failures = events.filter((e) => e.message === 'Error: ErrImagePull').map((e) => e.time);
    const pulls = events.filter((e) => e.reason === 'Pulling').map((e) => e.time);
    const gaps = failures.slice(0, 7).map((t, i) => Math.round((pulls[i + 1] - t) * 10) / 10);
    expect(gaps).toEqual([10, 20, 40, 80, 160, 300, 300]);
  });

  it('words the failure as the kubelet and containerd do', () => {
    const ref = IMAGE;
    expect(events.slice(0, 7).map((e) => [e.type, e.reason, e.message])).toEqual([
      ['Normal', 'Scheduled', `Successfully assigned default/${watch.name} to ip-10-0-1-23.ec2.internal`],
      ['Normal', 'Pulling', `Pulling image "${IMAGE}"`],
      [
        'Warning',
        'Failed',
        `Failed to pull image "${IMAGE}": rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`,
      ],
      ['Warning', 'Failed', 'Error: ErrImagePull'],
      ['Normal', 'BackOff', `Back-off pulling image "${IMAGE}"`],
      ['Warning', 'Failed', 'Error: ImagePullBackOff'],
      ['Normal', 'Pulling', `Pulling image "${IMAGE}"`],
    ]);
    const waiting = watch.containers.map((c) => ('waiting' in c.state ? c.state.waiting : null));
    expect(waiting).toContainEqual({ reason: 'ImagePullBackOff', message: `Back-off pulling image "${IMAGE}"` });
    expect(waiting.find((w) => w?.reason === 'ErrImagePull')?.message).toMatch(/^rpc error: code = NotFound/);
  });

  it('resolves short Docker Hub names the way containerd does', () => {
    const hub = runK8sAlone(k8sScenario({ replicas: 1 }));
    setPodTemplate(hub.world, { image: 'nginx:1.99', revisionLabel: 'web:2', fault: 'image-pull-error' }, hub.ctx);
    const w = watchPod(hub, 30);
    expect(podEvents(hub, w.name).find((e) => e.message.startsWith('Failed to pull'))?.message).toBe(
      'Failed to pull image "nginx:1.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99": failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found',
    );
  });
});

describe('missing-execution-role-permission: ECR refuses the node role', () => {
  it('fails the pull with a 403 from the registry, then backs off', () => {
    const run = deploy('missing-execution-role-permission');
    const watch = watchPod(run, 60);
    const failed = podEvents(run, watch.name).find((e) => e.message.startsWith('Failed to pull image'));
    expect(failed?.message).toBe(
      `Failed to pull image "${IMAGE}": rpc error: code = Unknown desc = failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": ` +
        `unexpected status from HEAD request to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/web/manifests/v2: 403 Forbidden`,
    );
    expect(watch.lines.map((l) => l.status).slice(0, 6)).toEqual(['Pending', 'ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff']);
  });
});

describe('a scenario that starts with an unpullable image', () => {
  it('never rolled out: the Deployment starts from nothing and its pods back off', () => {
    const scenario = k8sScenario({ replicas: 2 });
    scenario.taskDefinition.containerDefinitions[0].simulate = { fault: 'image-pull-error' };
    const run = runK8sAlone(scenario);
    expect(run.world.replicaSets).toHaveLength(0);
    run.runUntil(30);
    const view = viewK8s(run.world);
    expect(view.pods.map((p) => p.status).every((s) => s === 'ErrImagePull' || s === 'ImagePullBackOff')).toBe(true);
    expect(view.deployment.availableReplicas).toBe(0);
  });
});
