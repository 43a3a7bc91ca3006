// Reading a run for the lessons about failures: which ECS deployments ran a revision that
// simulates a given fault, how they ended, and how their tasks stopped. A revision's fault is
// read from the task definition itself (`simulate.fault` on its containers), so a revision
// deployed from the regular controls counts as much as one deployed by a lesson's shortcut.

import type { DeploymentRecordStat, Fault, ScenarioInput, Snapshot, StopCode, TaskDefinitionView } from '../../sim';
import type { Locale } from '../../store/appStore';
import type { Answers, LessonCommand, Question } from '../defineLesson';

/**
 * The service both failure lessons break: 4 tasks at 100 / 200 with the circuit breaker and
 * rollback on, so each broken deployment ends (and rolls back) before the next, and a container
 * health check from the start, so a broken revision looks like the working one apart from its fault.
 */
export function breakableService(seed: number): ScenarioInput {
  return {
    seed,
    service: {
      serviceName: 'web',
      desiredCount: 4,
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200, deploymentCircuitBreaker: { enable: true, rollback: true } },
    },
    taskDefinition: {
      containerDefinitions: [
        { name: 'web', image: 'public.ecr.aws/isomorph/web:v1', healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'] } },
      ],
    },
  };
}

/** The faults a revision's containers simulate; `healthy` (or none) is no fault. */
export function revisionFaults(definition: TaskDefinitionView): Fault[] {
  return definition.containerDefinitions.flatMap((c) => (c.simulate !== undefined && c.simulate.fault !== 'healthy' ? [c.simulate.fault] : []));
}

/** Whether the revision simulates `fault`; for `healthy`, whether it simulates none at all. */
export function revisionHas(definition: TaskDefinitionView, fault: Fault): boolean {
  const faults = revisionFaults(definition);
  return fault === 'healthy' ? faults.length === 0 : faults.includes(fault);
}

/** The run's ECS deployments of revisions that simulate `fault`, oldest first. */
export function deploymentsWithFault(s: Snapshot, fault: Fault): DeploymentRecordStat[] {
  const arns = new Set(s.ecs.taskDefinitions.filter((d) => revisionHas(d, fault)).map((d) => d.taskDefinitionArn));
  return s.stats.deployments.filter((d) => arns.has(d.taskDefinitionArn));
}

/** The revision number of a task definition the run registered (0 if unknown). */
export function revisionNumber(s: Snapshot, taskDefinitionArn: string): number {
  return s.ecs.taskDefinitions.find((d) => d.taskDefinitionArn === taskDefinitionArn)?.revision ?? 0;
}

/** When ECS reached a verdict on the deployment: FAILED or COMPLETED; null while it has neither. */
export const verdictAt = (d: DeploymentRecordStat): number | null => d.failedAt ?? d.completedAt;

/**
 * When a task of the revision first stopped with `stopCode`, as describe-tasks still shows it
 * (ECS keeps stopped tasks visible for a while, reference/ecs.md §3), or null.
 */
export function firstStopWith(s: Snapshot, taskDefinitionArn: string, stopCode: StopCode): number | null {
  let first: number | null = null;
  for (const task of s.ecs.tasks) {
    if (task.taskDefinitionArn !== taskDefinitionArn || task.stopCode !== stopCode) continue;
    const at = task.stoppingAt ?? task.stoppedAt ?? task.createdAt;
    if (first === null || at < first) first = at;
  }
  return first;
}

/**
 * When the run first showed `fault` failing the way it should: a deployment of it marked FAILED,
 * or one of its tasks stopped with `stopCode`. Null if it has not (yet).
 */
export function failureSeenAt(s: Snapshot, fault: Fault, stopCode: StopCode): number | null {
  let first: number | null = null;
  for (const d of deploymentsWithFault(s, fault)) {
    for (const at of [d.failedAt, firstStopWith(s, d.taskDefinitionArn, stopCode)]) {
      if (at !== null && (first === null || at < first)) first = at;
    }
  }
  return first;
}

/** Whether the learner chose the right answer to `question`. */
export const answeredRight = (answers: Answers, question: Question) => answers[question.id] === question.answer;

/** The shortcut command that registers the next revision with `fault` and deploys it. */
export const deployWith = (fault: Fault): LessonCommand => ({ type: 'deployNewRevision', options: { fault } });

/** "A", "A and B", "A, B and C" in English; "A・B・C" in Japanese. */
export function listOf(items: readonly string[], locale: Locale): string {
  if (locale === 'ja') return items.join('・');
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
