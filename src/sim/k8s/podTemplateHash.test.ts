import { describe, expect, it } from 'vitest';
import { createRandomState } from '../clock/random';
import { podTemplateHash, randomPodSuffix, sameTemplate, type PodTemplate } from './podTemplateHash';
import { schedulingFromPlacement } from './schedulingFromPlacement';


const template: PodTemplate = {
  image: 'nginx:1.27',
  revisionLabel: 'web:1',
  restartedAt: null,
  containerName: 'web',
  fault: 'healthy',
  livenessProbe: null,
  readinessProbe: null,
  startupProbe: null,
  requests: { milliCpu: 250, memory: 512 },
  scheduling: schedulingFromPlacement([], []),
};
const probe = { exec: { command: ['/bin/sh', '-c', 'curl -f http://localhost/health || exit 1'] }, initialDelaySeconds: 0, periodSeconds: 30, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 3 };

describe('pod-template-hash and pod names (ComputeHash, SafeEncodeString)', () => {
  it('is stable for a template and uses only the safe alphabet', () => {
    const hash = podTemplateHash(template, 0);
    expect(hash).toBe(podTemplateHash({ ...template }, 0));
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
  });

  it('changes with the image, the label, a restart and the collision count', () => {
    const hashes = new Set([
      podTemplateHash(template, 0),
      podTemplateHash({ ...template, image: 'nginx:1.28' }, 0),
      podTemplateHash({ ...template, revisionLabel: 'web:2' }, 0),
      podTemplateHash({ ...template, restartedAt: 30 }, 0),
      podTemplateHash(template, 1),
    ]);
    expect(hashes.size).toBe(5);
  });

  it('changes with the fault and with the probes, so such a revision is a new ReplicaSet', () => {
    const hashes = new Set([
      podTemplateHash(template, 0),
      podTemplateHash({ ...template, fault: 'oom' }, 0),
      podTemplateHash({ ...template, livenessProbe: probe }, 0),
      podTemplateHash({ ...template, readinessProbe: probe }, 0),
      podTemplateHash({ ...template, readinessProbe: { ...probe, periodSeconds: 10 } }, 0),
    ]);
    expect(hashes.size).toBe(5);
    expect(sameTemplate(template, { ...template, fault: 'oom' })).toBe(false);
    expect(sameTemplate({ ...template, livenessProbe: probe }, { ...template, livenessProbe: { ...probe, exec: { command: [...probe.exec.command] } } })).toBe(true);
    expect(sameTemplate({ ...template, livenessProbe: probe }, { ...template, livenessProbe: { ...probe, failureThreshold: 4 } })).toBe(false);
  });

  it('compares templates field by field', () => {
    expect(sameTemplate(template, { ...template })).toBe(true);
    expect(sameTemplate(template, { ...template, restartedAt: 5 })).toBe(false);
  });

  it('tells templates apart by requests and scheduling, which the hash leaves to collisionCount', () => {
    const bigger = { ...template, requests: { milliCpu: 500, memory: 1024 } };
    const spread = { ...template, scheduling: schedulingFromPlacement([{ type: 'distinctInstance' }], []) };
    expect(sameTemplate(template, bigger)).toBe(false);
    expect(sameTemplate(template, spread)).toBe(false);
    expect(sameTemplate(template, { ...template, scheduling: schedulingFromPlacement([], []) })).toBe(true);
    expect(podTemplateHash(bigger, 0)).toBe(podTemplateHash(template, 0));
  });

  it('draws 5-character pod suffixes from the seeded stream', () => {
    const a = createRandomState(3, 1);
    const b = createRandomState(3, 1);
    const suffix = randomPodSuffix(a);
    expect(suffix).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(randomPodSuffix(b)).toBe(suffix);
  });
});
