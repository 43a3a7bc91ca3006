import { describe, expect, it } from 'vitest';
import { deletePod, k8sRolloutProgress, restartRollout, scaleDeployment, setPodTemplate, setStrategy, viewK8s } from './k8sSide';
import { REVISION_HISTORY_LIMIT } from './replicaSetRevisions';
import { k8sScenario, runK8sAlone, type K8sRun } from './runK8sAlone';

const NEW_IMAGE = { image: 'nginx:1.28', revisionLabel: 'web:2' };

/** Messages of one reason, oldest first. */
const messages = (run: K8sRun, reason: string) => run.world.events.items.filter((e) => e.reason === reason).map((e) => e.message);

const rsNames = (run: K8sRun) => run.world.replicaSets.map((rs) => rs.name);

describe('a steady start', () => {
  it('has one ReplicaSet at revision 1 with every pod Running, Ready and available at t = 0', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3, minReadySeconds: 10 }));
    const view = viewK8s(run.world);
    expect(view.replicaSets).toHaveLength(1);
    expect(view.replicaSets[0]).toMatchObject({ revision: 1, replicas: 3, currentReplicas: 3, readyReplicas: 3, availableReplicas: 3, image: 'nginx:1.27' });
    expect(view.replicaSets[0].name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{9,10}$/);
    expect(view.pods.map((p) => [p.phase, p.status, p.ready, p.available])).toEqual(Array(3).fill(['Running', 'Running', true, true]));
    expect(view.pods[0].name).toMatch(new RegExp(`^${view.replicaSets[0].name}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    expect(view.deployment).toMatchObject({ name: 'web', replicas: 3, availableReplicas: 3, rolloutStatus: 'deployment "web" successfully rolled out' });
    expect(view.deployment.strategy).toEqual({ maxSurge: '25%', maxUnavailable: '25%', resolvedMaxSurge: 1, resolvedMaxUnavailable: 0 });
    expect(view.deployment.conditions.map((c) => c.reason)).toEqual(['MinimumReplicasAvailable', 'NewReplicaSetAvailable']);
    expect(messages(run, 'ScalingReplicaSet')).toEqual([`Scaled up replica set ${view.replicaSets[0].name} to 3`]);
    expect(messages(run, 'SuccessfulCreate')).toHaveLength(3);
    expect(k8sRolloutProgress(run.world)).toEqual({ total: 3, available: 3, complete: true, podsIncludingTerminating: 3 });
    expect(run.runToIdle(100)).toBe(true);
    expect(run.decisions).toEqual([]);
  });
});

describe('a template change, 3 replicas at 25%/25%', () => {
  it('scales like the docs: new 1 → old 2 → new 2 → old 1 → new 3 → old 0', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3 }));
    const [oldRS] = rsNames(run);
    setPodTemplate(run.world, NEW_IMAGE, run.ctx);
    expect(viewK8s(run.world).deployment.rolloutStatus).toBe('Waiting for deployment spec update to be observed...');
    expect(run.runToIdle(300)).toBe(true);
    const newRS = rsNames(run)[1];
    expect(messages(run, 'ScalingReplicaSet').slice(1)).toEqual([
      `Scaled up replica set ${newRS} to 1`,
      `Scaled down replica set ${oldRS} to 2 from 3`,
      `Scaled up replica set ${newRS} to 2 from 1`,
      `Scaled down replica set ${oldRS} to 1 from 2`,
      `Scaled up replica set ${newRS} to 3 from 2`,
      `Scaled down replica set ${oldRS} to 0 from 1`,
    ]);
    const view = viewK8s(run.world);
    expect(view.replicaSets.map((rs) => [rs.revision, rs.replicas, rs.image])).toEqual([
      [1, 0, 'nginx:1.27'],
      [2, 3, 'nginx:1.28'],
    ]);
    expect(view.pods.every((p) => p.replicaSet === newRS && p.available)).toBe(true);
    expect(view.deployment.conditions.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
    expect(run.world.machine.value).toBe('complete');
  });

  it('records one decision per pass that acted, and never the same wait twice in a row', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3 }));
    setPodTemplate(run.world, NEW_IMAGE, run.ctx);
    run.runToIdle(300);
    expect(run.decisions[0]).toMatchObject({ side: 'k8s', action: 'scaleUp', count: 1, rule: 'maxSurge' });
    expect(run.decisions.at(-1)).toMatchObject({ action: 'steady', rule: 'replicas' });
    for (let i = 1; i < run.decisions.length; i++) expect(run.decisions[i].summary).not.toBe(run.decisions[i - 1].summary);
    expect(run.decisions.filter((d) => d.action === 'scaleUp')).toHaveLength(3);
    expect(run.decisions.filter((d) => d.action === 'scaleDown')).toHaveLength(3);
  });
});

describe('pods over time', () => {
  it('go Pending → ContainerCreating → Running with the kubelet events in order', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 1, start: 'empty' }));
    run.runUntil(1);
    expect(viewK8s(run.world).pods.map((p) => p.status)).toEqual(['Pending']);
    run.runUntil(2.1);
    expect(viewK8s(run.world).pods.map((p) => [p.phase, p.status])).toEqual([['Pending', 'ContainerCreating']]);
    run.runToIdle(100);
    const pod = viewK8s(run.world).pods[0];
    expect(pod).toMatchObject({ phase: 'Running', status: 'Running', ready: true, available: true });
    const chain = run.world.events.items.filter((e) => e.involvedObject.name === pod.name).map((e) => e.reason);
    expect(chain).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(messages(run, 'ScalingReplicaSet')).toEqual([`Scaled up replica set ${pod.replicaSet} to 1`]);
  });

  it('start from an empty Deployment: the first pass creates the ReplicaSet at full size', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 4, start: 'empty' }));
    expect(viewK8s(run.world).deployment.rolloutStatus).toBe('Waiting for deployment spec update to be observed...');
    run.runUntil(1);
    expect(viewK8s(run.world).deployment.rolloutStatus).toBe('Waiting for deployment "web" rollout to finish: 0 of 4 updated replicas are available...');
    expect(viewK8s(run.world).deployment.conditions.map((c) => c.reason)).toEqual(['MinimumReplicasUnavailable', 'NewReplicaSetCreated']);
    run.runToIdle(100);
    expect(k8sRolloutProgress(run.world)).toMatchObject({ available: 4, complete: true });
  });

  it('become available only after minReadySeconds, and the pass says so', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2, minReadySeconds: 15, start: 'empty' }));
    run.runUntil(22);
    const pods = viewK8s(run.world).pods;
    expect(pods.every((p) => p.ready && !p.available)).toBe(true);
    expect(run.decisions.at(-1)).toMatchObject({ action: 'wait', rule: 'minReadySeconds' });
    run.runToIdle(100);
    expect(viewK8s(run.world).pods.every((p) => p.available)).toBe(true);
  });
});

describe('kubectl-style changes', () => {
  it('delete pod: Terminating, then replaced; unknown names get kubectl wording', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3 }));
    expect(deletePod(run.world, 'web-nope-bbbbb', run.ctx)).toEqual({ ok: false, error: 'pods "web-nope-bbbbb" not found' });
    const victim = viewK8s(run.world).pods[1].name;
    expect(deletePod(run.world, victim, run.ctx)).toEqual({ ok: true, pod: victim });
    expect(viewK8s(run.world).pods.find((p) => p.name === victim)).toMatchObject({ status: 'Terminating', terminating: true, ready: false });
    expect(k8sRolloutProgress(run.world)).toMatchObject({ available: 2, podsIncludingTerminating: 3 });
    expect(messages(run, 'Killing')).toEqual(['Stopping container web']);
    run.runUntil(1);
    const live = viewK8s(run.world).pods.filter((p) => !p.terminating);
    expect(live).toHaveLength(3);
    expect(live.filter((p) => p.createdAt === 1)).toHaveLength(1);
    run.runToIdle(100);
    const names = viewK8s(run.world).pods.map((p) => p.name);
    expect(names).toHaveLength(3);
    expect(names).not.toContain(victim);
  });

  it('delete pod without a name picks the oldest Running pod of the newest ReplicaSet', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3 }));
    const oldest = run.world.replicaSets[0].pods.reduce((a, b) => (a.seq < b.seq ? a : b));
    expect(deletePod(run.world, undefined, run.ctx)).toEqual({ ok: true, pod: oldest.name });
  });

  it('a template equal to an old one reuses that ReplicaSet with a new revision (§1.9)', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2 }));
    const [first] = rsNames(run);
    setPodTemplate(run.world, NEW_IMAGE, run.ctx);
    run.runToIdle(300);
    setPodTemplate(run.world, { image: 'nginx:1.27', revisionLabel: 'web:1' }, run.ctx);
    run.runToIdle(600);
    expect(run.world.replicaSets.map((rs) => [rs.name, rs.revision, rs.replicas])).toEqual([
      [first, 3, 2],
      [rsNames(run)[1], 2, 0],
    ]);
  });

  it('rollout restart makes a new ReplicaSet with the same image', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2 }));
    run.runUntil(5);
    restartRollout(run.world, run.ctx);
    run.runToIdle(300);
    const view = viewK8s(run.world);
    expect(view.replicaSets.map((rs) => [rs.revision, rs.replicas, rs.image])).toEqual([
      [1, 0, 'nginx:1.27'],
      [2, 2, 'nginx:1.27'],
    ]);
    expect(view.replicaSets[1].podTemplateHash).not.toBe(view.replicaSets[0].podTemplateHash);
  });

  it('scaling mid-rollout is proportional: the docs 10 → 15 vector (old 8 → 11, new 5 → 7)', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 10, maxSurge: 3, maxUnavailable: 2 }));
    setPodTemplate(run.world, NEW_IMAGE, run.ctx);
    run.runUntil(2);
    expect(run.world.replicaSets.map((rs) => rs.replicas)).toEqual([8, 5]);
    scaleDeployment(run.world, 15, run.ctx);
    run.runUntil(3);
    expect(run.world.replicaSets.map((rs) => rs.replicas)).toEqual([11, 7]);
    expect(run.decisions.at(-1)).toMatchObject({ action: 'scaleUp', count: 5, rule: 'proportionalScaling' });
    run.runToIdle(600);
    expect(k8sRolloutProgress(run.world)).toMatchObject({ total: 15, available: 15, complete: true });
  });

  it('a plain scale of a finished rollout resizes the one ReplicaSet', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 3 }));
    scaleDeployment(run.world, 1, run.ctx);
    run.runUntil(1);
    expect(messages(run, 'ScalingReplicaSet').at(-1)).toBe(`Scaled down replica set ${rsNames(run)[0]} to 1 from 3`);
    expect(messages(run, 'SuccessfulDelete')).toHaveLength(2);
    expect(() => scaleDeployment(run.world, -1, run.ctx)).toThrow('must be greater than or equal to 0');
  });

  it('raising minReadySeconds makes recently ready pods unavailable again', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 2, start: 'empty' }));
    run.runToIdle(100);
    const readyAt = Math.max(...run.world.replicaSets[0].pods.map((p) => p.readySince ?? 0));
    setStrategy(run.world, { minReadySeconds: 30 }, run.ctx);
    expect(k8sRolloutProgress(run.world).available).toBeLessThan(2);
    run.runUntil(readyAt + 30);
    expect(k8sRolloutProgress(run.world)).toMatchObject({ available: 2, complete: true });
    expect(() => setStrategy(run.world, { maxSurge: 'abc%' }, run.ctx)).toThrow('invalid value for IntOrString: "abc%"');
  });

  it('keeps at most revisionHistoryLimit (10) old ReplicaSets', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 1 }));
    for (let i = 2; i <= 14; i++) {
      setPodTemplate(run.world, { image: `nginx:1.${i}`, revisionLabel: `web:${i}` }, run.ctx);
      run.runToIdle(run.now + 200);
    }
    expect(run.world.replicaSets).toHaveLength(REVISION_HISTORY_LIMIT + 1);
    expect(Math.max(...run.world.replicaSets.map((rs) => rs.revision))).toBe(14);
  });
});

describe('plain data', () => {
  it('survives structuredClone and carries on identically', () => {
    const a = runK8sAlone(k8sScenario({ replicas: 5, seed: 9 }));
    setPodTemplate(a.world, NEW_IMAGE, a.ctx);
    a.runUntil(20);
    const copy = structuredClone(a.world);
    expect(copy).toEqual(a.world);
    expect(viewK8s(copy)).toEqual(viewK8s(a.world));
  });

  it('lists pods by ReplicaSet then name, and events newest first', () => {
    const run = runK8sAlone(k8sScenario({ replicas: 6 }));
    setPodTemplate(run.world, NEW_IMAGE, run.ctx);
    run.runUntil(30);
    const view = viewK8s(run.world);
    const order = view.replicaSets.map((rs) => rs.name);
    const keys = view.pods.map((p) => `${order.indexOf(p.replicaSet)} ${p.name}`);
    expect(keys).toEqual([...keys].sort());
    expect(view.events.map((e) => e.time)).toEqual([...view.events.map((e) => e.time)].sort((x, y) => y - x));
  });
});
