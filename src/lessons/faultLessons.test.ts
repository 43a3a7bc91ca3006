// Lessons 9 ("Two roles") and 10 ("Where did it die?") against the real simulation, in Node:
// every step's condition is reachable in order by doing what the step asks; what the text says
// each failure looks like is what the simulation shows; and each challenge fails before the work
// is done, with wrong answers, with a deployment skipped or cut short, and passes when done right.

import { beforeAll, describe, expect, it } from 'vitest';
import { applicationLogs, createSimulation, parseScenario } from '../sim';
import type { Fault, Simulation, Snapshot, TaskView } from '../sim';
import { nextRevisionCommands } from '../store/nextRevision';
import { deploymentsWithFault, deployWith, revisionHas, revisionNumber, verdictAt } from './content/faultRuns';
import twoRoles from './content/twoRoles';
import { EXECUTION_ROLE_QUESTION, IRSA_QUESTION, TASK_ROLE_QUESTION } from './content/twoRolesChallenge';
import whereDidItDie from './content/whereDidItDie';
import { CASES } from './content/whereDidItDieChallenge';
import type { Answers, Lesson, LessonCommand, Question, Step } from './defineLesson';
import { evaluateChallenge } from './runner';

// ---- Driving a lesson's simulation the way the app does ------------------------------------

function simulationFor(lesson: Lesson): Simulation {
  const parsed = parseScenario(lesson.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createSimulation(parsed.scenario);
}

/** What a shortcut sends, through the same commands the store sends to the worker. */
function run(sim: Simulation, command: LessonCommand): void {
  if (command.type === 'deployNewRevision') {
    for (const c of nextRevisionCommands(sim.snapshot(), command.options)) expect(sim.dispatch(c)).toEqual({ ok: true });
  } else if (command.type === 'rolloutUndo') expect(sim.dispatch({ type: 'RolloutUndo' })).toMatchObject({ ok: true });
  else if (command.type === 'updateService') expect(sim.dispatch({ type: 'UpdateService', ...command.patch })).toEqual({ ok: true });
  else throw new Error('these lessons do not restart their scenario');
}

const deploy = (sim: Simulation, fault: Fault) => run(sim, deployWith(fault));

/**
 * Advances one simulated second at a time until `done` holds; false if it never does. `watch`
 * sees every snapshot on the way (what a learner would have seen on screen).
 */
function advanceUntil(sim: Simulation, done: (s: Snapshot) => boolean, limit = 1500, watch?: (s: Snapshot) => void): boolean {
  for (let t = 0; t < limit; t++) {
    const s = sim.snapshot();
    watch?.(s);
    if (done(s)) return true;
    sim.advance(1);
  }
  return done(sim.snapshot());
}

const sawVerdict = (fault: Fault) => (s: Snapshot) => deploymentsWithFault(s, fault).some((d) => verdictAt(d) !== null);
const sawFailed = (fault: Fault) => (s: Snapshot) => deploymentsWithFault(s, fault).some((d) => d.failedAt !== null);

/** The run's tasks of revisions that simulate `fault`. */
const tasksWith = (s: Snapshot, fault: Fault): TaskView[] => {
  const arns = new Set(s.ecs.taskDefinitions.filter((d) => revisionHas(d, fault)).map((d) => d.taskDefinitionArn));
  return s.ecs.tasks.filter((t) => arns.has(t.taskDefinitionArn));
};
const stoppedTasksWith = (s: Snapshot, fault: Fault) => tasksWith(s, fault).filter((t) => t.stopCode !== undefined);

/** Everything a learner could read about pods while watching: STATUS, container reasons, event reasons. */
function podWords(into: Set<string>) {
  return (s: Snapshot) => {
    for (const pod of s.k8s.pods) {
      into.add(pod.status);
      for (const c of pod.containers) {
        for (const state of [c.state, c.lastState]) {
          if (state === null) continue;
          if ('waiting' in state) into.add(state.waiting.reason);
          if ('terminated' in state) into.add(state.terminated.reason);
        }
      }
    }
    for (const event of s.k8s.events) into.add(event.reason);
  };
}

const rightAnswers = (questions: readonly Question[]): Record<string, string> => Object.fromEntries(questions.map((q) => [q.id, q.answer]));

function judge(step: Step, s: Snapshot, answers: Answers) {
  const result = evaluateChallenge(step, s, answers);
  if (result === null) throw new Error('the step has no challenge');
  // Every verdict is written in both languages.
  expect(result.reason.ja.trim(), result.reason.en).not.toBe('');
  expect(result.reason.ja, 'untranslated').not.toBe(result.reason.en);
  return result;
}

/** Walks a lesson's steps in order: each step's condition is false before its action and reachable after it. */
function walkSteps(lesson: Lesson, sim: Simulation, answers: Record<string, string>, upTo: number): void {
  lesson.steps.slice(0, upTo).forEach((step, i) => {
    if (step.advanceWhen) expect(step.advanceWhen(sim.snapshot()), `step ${i + 1} before its action`).toBe(false);
    step.action?.shortcut?.commands.forEach((command) => run(sim, command));
    Object.assign(answers, rightAnswers(step.questions ?? []));
    if (step.advanceWhen) expect(advanceUntil(sim, step.advanceWhen), `step ${i + 1}`).toBe(true);
  });
}

// ---- Lesson 10 ----------------------------------------------------------------------------

describe('lesson "where-did-it-die" in the simulation', () => {
  const challengeStep = whereDidItDie.steps[whereDidItDie.steps.length - 1];
  const check = (s: Snapshot, answers: Answers) => judge(challengeStep, s, answers);

  it('reaches every step’s condition in order by doing what the step asks, and ends with the challenge passed', () => {
    const sim = simulationFor(whereDidItDie);
    const answers: Record<string, string> = {};
    walkSteps(whereDidItDie, sim, answers, whereDidItDie.steps.length - 1);

    const action = challengeStep.action!;
    const shortcuts = [action.shortcut!, ...(action.moreShortcuts ?? [])];
    expect(shortcuts.map((s) => s.commands)).toEqual(CASES.map((c) => [deployWith(c.fault)]));
    expect(check(sim.snapshot(), answers).passed).toBe(false);
    CASES.forEach((c, i) => {
      shortcuts[i].commands.forEach((command) => run(sim, command));
      expect(advanceUntil(sim, sawVerdict(c.fault)), `case ${c.name}`).toBe(true);
      answers[c.question.id] = c.question.answer;
    });
    expect(check(sim.snapshot(), answers)).toMatchObject({ passed: true });
  });

  it('shows what step 2 describes: 3 failed tasks, FAILED, rollback, old tasks serving throughout', () => {
    const sim = simulationFor(whereDidItDie);
    deploy(sim, 'exit-on-start');
    expect(advanceUntil(sim, sawFailed('exit-on-start'))).toBe(true);
    sim.advance(1);
    const s = sim.snapshot();
    const [crash] = deploymentsWithFault(s, 'exit-on-start');
    expect(crash.rolledBackTo, 'rolled back').not.toBeNull();
    expect(s.ecs.circuitBreaker.threshold, 'half of 4, at least 3').toBe(3);
    const messages = s.ecs.service.events.map((e) => e.message);
    expect(messages.some((m) => m.includes(`(deployment ${crash.id}) deployment failed: tasks failed to start.`))).toBe(true);
    expect(messages.some((m) => m.includes(`rolling back to deployment ${crash.rolledBackTo}`))).toBe(true);
    // Tasks still starting when the deployment failed are stopped by the scheduler; the failed ones exited.
    const exited = stoppedTasksWith(s, 'exit-on-start').filter((t) => t.stopCode === 'EssentialContainerExited');
    expect(exited.length, 'failed tasks up to the threshold').toBeGreaterThanOrEqual(3);
    for (const task of exited) {
      expect(task.stoppedReason).toBe('Essential container in task exited');
      expect(task.startedAt, 'reached RUNNING first').toBeDefined();
      expect(task.containers[0].exitCode).toBe(1);
    }
    expect(s.stats.minHealthyTasksDuringDeployment, 'minimumHealthyPercent 100 kept all 4 old tasks').toBe(4);
    const first = s.ecs.taskDefinitions.find((d) => d.revision === 1)!;
    expect(s.ecs.service.taskDefinition, 'back on the last revision that completed').toBe(first.taskDefinitionArn);
  });

  it('shows what step 3 describes: CrashLoopBackOff, old pods serving, ProgressDeadlineExceeded after 600 s and no undo', () => {
    const sim = simulationFor(whereDidItDie);
    deploy(sim, 'exit-on-start');
    const words = new Set<string>();
    expect(advanceUntil(sim, (s) => s.stats.k8sProgressDeadlineExceededAt !== null, 1500, podWords(words))).toBe(true);
    const s = sim.snapshot();
    expect(words).toContain('CrashLoopBackOff');
    expect(s.stats.k8sProgressDeadlineExceededAt! - s.stats.deploymentStartedAt!).toBeGreaterThanOrEqual(600);
    expect(s.stats.minAvailablePodsDuringRollout, 'maxUnavailable 0 %').toBe(4);
    expect(s.k8s.deployment.conditions).toContainEqual(expect.objectContaining({ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }));
    expect(s.stats.k8sRolledBackAt, 'Kubernetes does not undo by itself').toBeNull();
    const [crash] = deploymentsWithFault(s, 'exit-on-start');
    expect(crash.failedAt!, 'ECS gave its verdict first').toBeLessThan(s.stats.k8sProgressDeadlineExceededAt!);
  });

  it('shows what step 4 describes: rollout undo reuses the old ReplicaSet under a higher revision', () => {
    const sim = simulationFor(whereDidItDie);
    const [original] = sim.snapshot().k8s.replicaSets;
    deploy(sim, 'exit-on-start');
    expect(advanceUntil(sim, (s) => s.stats.k8sProgressDeadlineExceededAt !== null)).toBe(true);
    const broken = sim.snapshot().k8s.replicaSets.find((rs) => rs.name !== original.name)!;
    run(sim, { type: 'rolloutUndo' });
    sim.advance(120);
    const s = sim.snapshot();
    expect(s.stats.k8sRolledBackAt).not.toBeNull();
    expect(s.k8s.replicaSets.map((rs) => rs.name).sort(), 'no new ReplicaSet').toEqual([original.name, broken.name].sort());
    const reused = s.k8s.replicaSets.find((rs) => rs.name === original.name)!;
    expect(reused.revision).toBeGreaterThan(broken.revision);
    expect(s.k8s.deployment.revision).toBe(reused.revision);
    expect(reused.availableReplicas).toBe(4);
  });

  it.each([
    [
      'A',
      'oom',
      (s: Snapshot, words: Set<string>) => {
        const task = stoppedTasksWith(s, 'oom').find((t) => t.containers.some((c) => c.exitCode === 137));
        expect(task, 'a task whose container exited 137').toBeDefined();
        expect(task!.stoppedReason).toBe('Essential container in task exited');
        expect(task!.containers.find((c) => c.exitCode === 137)!.reason).toBe('OutOfMemoryError: Container killed due to memory usage');
        expect(words).toContain('OOMKilled');
      },
    ],
    [
      'B',
      'image-pull-error',
      (s: Snapshot, words: Set<string>) => {
        const stopped = stoppedTasksWith(s, 'image-pull-error').filter((t) => t.stopCode === 'TaskFailedToStart');
        expect(stopped.length).toBeGreaterThan(0);
        for (const task of stopped) {
          expect(task.stoppedReason).toMatch(/^CannotPullContainerError/);
          expect(task.containers.every((c) => c.exitCode === null), 'no container ran').toBe(true);
        }
        expect(words).toContain('ImagePullBackOff');
      },
    ],
    [
      'C',
      'failing-health-check',
      (s: Snapshot, words: Set<string>) => {
        expect(s.ecs.service.events.some((e) => e.message.endsWith('failed container health checks.'))).toBe(true);
        expect(stoppedTasksWith(s, 'failing-health-check').some((t) => t.stoppedReason === 'Task failed container health checks')).toBe(true);
        expect(words).toContain('Unhealthy');
      },
    ],
  ] as const)('case %s (%s) shows what its explanation says, and ECS reaches a verdict', (name, fault, expectations) => {
    expect(CASES.find((c) => c.name === name)?.fault).toBe(fault);
    const sim = simulationFor(whereDidItDie);
    deploy(sim, fault);
    const words = new Set<string>();
    expect(advanceUntil(sim, sawVerdict(fault), 1500, podWords(words))).toBe(true);
    // A little longer, as a learner reading the panels would let it run.
    for (let i = 0; i < 60; i++) {
      sim.advance(1);
      podWords(words)(sim.snapshot());
    }
    expectations(sim.snapshot(), words);
  });

  describe('its challenge', () => {
    const allRight = rightAnswers(CASES.map((c) => c.question));
    let done: Snapshot;

    beforeAll(() => {
      // The three cases, one at a time, each to ECS's verdict.
      const sim = simulationFor(whereDidItDie);
      for (const c of CASES) {
        deploy(sim, c.fault);
        expect(advanceUntil(sim, sawVerdict(c.fault))).toBe(true);
      }
      done = sim.snapshot();
    });

    it('fails before anything is deployed, even with the right answers', () => {
      const result = check(simulationFor(whereDidItDie).snapshot(), allRight);
      expect(result).toMatchObject({ passed: false, reason: { en: expect.stringMatching(/No case has been deployed yet/) } });
    });

    it('fails while a case is still deploying', () => {
      const sim = simulationFor(whereDidItDie);
      deploy(sim, CASES[0].fault);
      sim.advance(2);
      expect(check(sim.snapshot(), allRight).reason.en).toMatch(/Case A is still deploying/);
    });

    it('fails when a case was skipped', () => {
      const sim = simulationFor(whereDidItDie);
      for (const c of [CASES[0], CASES[2]]) {
        deploy(sim, c.fault);
        expect(advanceUntil(sim, sawVerdict(c.fault))).toBe(true);
      }
      const result = check(sim.snapshot(), allRight);
      expect(result.passed).toBe(false);
      expect(result.reason.en).toMatch(/Case B has not been deployed yet/);
    });

    it('fails when a case was replaced before ECS reached a verdict on it', () => {
      const sim = simulationFor(whereDidItDie);
      deploy(sim, CASES[0].fault);
      sim.advance(5);
      for (const c of CASES.slice(1)) {
        deploy(sim, c.fault);
        expect(advanceUntil(sim, sawVerdict(c.fault))).toBe(true);
      }
      const result = check(sim.snapshot(), allRight);
      expect(result.passed).toBe(false);
      expect(result.reason.en).toMatch(/Case A was replaced by a later deployment/);
    });

    it('fails with unanswered or wrong answers, naming the cases', () => {
      expect(check(done, {}).reason.en).toMatch(/name the cause of case A, B and C/);
      expect(check(done, { ...allRight, 'case-c': undefined } as unknown as Answers).reason.en).toMatch(/name the cause of case C\./);
      const wrong = check(done, { ...allRight, 'case-b': 'crash-at-start' });
      expect(wrong.passed).toBe(false);
      expect(wrong.reason.en).toMatch(/The cause you named for case B is not what/);
      expect(check(done, { 'case-a': 'health-check', 'case-b': 'image-pull', 'case-c': 'out-of-memory' }).reason.en).toMatch(/case A and C/);
    });

    it('passes when every case ran to a verdict and every cause is named right', () => {
      expect(check(done, allRight)).toMatchObject({ passed: true });
    });
  });
});

// ---- Lesson 9 -----------------------------------------------------------------------------

describe('lesson "two-roles" in the simulation', () => {
  const challengeStep = twoRoles.steps[twoRoles.steps.length - 1];
  const check = (s: Snapshot, answers: Answers) => judge(challengeStep, s, answers);
  const allRight = rightAnswers([EXECUTION_ROLE_QUESTION, TASK_ROLE_QUESTION, IRSA_QUESTION]);
  const fixDone = (s: Snapshot) => check(s, allRight).passed;

  it('names the roles step 1 names', () => {
    const { taskDefinition } = simulationFor(twoRoles).scenario;
    expect(taskDefinition.executionRoleArn).toMatch(/:role\/ecsTaskExecutionRole$/);
    expect(taskDefinition.taskRoleArn).toMatch(/:role\/webTaskRole$/);
  });

  it('reaches every step’s condition in order by doing what the step asks, and ends with the challenge passed', () => {
    const sim = simulationFor(twoRoles);
    const answers: Record<string, string> = {};
    walkSteps(twoRoles, sim, answers, twoRoles.steps.length - 1);
    expect(check(sim.snapshot(), answers).reason.en).toMatch(/Now deploy the fixed revision/);
    challengeStep.action!.shortcut!.commands.forEach((command) => run(sim, command));
    sim.advance(2);
    expect(check(sim.snapshot(), answers).reason.en).toMatch(/The fixed revision is deploying/);
    expect(advanceUntil(sim, (s) => check(s, answers).passed)).toBe(true);
  });

  it('shows what step 2 describes: the task never runs, TaskFailedToStart, the execution role named, FAILED and rolled back; the pod cannot pull', () => {
    const sim = simulationFor(twoRoles);
    deploy(sim, 'missing-execution-role-permission');
    const words = new Set<string>();
    expect(advanceUntil(sim, sawFailed('missing-execution-role-permission'), 1500, podWords(words))).toBe(true);
    for (let i = 0; i < 60; i++) {
      sim.advance(1);
      podWords(words)(sim.snapshot());
    }
    expect(words).toContain('ErrImagePull');
    expect(words).toContain('ImagePullBackOff');
    expect(sim.snapshot().k8s.events.some((e) => e.message.includes('403 Forbidden'))).toBe(true);
    const s = sim.snapshot();
    const stopped = stoppedTasksWith(s, 'missing-execution-role-permission').filter((t) => t.stopCode !== 'ServiceSchedulerInitiated');
    expect(stopped.length).toBeGreaterThan(0);
    for (const task of stopped) {
      expect(task.startedAt, 'never RUNNING').toBeUndefined();
      expect(task.stopCode).toBe('TaskFailedToStart');
      expect(task.stoppedReason).toMatch(/^ResourceInitializationError: unable to pull secrets or registry auth/);
      expect(task.stoppedReason).toMatch(/assumed-role\/ecsTaskExecutionRole\/.* is not authorized to perform: secretsmanager:GetSecretValue/);
      expect(task.containers.every((c) => c.exitCode === null)).toBe(true);
    }
    expect(deploymentsWithFault(s, 'missing-execution-role-permission')[0].rolledBackTo).not.toBeNull();
  });

  it('shows what step 3 describes: the task runs, the app logs AccessDenied as the task role and exits 1, the pod crash-loops', () => {
    const sim = simulationFor(twoRoles);
    deploy(sim, 'missing-task-role-permission');
    const words = new Set<string>();
    expect(advanceUntil(sim, (s) => stoppedTasksWith(s, 'missing-task-role-permission').length > 0, 1500, podWords(words))).toBe(true);
    for (let i = 0; i < 120; i++) {
      sim.advance(1);
      podWords(words)(sim.snapshot());
    }
    const s = sim.snapshot();
    const task = stoppedTasksWith(s, 'missing-task-role-permission').find((t) => t.stopCode !== 'ServiceSchedulerInitiated')!;
    expect(task.startedAt, 'RUNNING first').toBeDefined();
    expect(task).toMatchObject({ stoppedReason: 'Essential container in task exited', stopCode: 'EssentialContainerExited' });
    const container = task.containers[0];
    expect(container.exitCode).toBe(1);
    const logs = applicationLogs({
      platform: 'ecs',
      fault: 'missing-task-role-permission',
      containerName: container.name,
      image: container.image,
      startedAt: task.startedAt!,
      finishedAt: task.stoppedAt ?? s.time,
      now: s.time,
      roleArn: s.scenario.taskDefinition.taskRoleArn,
      id: task.taskId,
    })
      .map((l) => l.message)
      .join('\n');
    expect(logs).toMatch(/AccessDenied/);
    expect(logs).toMatch(/s3:GetObject/);
    expect(logs).toMatch(/webTaskRole/);
    expect(words).toContain('CrashLoopBackOff');
  });

  describe('its challenge', () => {
    let done: Snapshot;
    let fixedFirst: Snapshot;

    /** Deploys `fault` and runs until the run shows it failing (or, for `healthy`, completing). */
    function through(sim: Simulation, fault: Fault): void {
      deploy(sim, fault);
      const ended =
        fault === 'healthy'
          ? (s: Snapshot) => deploymentsWithFault(s, 'healthy').some((d) => d.completedAt !== null && revisionNumber(s, d.taskDefinitionArn) > 1)
          : (s: Snapshot) => deploymentsWithFault(s, fault).some((d) => d.failedAt !== null) || stoppedTasksWith(s, fault).length > 0;
      expect(advanceUntil(sim, ended), fault).toBe(true);
    }

    beforeAll(() => {
      const sim = simulationFor(twoRoles);
      through(sim, 'missing-execution-role-permission');
      through(sim, 'missing-task-role-permission');
      deploy(sim, 'healthy');
      expect(advanceUntil(sim, fixDone)).toBe(true);
      done = sim.snapshot();

      const early = simulationFor(twoRoles);
      through(early, 'healthy');
      through(early, 'missing-execution-role-permission');
      through(early, 'missing-task-role-permission');
      early.advance(300);
      fixedFirst = early.snapshot();
    });

    it('fails before anything is deployed, even with the right answers', () => {
      expect(check(simulationFor(twoRoles).snapshot(), allRight).reason.en).toMatch(/You have not broken the execution role yet/);
    });

    it('fails while the broken revision has not failed yet', () => {
      const sim = simulationFor(twoRoles);
      deploy(sim, 'missing-execution-role-permission');
      sim.advance(1);
      expect(check(sim.snapshot(), allRight).reason.en).toMatch(/The revision that breaks the execution role has not failed yet/);
    });

    it('fails when a broken deployment was skipped', () => {
      const sim = simulationFor(twoRoles);
      through(sim, 'missing-task-role-permission');
      deploy(sim, 'healthy');
      sim.advance(600);
      const result = check(sim.snapshot(), allRight);
      expect(result.passed).toBe(false);
      expect(result.reason.en).toMatch(/You have not broken the execution role yet/);
    });

    it('fails with unanswered or wrong answers', () => {
      expect(check(done, {}).reason.en).toMatch(/Step 2 asks which role needs fixing/);
      expect(check(done, { [EXECUTION_ROLE_QUESTION.id]: 'execution-role' }).reason.en).toMatch(/Step 3 asks which role needs fixing/);
      const swapped = { [EXECUTION_ROLE_QUESTION.id]: 'task-role', [TASK_ROLE_QUESTION.id]: 'execution-role' };
      expect(check(done, swapped)).toMatchObject({ passed: false, reason: { en: expect.stringMatching(/Your answer in step 2 names a role that would not fix it/) } });
      expect(check(done, { ...allRight, [TASK_ROLE_QUESTION.id]: 'no-role' }).reason.en).toMatch(/Your answer in step 3/);
    });

    it('does not count a healthy deployment made before the failures as the fix', () => {
      const result = check(fixedFirst, allRight);
      expect(result.passed).toBe(false);
      expect(result.reason.en).toMatch(/Now deploy the fixed revision/);
    });

    it('passes when both failures were seen, both roles named, and the fix completed after them', () => {
      expect(check(done, allRight)).toMatchObject({ passed: true });
      // The IRSA question is for learning; the challenge does not need it.
      expect(check(done, { [EXECUTION_ROLE_QUESTION.id]: 'execution-role', [TASK_ROLE_QUESTION.id]: 'task-role' }).passed).toBe(true);
    });
  });
});
