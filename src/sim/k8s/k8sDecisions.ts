// One Decision per Deployment-controller pass: what it did (or why it waited), with the numbers
// and the rule that bound it, in plain English (DESIGN.md rule 3). The rules are the ones of
// rollingUpdate.ts and proportionalScaling.ts.

import type { Decision, DecisionAction } from '../types';
import type { ProportionalPlan } from './proportionalScaling';
import type { ScaleChange, ScaleDownPlan, ScaleUpPlan } from './rollingUpdate';

export type K8sRule =
  | 'maxSurge'
  | 'maxUnavailable'
  | 'replicas'
  | 'minReadySeconds'
  | 'cleanupUnhealthyReplicas'
  | 'proportionalScaling'
  | 'saturated'
  | 'progressDeadlineSeconds';

/** What a rolling pass saw, besides the two plans. */
export interface RolloutFacts {
  now: number;
  replicas: number;
  maxSurge: number;
  maxUnavailable: number;
  minReadySeconds: number;
  newRS: string;
  created: boolean;
  /** spec.replicas of the new RS and of all old RSs, before this pass. */
  updated: number;
  oldReplicas: number;
  available: number;
  /** Ready pods still inside minReadySeconds. */
  readyNotAvailable: number;
  complete: boolean;
}

const delta = (changes: readonly ScaleChange[]) => changes.reduce((sum, c) => sum + Math.abs(c.to - c.from), 0);
const listed = (changes: readonly ScaleChange[]) => changes.map((c) => `${c.name} ${c.from} → ${c.to}`).join(', ');

function decision(now: number, action: DecisionAction, count: number, rule: K8sRule, observed: Record<string, number>, summary: string): Decision {
  return { side: 'k8s', time: now, action, count, rule, observed, summary };
}

function scaleDownClause(down: ScaleDownPlan): string {
  const head = `scaled down ${listed(down.changes)}`;
  if (down.scaledDown === 0) {
    return `${head}, unhealthy replicas first: ${down.allPodsCount} pods − minAvailable ${down.minAvailable} − ${down.newRSUnavailablePodCount} unavailable new = ${down.maxScaledDown} may go`;
  }
  return `${head}: available ${down.availablePodCount} − minAvailable ${down.minAvailable} = ${down.availablePodCount - down.minAvailable} may go`;
}

function waitClauses(f: RolloutFacts, up: ScaleUpPlan, down: ScaleDownPlan): string[] {
  const clauses: string[] = [];
  if (f.updated < f.replicas) clauses.push(`${up.currentPodCount} pods = replicas ${f.replicas} + maxSurge ${f.maxSurge}`);
  if (f.oldReplicas > 0 && down.maxScaledDown <= 0) {
    clauses.push(
      `${down.allPodsCount} pods − minAvailable ${down.minAvailable} − ${down.newRSUnavailablePodCount} new pods not yet available leaves 0 to scale down`,
    );
  } else if (f.oldReplicas > 0) {
    clauses.push(`available ${down.availablePodCount} − minAvailable ${down.minAvailable} leaves 0 to scale down`);
  }
  if (f.readyNotAvailable > 0 && f.minReadySeconds > 0) {
    clauses.push(`${f.readyNotAvailable} ready pods count as available after minReadySeconds ${f.minReadySeconds}`);
  }
  if (f.oldReplicas === 0) clauses.push(`${f.newRS} has ${f.available} of ${f.replicas} pods available`);
  return clauses;
}

/** The decision of a rolloutRolling pass (reference/k8s.md §1.4–1.6). */
export function rolloutDecision(f: RolloutFacts, up: ScaleUpPlan, down: ScaleDownPlan): Decision {
  const observed = {
    replicas: f.replicas,
    updated: f.updated,
    total: up.currentPodCount,
    available: f.available,
    maxSurge: f.maxSurge,
    maxUnavailable: f.maxUnavailable,
    minAvailable: down.minAvailable,
    maxTotal: up.maxTotalPods,
    minReadySeconds: f.minReadySeconds,
  };
  if (up.change && up.change.to < up.change.from) {
    const summary = `scaled down ${f.newRS} by ${delta([up.change])} (${up.change.from} → ${up.change.to}): above replicas ${f.replicas}`;
    return decision(f.now, 'scaleDown', delta([up.change]), 'replicas', observed, summary);
  }
  if (up.change) {
    const after = up.currentPodCount + delta([up.change]);
    const bound = up.rule === 'maxSurge' ? `${after} pods ≤ replicas ${f.replicas} + maxSurge ${f.maxSurge}` : `the new replica set reaches replicas ${f.replicas}`;
    const head = f.created ? `created ${f.newRS} at ${up.change.to}` : `scaled up ${f.newRS} by ${delta([up.change])} (${up.change.from} → ${up.change.to})`;
    // Creating the new RS is not a scale-up in rolloutRolling, so old RSs may scale down in the same pass.
    const then = down.changes.length > 0 ? `; then ${scaleDownClause(down)}` : '';
    return decision(f.now, 'scaleUp', delta([up.change]), up.rule, observed, `${head}: ${bound}${then}`);
  }
  const created = f.created ? `created ${f.newRS} at 0; ` : '';
  if (down.changes.length > 0) {
    const rule = down.scaledDown === 0 ? 'cleanupUnhealthyReplicas' : 'maxUnavailable';
    return decision(f.now, 'scaleDown', delta(down.changes), rule, observed, created + scaleDownClause(down));
  }
  if (f.complete) {
    return decision(f.now, 'steady', 0, 'replicas', observed, `steady: ${f.newRS} has ${f.available} of ${f.replicas} pods available`);
  }
  const rule: K8sRule =
    f.readyNotAvailable > 0 && f.minReadySeconds > 0 ? 'minReadySeconds' : f.oldReplicas > 0 ? 'maxUnavailable' : 'replicas';
  return decision(f.now, 'wait', 0, rule, observed, `${created}waiting: ${waitClauses(f, up, down).join('; ')}`);
}

/** The decision of a scaling pass (`sync` → `scale()`, reference/k8s.md §1.10). */
export function scalingDecision(now: number, replicas: number, maxSurge: number, plan: ProportionalPlan): Decision {
  const observed = { replicas, maxSurge, allowedSize: plan.allowedSize, toAdd: plan.toAdd };
  const count = delta(plan.changes);
  const action = plan.changes.some((c) => c.to > c.from) ? 'scaleUp' : count > 0 ? 'scaleDown' : 'steady';
  const summaries: Record<ProportionalPlan['rule'], string> = {
    replicas: `scaled ${listed(plan.changes)}: the only active replica set takes replicas ${replicas}`,
    saturated: `scaled down ${listed(plan.changes)}: the new replica set has all ${replicas} replicas available`,
    proportionalScaling: `scaled proportionally to replicas ${replicas} + maxSurge ${maxSurge} = ${plan.allowedSize}: ${listed(plan.changes)}`,
  };
  const summary = count > 0 ? summaries[plan.rule] : `replicas ${replicas}: the replica sets already add up; annotations updated`;
  return decision(now, action, count, plan.rule, observed, summary);
}

/**
 * The pass that finds no progress for progressDeadlineSeconds: the Deployment reports
 * ProgressDeadlineExceeded and does nothing else ("Kubernetes takes no action on a stalled
 * Deployment other than to report a status condition", reference/k8s.md §1.8).
 */
export function timedOutDecision(now: number, newRS: string, progressDeadlineSeconds: number, lastProgress: number): Decision {
  const observed = { progressDeadlineSeconds, secondsWithoutProgress: now - lastProgress };
  const summary = `no progress by ${newRS} for ${now - lastProgress} s > progressDeadlineSeconds ${progressDeadlineSeconds}: Progressing=False ProgressDeadlineExceeded; no rollback (kubectl rollout undo is up to you)`;
  return decision(now, 'fail', 0, 'progressDeadlineSeconds', observed, summary);
}

/** Two decisions with the same key say the same thing; only the first is recorded. */
export const decisionKey = (d: Decision) => `${d.action}|${d.rule}|${d.summary}`;
