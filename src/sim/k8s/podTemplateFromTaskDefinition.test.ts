import { describe, expect, it } from 'vitest';
import type { ContainerDefinition, LoadBalancer } from '../types';
import { podTemplateFromTaskDefinition, requestsFor } from './podTemplateFromTaskDefinition';

const check = { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 0 };
const lb: LoadBalancer = {
  targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef',
  containerName: 'web',
  containerPort: 8080,
  deregistrationDelaySeconds: 300,
  healthCheckIntervalSeconds: 15,
  healthyThresholdCount: 5,
  unhealthyThresholdCount: 2,
};
const td = (containerDefinitions: ContainerDefinition[], revision?: number) => ({ family: 'web', revision, containerDefinitions, cpu: '256', memory: '512' });

describe('the pod template of a task definition revision', () => {
  it('takes image, name, label and fault from the first essential container', () => {
    const template = podTemplateFromTaskDefinition(
      td(
        [
          { name: 'log-router', image: 'fluent-bit:3', essential: false },
          { name: 'web', image: 'web:v2', simulate: { fault: 'oom' } },
        ],
        2,
      ),
      null,
    );
    expect(template).toEqual({
      image: 'web:v2',
      revisionLabel: 'web:2',
      containerName: 'web',
      fault: 'oom',
      livenessProbe: null,
      readinessProbe: null,
      startupProbe: null,
      requests: { milliCpu: 250, memory: 512 },
    });
    expect(podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v1' }]), null).revisionLabel).toBe('web:1');
  });

  it('runs the ECS health check as exec liveness and readiness probes (CMD-SHELL → /bin/sh -c)', () => {
    const template = podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v2', healthCheck: check }]), null);
    const expected = {
      exec: { command: ['/bin/sh', '-c', 'curl -f http://localhost/health || exit 1'] },
      initialDelaySeconds: 0,
      periodSeconds: 30,
      timeoutSeconds: 5,
      successThreshold: 1,
      failureThreshold: 3,
    };
    expect(template.livenessProbe).toEqual(expected);
    expect(template.readinessProbe).toEqual(expected);
    expect(template.startupProbe).toBeNull();
  });

  it('passes CMD arguments straight through', () => {
    const template = podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v2', healthCheck: { ...check, command: ['CMD', '/bin/healthcheck', '--port', '80'] } }]), null);
    expect(template.livenessProbe).toMatchObject({ exec: { command: ['/bin/healthcheck', '--port', '80'] } });
  });

  it('turns startPeriod into a startup probe that covers it plus the retries ECS allows after it', () => {
    const template = podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v2', healthCheck: { ...check, interval: 10, startPeriod: 120 } }]), null);
    // 120 s / 10 s = 12 ignored failures, then 3 retries.
    expect(template.startupProbe).toMatchObject({ periodSeconds: 10, failureThreshold: 15, successThreshold: 1 });
    expect(template.livenessProbe).toMatchObject({ periodSeconds: 10, failureThreshold: 3 });
  });

  it('asks what the target group asks when only a load balancer checks the container', () => {
    const template = podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v2' }]), lb);
    expect(template.livenessProbe).toBeNull();
    expect(template.readinessProbe).toEqual({
      httpGet: { path: '/', port: 8080 },
      initialDelaySeconds: 0,
      periodSeconds: 15,
      timeoutSeconds: 5,
      successThreshold: 5,
      failureThreshold: 2,
    });
    expect(podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v2' }]), { ...lb, containerName: 'proxy' }).readinessProbe).toBeNull();
  });

  it('prefers the container health check for readiness when both exist', () => {
    const template = podTemplateFromTaskDefinition(td([{ name: 'web', image: 'web:v2', healthCheck: check }]), lb);
    expect(template.readinessProbe).toMatchObject({ exec: { command: ['/bin/sh', '-c', check.command[1]] } });
  });
});

describe('requests from the task size', () => {
  it('turns CPU units into millicores (1024 = 1000m) and MiB into Mi', () => {
    expect(requestsFor('256', '512')).toEqual({ milliCpu: 250, memory: 512 });
    expect(requestsFor('1024', '2048')).toEqual({ milliCpu: 1000, memory: 2048 });
    expect(requestsFor('4096', '8192')).toEqual({ milliCpu: 4000, memory: 8192 });
  });
});
