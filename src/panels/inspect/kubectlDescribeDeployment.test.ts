import { describe, expect, it } from 'vitest';
import type { K8sEventView } from '../../sim';
import { replicaSet, snapshotFixture } from '../shared/snapshotFixture';
import { describeDeployment } from './kubectlDescribeDeployment';

const scaling = (id: string, time: number, message: string): K8sEventView => ({
  id,
  time,
  type: 'Normal',
  reason: 'ScalingReplicaSet',
  source: 'deployment-controller',
  message,
  involvedObject: { kind: 'Deployment', name: 'web' },
});

/** 100 % / 0 %: a new ReplicaSet whose pods never become available, past its progress deadline. */
function stalled() {
  const snapshot = snapshotFixture({
    desiredCount: 4,
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    maxSurge: '100%',
    maxUnavailable: '0%',
    replicaSets: [
      replicaSet('5bc6849b7f', 1, { replicas: 1, currentReplicas: 1, readyReplicas: 1, availableReplicas: 1 }),
      replicaSet('7f55b7cb9', 2, { replicas: 4, currentReplicas: 4, createdAt: 1 }),
      // An old ReplicaSet scaled to zero: kubectl lists old ReplicaSets only while they have replicas.
      replicaSet('0000000000', 0),
    ],
  });
  const deployment = {
    ...snapshot.k8s.deployment,
    updatedReplicas: 4,
    availableReplicas: 1,
    readyReplicas: 1,
    unavailableReplicas: 4,
    revision: 2,
    conditions: [
      { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.', lastUpdateTime: 1, lastTransitionTime: 1 },
      { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-7f55b7cb9" has timed out progressing.', lastUpdateTime: 601, lastTransitionTime: 601 },
    ] as const,
  };
  const events = [
    scaling('d2', 30, 'Scaled down replica set web-5bc6849b7f to 1 from 4'),
    // An event about another object is not the Deployment's.
    { ...scaling('r1', 2, 'Created pod: web-7f55b7cb9-549k9'), reason: 'SuccessfulCreate', involvedObject: { kind: 'ReplicaSet' as const, name: 'web-7f55b7cb9' } },
    scaling('d1', 1, 'Scaled up replica set web-7f55b7cb9 to 4'),
  ];
  return { snapshot, deployment: { ...deployment, conditions: [...deployment.conditions] }, events };
}

describe('describeDeployment', () => {
  it('prints a stalled rollout the way kubectl describe deployment does', () => {
    const { snapshot, deployment, events } = stalled();
    // Written from kubectl's describeDeployment / DescribePodTemplate layout and the Deployment
    // page's example output: the Conditions rows share a column with OldReplicaSets and
    // NewReplicaSet, and kubectl leaves a space after each condition type.
    const expected = [
      'Name:                   web',
      'Namespace:              default',
      'CreationTimestamp:      Fri, 27 Nov 2026 09:00:00 +0000',
      'Labels:                 app=web',
      'Annotations:            deployment.kubernetes.io/revision: 2',
      'Selector:               app=web',
      'Replicas:               4 desired | 4 updated | 5 total | 1 available | 4 unavailable',
      'StrategyType:           RollingUpdate',
      'MinReadySeconds:        0',
      'RollingUpdateStrategy:  0% max unavailable, 100% max surge',
      'Pod Template:',
      '  Labels:  app=web',
      '  Containers:',
      '   web:',
      '    Image:         public.ecr.aws/isomorph/web:2',
      '    Port:          80/TCP',
      '    Host Port:     0/TCP',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
      '  Tolerations:     <none>',
      'Conditions:',
      '  Type           Status  Reason',
      '  ----           ------  ------',
      '  Available      False   MinimumReplicasUnavailable',
      '  Progressing    False   ProgressDeadlineExceeded',
      'OldReplicaSets:  web-5bc6849b7f (1/1 replicas created)',
      'NewReplicaSet:   web-7f55b7cb9 (4/4 replicas created)',
      'Events:',
      '  Type    Reason             Age   From                   Message',
      '  ----    ------             ----  ----                   -------',
      '  Normal  ScalingReplicaSet  11m   deployment-controller  Scaled up replica set web-7f55b7cb9 to 4',
      '  Normal  ScalingReplicaSet  11m   deployment-controller  Scaled down replica set web-5bc6849b7f to 1 from 4',
    ].join('\n');
    const scenario = { ...snapshot.scenario, taskDefinition: { ...snapshot.scenario.taskDefinition, containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:1' }] } };
    expect(describeDeployment({ deployment, replicaSets: snapshot.k8s.replicaSets, events, scenario, now: 700 })).toBe(expected);
  });

  it('a finished rollout has no old ReplicaSets with replicas and, without events, Events <none> in the same column', () => {
    const { snapshot, deployment } = stalled();
    const done = snapshot.k8s.replicaSets.map((rs) => (rs.revision === 1 ? { ...rs, replicas: 0, currentReplicas: 0 } : rs));
    const text = describeDeployment({ deployment, replicaSets: done, events: [], scenario: snapshot.scenario, now: 700 });
    expect(text).toContain('OldReplicaSets:  <none>\nNewReplicaSet:   web-7f55b7cb9 (4/4 replicas created)\nEvents:          <none>');
  });
});
