import { describe, expect, it } from 'vitest';
import { replicaSet, snapshotFixture } from '../shared/snapshotFixture';
import { conceptRows, liveRows, type TranslationRow } from './translationRows';

const row = (rows: TranslationRow[], id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('conceptRows', () => {
  it('has the article’s nine pairs, in its order, with ECS and Kubernetes terms', () => {
    const rows = conceptRows('en');
    expect(rows.map((r) => [r.k8s, r.ecs])).toEqual([
      ['Deployment / ReplicaSet', 'Service (its deployments)'],
      ['Pod', 'Task'],
      ['PodSpec (pod template)', 'TaskDefinition'],
      ['kube-scheduler', 'ECS placement (capacity provider, strategy, constraints)'],
      ['kubelet', 'ECS agent (EC2) / not visible (Fargate)'],
      ['kubectl describe / events', 'service events / stoppedReason'],
      ['Service (ClusterIP / LoadBalancer)', 'target group + awsvpc'],
      ['ServiceAccount + IRSA', 'task role + execution role'],
      ['maxSurge / maxUnavailable', 'maximumPercent / minimumHealthyPercent'],
    ]);
  });

  it('has a Japanese note for every row, and keeps the API names', () => {
    const en = conceptRows('en');
    const ja = conceptRows('ja');
    expect(ja.map((r) => r.id)).toEqual(en.map((r) => r.id));
    ja.forEach((r, i) => {
      expect(r.note).not.toBe(en[i].note);
      expect(r.note).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    });
    expect(row(ja, 'deploymentconfiguration-strategy').k8s).toBe('maxSurge / maxUnavailable');
  });
});

describe('liveRows', () => {
  it('is empty before the first frame', () => {
    expect(liveRows(null, 'en')).toEqual([]);
  });

  it('desired 4 at 50/200, translated: at most 8 and at least 2 on both sides, nothing flagged', () => {
    const snapshot = snapshotFixture({ desiredCount: 4, minimumHealthyPercent: 50, maximumPercent: 200, maxSurge: '100%', maxUnavailable: '50%' });
    const rows = liveRows(snapshot, 'en');
    expect(row(rows, 'desiredCount-replicas')).toMatchObject({ ecs: 'desiredCount 4', k8s: 'replicas 4', flag: null });
    // ECS floor(4 × 200 / 100) = 8; Kubernetes maxSurge ceil(4 × 100 / 100) = 4 → 4 + 4 = 8.
    expect(row(rows, 'maximumPercent-maxSurge')).toMatchObject({ ecs: 'maximumPercent 200 → at most 8', k8s: 'maxSurge 100% → 4 (at most 8)', flag: null });
    // ECS ceil(4 × 50 / 100) = 2; Kubernetes maxUnavailable floor(4 × 50 / 100) = 2 → 4 − 2 = 2.
    expect(row(rows, 'minimumHealthyPercent-maxUnavailable')).toMatchObject({
      ecs: 'minimumHealthyPercent 50 → at least 2',
      k8s: 'maxUnavailable 50% → 2 (at least 2)',
      flag: null,
    });
  });

  it('desired 3 at 100/150: ECS allows 4 tasks, Kubernetes 5 pods, and says why', () => {
    const snapshot = snapshotFixture({ desiredCount: 3, minimumHealthyPercent: 100, maximumPercent: 150, maxSurge: '50%', maxUnavailable: '0%' });
    const rows = liveRows(snapshot, 'en');
    const upper = row(rows, 'maximumPercent-maxSurge');
    // floor(4.5) = 4 against 3 + ceil(1.5) = 5.
    expect(upper.ecs).toBe('maximumPercent 150 → at most 4');
    expect(upper.k8s).toBe('maxSurge 50% → 2 (at most 5)');
    expect(upper.flag?.label).toBe('Rounding differs');
    expect(upper.flag?.lines).toEqual(['ECS: floor(3 × 150 / 100) = 4', 'Kubernetes: 3 + ceil(3 × 50 / 100) = 5']);
    // ceil(3) = 3 and 3 − floor(0) = 3 agree.
    expect(row(rows, 'minimumHealthyPercent-maxUnavailable').flag).toBeNull();
  });

  it('flags the lower limit when 0/0 makes Kubernetes allow one unavailable pod', () => {
    // desired 4 at 95/100: ECS ceil(3.8) = 4. Kubernetes 0% / 5%: surge 0, unavailable floor(0.2) = 0,
    // and ResolveFenceposts turns 0/0 into maxUnavailable 1 → at least 3.
    const snapshot = snapshotFixture({ desiredCount: 4, minimumHealthyPercent: 95, maximumPercent: 100, maxSurge: '0%', maxUnavailable: '5%' });
    const lower = row(liveRows(snapshot, 'en'), 'minimumHealthyPercent-maxUnavailable');
    expect(lower.k8s).toBe('maxUnavailable 5% → 1 (at least 3)');
    expect(lower.flag?.lines).toEqual([
      'ECS: ceil(4 × 95 / 100) = 4',
      'Kubernetes: 4 − 1 = 3',
      'maxSurge and maxUnavailable both resolve to 0, so Kubernetes uses maxUnavailable 1.',
    ]);
  });

  it('calls it a settings difference when Kubernetes was not given the translated values', () => {
    // ECS 50/200 with 4 → at most 8; Kubernetes left at its 25% default → 4 + ceil(1) = 5.
    const snapshot = snapshotFixture({ desiredCount: 4, minimumHealthyPercent: 50, maximumPercent: 200, maxSurge: '25%', maxUnavailable: '25%' });
    const rows = liveRows(snapshot, 'en');
    expect(row(rows, 'maximumPercent-maxSurge').flag?.label).toBe('Settings differ');
    // ECS ceil(2) = 2 against 4 − floor(1) = 3.
    expect(row(rows, 'minimumHealthyPercent-maxUnavailable').flag?.lines).toEqual(['ECS: ceil(4 × 50 / 100) = 2', 'Kubernetes: 4 − floor(4 × 25 / 100) = 3']);
  });

  it('shows absolute Kubernetes values as they are, capping maxUnavailable at replicas', () => {
    const snapshot = snapshotFixture({ desiredCount: 2, minimumHealthyPercent: 0, maximumPercent: 150, maxSurge: 1, maxUnavailable: 5 });
    const rows = liveRows(snapshot, 'en');
    expect(row(rows, 'maximumPercent-maxSurge').k8s).toBe('maxSurge 1 → 1 (at most 3)');
    expect(row(rows, 'minimumHealthyPercent-maxUnavailable').k8s).toBe('maxUnavailable 5 → 2 (at least 0)');
    expect(row(rows, 'minimumHealthyPercent-maxUnavailable').flag).toBeNull();
  });

  it('names the current task definition and the newest pod template hash', () => {
    const snapshot = snapshotFixture({
      desiredCount: 4,
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      maxSurge: '100%',
      maxUnavailable: '50%',
      replicaSets: [replicaSet('7f6b9c2d8b', 1), replicaSet('5d9c7b8f4d', 2)],
    });
    expect(row(liveRows(snapshot, 'en'), 'taskdefinition-podtemplatehash')).toMatchObject({ ecs: 'taskDefinition web:2', k8s: 'pod-template-hash 5d9c7b8f4d' });
  });

  it('speaks Japanese around the field names', () => {
    const snapshot = snapshotFixture({ desiredCount: 3, minimumHealthyPercent: 100, maximumPercent: 150, maxSurge: '50%', maxUnavailable: '0%' });
    const upper = row(liveRows(snapshot, 'ja'), 'maximumPercent-maxSurge');
    expect(upper.ecs).toBe('maximumPercent 150 → 最大 4');
    expect(upper.flag?.label).toBe('丸めが異なる');
  });

  it('sets the circuit breaker beside progressDeadlineSeconds and the Progressing condition', () => {
    const snapshot = snapshotFixture({ desiredCount: 4, minimumHealthyPercent: 100, maximumPercent: 200, maxSurge: '100%', maxUnavailable: '0%' });
    expect(row(liveRows(snapshot, 'en'), 'circuitBreaker-progressDeadlineSeconds')).toMatchObject({
      ecs: 'deploymentCircuitBreaker off',
      k8s: 'progressDeadlineSeconds 600',
    });

    snapshot.ecs.service.deploymentConfiguration.deploymentCircuitBreaker = { ...snapshot.ecs.service.deploymentConfiguration.deploymentCircuitBreaker, enable: true, rollback: true };
    snapshot.ecs.circuitBreaker = { status: 'TRIGGERED', failureCount: 3, threshold: 3 };
    snapshot.k8s.deployment.conditions = [
      { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-5d9c7b8f6" has timed out progressing.', lastUpdateTime: 0, lastTransitionTime: 0 },
    ];
    expect(row(liveRows(snapshot, 'en'), 'circuitBreaker-progressDeadlineSeconds')).toMatchObject({
      ecs: 'deploymentCircuitBreaker on, rollback · failedTasks 3 / 3 · TRIGGERED',
      k8s: 'progressDeadlineSeconds 600 · Progressing=False ProgressDeadlineExceeded',
    });
    expect(row(liveRows(snapshot, 'ja'), 'circuitBreaker-progressDeadlineSeconds').ecs).toBe('deploymentCircuitBreaker 有効（rollback） · failedTasks 3 / 3 · TRIGGERED');
  });
});
