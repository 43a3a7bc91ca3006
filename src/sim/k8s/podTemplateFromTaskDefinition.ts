// The Kubernetes twin's pod template, translated from an ECS task definition revision: the first
// essential container's image, name and behaviour (its simulated fault), and probes for its
// health checks. This is the twin's translation, not an AWS or Kubernetes rule (inferred).
//
// The task size becomes the container's requests (1,024 CPU units = 1 vCPU = 1000m; MiB → Mi).
// What the twin leaves out: every other container (sidecars, non-essential ones), ports, env and
// secrets, command/entryPoint, limits, logConfiguration, stopTimeout
// (terminationGracePeriodSeconds), dependsOn. The pods run as the node's IAM role (no IRSA).

import type { ContainerDefinition, ContainerHealthCheck, LoadBalancer } from '../types';
import type { PodRequests, PodTemplate } from './podTemplateHash';
import type { Probe } from './probes';

/** The task definition fields the translation reads (a Scenario's or a registered revision's). */
export interface TaskDefinitionLike {
  family: string;
  /** Absent for the scenario's own definition, which is revision 1. */
  revision?: number;
  containerDefinitions: readonly ContainerDefinition[];
  /** Task-level CPU units and memory (MiB), as the task definition writes them. */
  cpu: string;
  memory: string;
}

/**
 * Requests for the task size: "1024 CPU units … 1 vCPU" (task definition parameters) and
 * Kubernetes' "1 CPU unit is equivalent to 1 … virtual core", 1000m; rounded up so the pod never
 * asks for less than the task (inferred). Memory MiB is the same unit as Mi.
 * @example requestsFor('256', '512') // → { milliCpu: 250, memory: 512 }
 */
export function requestsFor(cpu: string, memory: string): PodRequests {
  return { milliCpu: Math.ceil((Number(cpu) * 1000) / 1024), memory: Number(memory) };
}

/** ELB defaults for an HTTP target group's check: path "/" and a 5 s timeout (ELB User Guide, target-group-health-checks; inferred for this use). */
const TARGET_GROUP_PATH = '/';
const TARGET_GROUP_TIMEOUT_SECONDS = 5;

/**
 * ECS `CMD-SHELL, cmd` runs the command with the container's default shell, `CMD, args…` runs it
 * directly (task definition parameters, healthCheck.command); exec probes have no shell of their own.
 */
function execCommand(command: readonly string[]): string[] {
  if (command[0] === 'CMD-SHELL') return ['/bin/sh', '-c', command.slice(1).join(' ')];
  if (command[0] === 'CMD') return command.slice(1);
  return [...command];
}

/**
 * An ECS container health check as probes: liveness and readiness both run it every `interval`
 * with `timeout` and fail after `retries` misses (ECS marks the container UNHEALTHY and replaces
 * the task; Kubernetes restarts the container and drops the pod from its Service's endpoints).
 *
 * startPeriod becomes a startupProbe, not initialDelaySeconds: ECS counts a check that passes
 * inside startPeriod as healthy at once and only ignores failures there ("If a health check
 * succeeds within the startPeriod, then the container is considered healthy", reference/ecs.md
 * §1.7), which is what a startupProbe does ("liveness and readiness probes do not start until it
 * succeeds"), while initialDelaySeconds would hold back even a healthy app's first probe
 * (Configure Liveness, Readiness and Startup Probes, kubernetes/website@00404e61). Its
 * failureThreshold covers startPeriod plus the retries ECS allows after it (inferred).
 */
function probesFor(check: ContainerHealthCheck): Pick<PodTemplate, 'livenessProbe' | 'readinessProbe' | 'startupProbe'> {
  const base = {
    exec: { command: execCommand(check.command) },
    initialDelaySeconds: 0,
    periodSeconds: check.interval,
    timeoutSeconds: check.timeout,
    successThreshold: 1,
    failureThreshold: check.retries,
  };
  const startupProbe: Probe | null =
    check.startPeriod > 0 ? { ...base, exec: { command: [...base.exec.command] }, failureThreshold: Math.ceil(check.startPeriod / check.interval) + check.retries } : null;
  return { livenessProbe: base, readinessProbe: { ...base, exec: { command: [...base.exec.command] } }, startupProbe };
}

/**
 * A target group gates traffic the way a readiness probe gates Service endpoints: the twin asks
 * what the target group asks, as often, and as many times in a row (inferred translation; on EKS
 * the AWS Load Balancer Controller's pod readiness gate is the closer match, not modelled).
 */
function readinessForTargetGroup(lb: LoadBalancer): Probe {
  return {
    httpGet: { path: TARGET_GROUP_PATH, port: lb.containerPort },
    initialDelaySeconds: 0,
    periodSeconds: lb.healthCheckIntervalSeconds,
    timeoutSeconds: TARGET_GROUP_TIMEOUT_SECONDS,
    successThreshold: lb.healthyThresholdCount,
    failureThreshold: lb.unhealthyThresholdCount,
  };
}

/**
 * The pod template for a task definition revision: its first essential container (ECS: "All tasks
 * must have at least one essential container", reference/ecs.md §5.2), `family:revision` as label.
 *
 * @example
 * podTemplateFromTaskDefinition({ family: 'web', revision: 2, containerDefinitions: [{ name: 'web', image: 'web:v2' }], cpu: '256', memory: '512' }, null);
 * // → { image: 'web:v2', revisionLabel: 'web:2', containerName: 'web', fault: 'healthy', livenessProbe: null, …, requests: { milliCpu: 250, memory: 512 } }
 */
export function podTemplateFromTaskDefinition(td: TaskDefinitionLike, loadBalancer: LoadBalancer | null): Omit<PodTemplate, 'restartedAt' | 'scheduling'> {
  const container = td.containerDefinitions.find((c) => c.essential !== false) ?? td.containerDefinitions[0];
  const probes = container.healthCheck
    ? probesFor(container.healthCheck)
    : {
        livenessProbe: null,
        readinessProbe: loadBalancer !== null && loadBalancer.containerName === container.name ? readinessForTargetGroup(loadBalancer) : null,
        startupProbe: null,
      };
  return {
    image: container.image,
    revisionLabel: `${td.family}:${td.revision ?? 1}`,
    containerName: container.name,
    fault: container.simulate?.fault ?? 'healthy',
    ...probes,
    requests: requestsFor(td.cpu, td.memory),
  };
}
