// The two rollout limits computed both ways, with the arithmetic spelled out, so the table can
// show where the translation ECS ↔ Kubernetes is not exact. ECS rounds the minimum up and the
// maximum down (deploymentBounds, reference/ecs.md §1.1); Kubernetes rounds maxSurge up and
// maxUnavailable down, and turns 0/0 into maxUnavailable 1 (resolveFenceposts, reference/k8s.md §1.2).

import { deploymentBounds, resolveFenceposts, type DeploymentConfiguration, type IntOrPercent } from '../../sim';

export interface KubernetesRollingUpdate {
  replicas: number;
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
}

export interface LimitCheck {
  /** Tasks (ECS total or minimum healthy). */
  ecs: number;
  /** Pods (replicas + surge, or replicas − unavailable). */
  k8s: number;
  /** The resolved maxSurge or maxUnavailable as a pod count. */
  k8sResolved: number;
  ecsFormula: string;
  k8sFormula: string;
  /** ResolveFenceposts turned a 0/0 pair into maxUnavailable 1. */
  fencepost: boolean;
}

export interface LimitChecks {
  upper: LimitCheck;
  lower: LimitCheck;
}

/** "25%" → 25; an int is not a percentage. */
const percentOf = (v: IntOrPercent) => (typeof v === 'string' ? Number.parseInt(v, 10) : null);

export function limitChecks(desiredCount: number, config: DeploymentConfiguration, k8s: KubernetesRollingUpdate): LimitChecks {
  const { minimumHealthyPercent: min, maximumPercent: max } = config;
  const ecs = deploymentBounds(desiredCount, min, max);
  const r = k8s.replicas;
  const resolved = resolveFenceposts(r, k8s.maxSurge, k8s.maxUnavailable);
  // MaxUnavailable(d) caps the resolved value at replicas (deployment_util.go, reference/k8s.md §1.2).
  const unavailable = Math.min(resolved.maxUnavailable, r);

  const surgePct = percentOf(k8s.maxSurge);
  const upperK8s = r + resolved.maxSurge;
  const surgeTerm = surgePct === null ? `${resolved.maxSurge}` : `ceil(${r} × ${surgePct} / 100)`;

  const unavailablePct = percentOf(k8s.maxUnavailable);
  const rawUnavailable = unavailablePct === null ? Number(k8s.maxUnavailable) : Math.floor((r * unavailablePct) / 100);
  const fencepost = resolved.maxSurge === 0 && rawUnavailable === 0 && resolved.maxUnavailable === 1;
  const lowerK8s = r - unavailable;
  let unavailableTerm = unavailablePct === null ? `${rawUnavailable}` : `floor(${r} × ${unavailablePct} / 100)`;
  if (fencepost) unavailableTerm = '1';
  else if (resolved.maxUnavailable > r) unavailableTerm = `min(${resolved.maxUnavailable}, ${r})`;

  return {
    upper: {
      ecs: ecs.maximum,
      k8s: upperK8s,
      k8sResolved: resolved.maxSurge,
      ecsFormula: `floor(${desiredCount} × ${max} / 100) = ${ecs.maximum}`,
      k8sFormula: `${r} + ${surgeTerm} = ${upperK8s}`,
      fencepost: false,
    },
    lower: {
      ecs: ecs.minimumHealthy,
      k8s: lowerK8s,
      k8sResolved: unavailable,
      ecsFormula: `ceil(${desiredCount} × ${min} / 100) = ${ecs.minimumHealthy}`,
      k8sFormula: `${r} − ${unavailableTerm} = ${lowerK8s}`,
      fencepost,
    },
  };
}
