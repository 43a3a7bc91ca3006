// Lessons 6 ("Where does it run?"), 7 ("Who runs it?") and 8 ("One task, one ENI") against the
// real simulation, in Node: every step's condition is reachable in order by doing what the step
// asks (shortcuts that recreate the scenario included, as store/reconfigureScenario.ts does it),
// what the text says the cluster shows is what the simulation shows, and each challenge passes for
// the right actions and fails for the wrong ones.

import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../sim';
import type { ScenarioInput, Simulation, Snapshot } from '../sim';
import { nextRevisionCommands } from '../store/nextRevision';
import { withScenarioChange } from '../store/reconfigureScenario';
import { azBalanced, fewestBalancedFor, serviceZones } from './content/clusterRuns';
import { deployWith, failureSeenAt } from './content/faultRuns';
import oneTaskOneEni, { CHALLENGE_SHORTCUTS as ENI_SHORTCUTS, FARGATE_IN_SLASH_28, SMALL_SUBNET } from './content/oneTaskOneEni';
import { SLASH_28_QUESTION } from './content/oneTaskOneEniChallenge';
import whereDoesItRun, { CHALLENGE_SHORTCUTS, FARGATE_SPLIT, onEc2 } from './content/whereDoesItRun';
import whoRunsIt, { TO_EC2, TO_FARGATE } from './content/whoRunsIt';
import { WHO_RUNS_IT_CASES } from './content/whoRunsItChallenge';
import type { Answers, Lesson, LessonCommand, Question, Step } from './defineLesson';
import { evaluateChallenge } from './runner';

// ---- Driving a lesson the way the app does ---------------------------------------------------

/** A lesson's simulation, with the scenario input a reconfiguration applies its change to (as the store keeps it). */
class LessonRun {
  input: ScenarioInput;
  sim: Simulation;

  constructor(lesson: Lesson) {
    this.input = lesson.scenario;
    this.sim = LessonRun.load(this.input);
  }

  static load(input: ScenarioInput): Simulation {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return createSimulation(parsed.scenario);
  }

  /** What a shortcut sends, through the same commands the store sends. */
  run(command: LessonCommand): void {
    if (command.type === 'reconfigureScenario') {
      this.input = withScenarioChange(this.input, command.change);
      this.sim = LessonRun.load(this.input);
    } else if (command.type === 'deployNewRevision') {
      for (const c of nextRevisionCommands(this.sim.snapshot(), command.options)) expect(this.sim.dispatch(c)).toEqual({ ok: true });
    } else if (command.type === 'rolloutUndo') expect(this.sim.dispatch({ type: 'RolloutUndo' })).toMatchObject({ ok: true });
    else expect(this.sim.dispatch({ type: 'UpdateService', ...command.patch })).toEqual({ ok: true });
  }

  runAll(commands: readonly LessonCommand[]): void {
    commands.forEach((command) => this.run(command));
  }

  snapshot = (): Snapshot => this.sim.snapshot();

  /** Advances one simulated second at a time until `done` holds; false if it never does. */
  until(done: (s: Snapshot) => boolean, limit = 900): boolean {
    for (let t = 0; t < limit; t++) {
      if (done(this.sim.snapshot())) return true;
      this.sim.advance(1);
    }
    return done(this.sim.snapshot());
  }
}

const rightAnswers = (questions: readonly Question[]): Record<string, string> => Object.fromEntries(questions.map((q) => [q.id, q.answer]));

function judge(step: Step, s: Snapshot, answers: Answers = {}) {
  const result = evaluateChallenge(step, s, answers);
  if (result === null) throw new Error('the step has no challenge');
  expect(result.reason.ja.trim(), result.reason.en).not.toBe('');
  expect(result.reason.ja, 'untranslated').not.toBe(result.reason.en);
  return result;
}

/** Walks the steps before `upTo`: each condition false before its action and reachable after it. */
function walkSteps(lesson: Lesson, run: LessonRun, answers: Record<string, string>, upTo: number): void {
  lesson.steps.slice(0, upTo).forEach((step, i) => {
    if (step.advanceWhen) expect(step.advanceWhen(run.snapshot()), `step ${i + 1} before its action`).toBe(false);
    if (step.action?.shortcut) run.runAll(step.action.shortcut.commands);
    Object.assign(answers, rightAnswers(step.questions ?? []));
    if (step.advanceWhen) expect(run.until(step.advanceWhen), `step ${i + 1}`).toBe(true);
  });
}

const running = (s: Snapshot) => s.ecs.tasks.filter((t) => t.lastStatus === 'RUNNING');
const twelveRunning = (s: Snapshot) => s.stats.placements.some((p) => p.runningTasks === 12);
const lastFull = (s: Snapshot) => [...s.stats.placements].reverse().find((p) => p.runningTasks === 12)!;

describe('the shortcuts that recreate the scenario', () => {
  /** Every reconfiguration a lesson's steps offer, anywhere in the lesson. */
  const reconfigurations = (lesson: Lesson) =>
    lesson.steps
      .flatMap((step) => (step.action ? [step.action.shortcut, ...(step.action.moreShortcuts ?? [])] : []))
      .flatMap((shortcut) => shortcut?.commands ?? [])
      .filter((command) => command.type === 'reconfigureScenario');

  it.each([whereDoesItRun, whoRunsIt, oneTaskOneEni].map((lesson) => [lesson.id, lesson] as const))(
    '%s: each one loads after any other, so Back and a shortcut again always work',
    (_id, lesson) => {
      const changes = reconfigurations(lesson);
      expect(changes.length).toBeGreaterThan(0);
      for (const first of changes) {
        for (const second of changes) {
          const input = withScenarioChange(withScenarioChange(lesson.scenario, first.change), second.change);
          const parsed = parseScenario(input);
          expect(parsed.ok ? [] : parsed.errors, JSON.stringify([first.change, second.change])).toEqual([]);
        }
      }
    },
  );
});

// ---- Lesson 6 --------------------------------------------------------------------------------

describe('lesson "where-does-it-run" in the simulation', () => {
  const challengeStep = whereDoesItRun.steps[whereDoesItRun.steps.length - 1];
  const check = (s: Snapshot) => judge(challengeStep, s);

  /** A fresh lesson run recreated with `command`, run until 12 tasks are RUNNING. */
  function placedWith(command: LessonCommand, seed?: number): Snapshot {
    const run = new LessonRun(seed === undefined ? whereDoesItRun : { ...whereDoesItRun, scenario: { ...whereDoesItRun.scenario, seed } });
    run.run(command);
    expect(run.until(twelveRunning)).toBe(true);
    return run.snapshot();
  }

  it('has "fewest" = 3 for its cluster, worked out by hand', () => {
    // 12 tasks of 512 CPU units / 1,024 MiB, trunking on. m5.large: min(2,048 / 512, 8,192 / 1,024, 10 ENIs)
    // = min(4, 8, 10) = 4; m5.xlarge: min(4,096 / 512, 16,384 / 1,024, 20) = 8. Even over three zones
    // means 4 / 4 / 4, and every zone has an instance that holds 4: one instance per zone, 3 in all.
    const FEWEST_BY_HAND = 3;
    const s = new LessonRun(whereDoesItRun).snapshot();
    expect(s.ecs.cluster.containerInstances.map((i) => i.taskEniLimit).sort()).toEqual([10, 10, 10, 20, 20, 20]);
    expect(fewestBalancedFor(s, 12)).toBe(FEWEST_BY_HAND);
  });

  it('reaches every step’s condition in order by doing what the step asks, and ends with the challenge passed', () => {
    const run = new LessonRun(whereDoesItRun);
    const answers: Record<string, string> = {};
    walkSteps(whereDoesItRun, run, answers, whereDoesItRun.steps.length - 1);
    expect(check(run.snapshot()).passed).toBe(false);
    run.runAll([CHALLENGE_SHORTCUTS.zoneThenBinpack]);
    expect(run.until((s) => check(s).passed)).toBe(true);
  });

  it('shows what step 1 says: the service default spreads 4 per zone over more instances than needed', () => {
    const run = new LessonRun(whereDoesItRun);
    expect(run.until(twelveRunning)).toBe(true);
    const p = lastFull(run.snapshot());
    expect(p.tasksPerAz).toEqual({ 'us-east-1a': 4, 'us-east-1b': 4, 'us-east-1c': 4 });
    expect(p.instancesUsed).toBeGreaterThan(3);
    expect(check(run.snapshot()).reason.en).toMatch(/Balanced .*but on \d instances; 3 are enough/);
  });

  it('shows what step 2 says: base 2 weight 1 + weight 4 puts 4 tasks on FARGATE and 8 on FARGATE_SPOT', () => {
    const run = new LessonRun(whereDoesItRun);
    run.run(FARGATE_SPLIT);
    run.sim.advance(300);
    const tasks = running(run.snapshot());
    expect(tasks).toHaveLength(12);
    expect(tasks.filter((t) => t.capacityProviderName === 'FARGATE')).toHaveLength(4);
    expect(tasks.filter((t) => t.capacityProviderName === 'FARGATE_SPOT')).toHaveLength(8);
    expect(tasks.every((t) => t.launchType === 'FARGATE')).toBe(true);
  });

  it('shows what step 3 says: binpack(cpu) fills the three m5.large, 8 / 4 / 0 over the zones', () => {
    const s = placedWith(onEc2([{ type: 'binpack', field: 'cpu' }]));
    const p = lastFull(s);
    expect(p.instancesUsed).toBe(3);
    expect(p.instanceTypes).toEqual(['m5.large']);
    expect(p.tasksPerAz).toMatchObject({ 'us-east-1a': 8, 'us-east-1b': 4 });
    expect(check(s).reason.en).toContain('us-east-1a 8, us-east-1b 4, us-east-1c 0');
  });

  it('shows what step 4 says: distinctInstance runs 6 and reports the rest; memberOf leaves us-east-1a out', () => {
    const distinct = new LessonRun(whereDoesItRun);
    distinct.run(onEc2([], [{ type: 'distinctInstance' }]));
    distinct.sim.advance(300);
    const s = distinct.snapshot();
    expect(running(s)).toHaveLength(6);
    expect(s.stats.unablePlaceEvents).toBeGreaterThan(0);
    expect(s.ecs.service.events.some((e) => e.message.includes('was unable to place a task because no container instance met all of its requirements'))).toBe(true);

    const memberOf = new LessonRun(whereDoesItRun);
    memberOf.run(whereDoesItRun.steps[3].action!.moreShortcuts![0].commands[0]);
    expect(memberOf.until(twelveRunning)).toBe(true);
    const p = lastFull(memberOf.snapshot());
    expect(p.instanceTypes).toEqual(['m5.xlarge']);
    expect(p.tasksPerAz['us-east-1a'] ?? 0).toBe(0);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('challenge, seed %i: spread by zone then binpack passes; binpack first, or spread by instance, fails', (seed) => {
    const right = placedWith(CHALLENGE_SHORTCUTS.zoneThenBinpack, seed);
    expect(check(right), 'spread(zone) → binpack(cpu)').toMatchObject({ passed: true });
    expect(lastFull(right).instancesUsed).toBe(3);

    const binpackFirst = placedWith(CHALLENGE_SHORTCUTS.binpackThenZone, seed);
    expect(azBalanced(lastFull(binpackFirst), serviceZones(binpackFirst)), 'binpack first leaves a zone empty').toBe(false);
    expect(check(binpackFirst).reason.en).toMatch(/the zones are uneven/);

    const byInstance = placedWith(CHALLENGE_SHORTCUTS.zoneThenInstance, seed);
    expect(lastFull(byInstance).instancesUsed).toBe(6);
    expect(check(byInstance).reason.en).toMatch(/on 6 instances; 3 are enough/);
  });
});

// ---- Lesson 7 --------------------------------------------------------------------------------

describe('lesson "who-runs-it" in the simulation', () => {
  const challengeStep = whoRunsIt.steps[whoRunsIt.steps.length - 1];
  const check = (s: Snapshot, answers: Answers) => judge(challengeStep, s, answers);
  const allRight = rightAnswers(WHO_RUNS_IT_CASES.map((c) => c.question));
  const sawCase = (c: (typeof WHO_RUNS_IT_CASES)[number]) => (s: Snapshot) => failureSeenAt(s, c.fault, c.stopCode) !== null;
  const pullStops = (s: Snapshot) => s.ecs.tasks.filter((t) => t.stopCode === 'TaskFailedToStart' && t.stoppedReason?.startsWith('CannotPullContainerError'));

  it('reaches every step’s condition in order by doing what the step asks, and ends with the challenge passed', () => {
    const run = new LessonRun(whoRunsIt);
    const answers: Record<string, string> = {};
    walkSteps(whoRunsIt, run, answers, whoRunsIt.steps.length - 1);
    const action = challengeStep.action!;
    const shortcuts = [action.shortcut!, ...(action.moreShortcuts ?? [])];
    expect(shortcuts.map((s) => s.commands)).toEqual(WHO_RUNS_IT_CASES.map((c) => [deployWith(c.fault)]));
    expect(check(run.snapshot(), allRight).passed).toBe(false);
    WHO_RUNS_IT_CASES.forEach((c, i) => {
      run.runAll(shortcuts[i].commands);
      expect(run.until(sawCase(c), 1500), `case ${c.name}`).toBe(true);
    });
    expect(check(run.snapshot(), allRight)).toMatchObject({ passed: true });
  });

  it('shows what steps 2 and 3 say: the same stop on EC2 (with an instance) and on Fargate (without one)', () => {
    const ec2 = new LessonRun(whoRunsIt);
    ec2.run(deployWith('image-pull-error'));
    expect(ec2.until((s) => pullStops(s).length > 0, 1500)).toBe(true);
    const onEc2 = pullStops(ec2.snapshot());
    for (const task of onEc2) {
      expect(task.launchType).toBe('EC2');
      expect(task.containerInstanceArn).toMatch(/:container-instance\//);
      expect(task.containers.every((c) => c.exitCode === null)).toBe(true);
    }
    ec2.sim.advance(60);
    const words = new Set(ec2.snapshot().k8s.events.map((e) => e.reason));
    expect(words).toContain('Failed');
    expect(words).toContain('BackOff');
    expect(ec2.snapshot().k8s.nodes.length, 'the twin runs on EKS nodes').toBeGreaterThan(0);

    const fargate = new LessonRun(whoRunsIt);
    fargate.runAll([TO_FARGATE, deployWith('image-pull-error')]);
    expect(fargate.until((s) => pullStops(s).length > 0, 1500)).toBe(true);
    for (const task of pullStops(fargate.snapshot())) {
      expect(task.launchType).toBe('FARGATE');
      expect(task.containerInstanceArn).toBeUndefined();
      expect(task.stoppedReason!.split(':')[0]).toBe(onEc2[0].stoppedReason!.split(':')[0]);
    }
  });

  it('fails the challenge for the right answers on Fargate, and passes only once every case failed on EC2', () => {
    const fargate = new LessonRun(whoRunsIt);
    fargate.run(TO_FARGATE);
    for (const c of WHO_RUNS_IT_CASES) {
      fargate.run(deployWith(c.fault));
      expect(fargate.until(sawCase(c), 1500)).toBe(true);
    }
    expect(check(fargate.snapshot(), allRight).reason.en).toMatch(/the service is not on EC2 now/);

    const ec2 = new LessonRun(whoRunsIt);
    ec2.runAll([TO_FARGATE, TO_EC2]);
    for (const c of WHO_RUNS_IT_CASES.slice(0, 2)) {
      ec2.run(deployWith(c.fault));
      expect(ec2.until(sawCase(c), 1500)).toBe(true);
    }
    expect(check(ec2.snapshot(), allRight).reason.en).toMatch(/Case C has not been deployed on EC2 yet/);
    ec2.run(deployWith('oom'));
    expect(ec2.until(sawCase(WHO_RUNS_IT_CASES[2]), 1500)).toBe(true);
    const stopped = ec2.snapshot().ecs.tasks.filter((t) => t.containers.some((c) => c.exitCode === 137));
    expect(stopped.length, 'an OOM-killed container, exit 137').toBeGreaterThan(0);
    expect(stopped.every((t) => t.launchType === 'EC2')).toBe(true);
    expect(check(ec2.snapshot(), { ...allRight, 'look-exit-on-start': 'agent-and-journal' }).reason.en).toMatch(/case B points/);
    expect(check(ec2.snapshot(), allRight)).toMatchObject({ passed: true });
  });
});

// ---- Lesson 8 --------------------------------------------------------------------------------

describe('lesson "one-task-one-eni" in the simulation', () => {
  const [partOne, partTwo] = oneTaskOneEni.steps.filter((step) => step.challenge);
  const twelveOnTwo = (s: Snapshot) => judge(partOne, s).passed;

  it('reaches every step’s condition in order by doing what the step asks, and ends with both challenges passed', () => {
    const run = new LessonRun(oneTaskOneEni);
    const answers: Record<string, string> = {};
    const partOneAt = oneTaskOneEni.steps.indexOf(partOne);
    walkSteps(oneTaskOneEni, run, answers, partOneAt);
    run.runAll(partOne.action!.shortcut!.commands);
    run.sim.advance(120);
    expect(judge(partOne, run.snapshot()).reason.en).toMatch(/At most 4 tasks have run\. Without trunking/);
    run.runAll([ENI_SHORTCUTS.trunkingOn]);
    expect(run.until(twelveOnTwo)).toBe(true);

    Object.assign(answers, rightAnswers(partTwo.challenge!.questions ?? []));
    run.runAll(partTwo.action!.shortcut!.commands);
    expect(run.until((s) => judge(partTwo, s, answers).passed)).toBe(true);
  });

  it('shows what step 1 says: one m5.large runs 2 of 3 tasks, each with its own ENI; the twin’s node runs all 3 pods', () => {
    const run = new LessonRun(oneTaskOneEni);
    run.sim.advance(180);
    const s = run.snapshot();
    const tasks = running(s);
    expect(tasks).toHaveLength(2);
    const enis = tasks.map((t) => t.attachments[0].details.find((d) => d.name === 'networkInterfaceId')!.value);
    expect(new Set(enis).size).toBe(2);
    expect(s.ecs.cluster.containerInstances[0].taskEniLimit).toBe(2);
    expect(s.ecs.service.events.some((e) => e.message.includes('was unable to place a task'))).toBe(true);
    expect(s.k8s.nodes).toHaveLength(1);
    expect(s.k8s.nodes[0].allocatable.pods).toBe(29);
    expect(s.k8s.pods.filter((p) => p.phase === 'Running' && p.podIP !== null)).toHaveLength(3);
  });

  it('fails part one with a third m5.large instead of trunking, and with three instances trunked', () => {
    const extra = new LessonRun(oneTaskOneEni);
    extra.runAll([ENI_SHORTCUTS.twoInstances, ENI_SHORTCUTS.thirdInstance]);
    extra.sim.advance(300);
    expect(Math.max(...extra.snapshot().stats.placements.map((p) => p.runningTasks))).toBe(6);
    expect(judge(partOne, extra.snapshot()).reason.en).toMatch(/At most 6 tasks have run/);

    extra.run(ENI_SHORTCUTS.trunkingOn);
    expect(extra.until((s) => s.stats.placements.some((p) => p.runningTasks === 12))).toBe(true);
    expect(judge(partOne, extra.snapshot()).reason.en).toMatch(/12 tasks ran, but on 3 instances/);
  });

  it('runs out of the /28 after 11 tasks, and judges the prediction', () => {
    const run = new LessonRun(oneTaskOneEni);
    run.run(FARGATE_IN_SLASH_28);
    const full = (s: Snapshot) => s.stats.subnetExhausted !== null;
    expect(judge(partTwo, run.snapshot(), { [SLASH_28_QUESTION.id]: '11' }).reason.en).toMatch(/has not run out yet/);
    expect(run.until(full)).toBe(true);
    run.sim.advance(120);
    const s = run.snapshot();
    expect(s.stats.subnetExhausted!.subnetId).toBe(SMALL_SUBNET.subnetId);
    const subnet = s.ecs.cluster.subnets.find((x) => x.subnetId === SMALL_SUBNET.subnetId)!;
    expect(subnet).toMatchObject({ usable: 11, used: 11 });
    expect(running(s).length).toBeLessThanOrEqual(11);
    expect(s.ecs.tasks.some((t) => t.stoppedReason?.includes('InsufficientFreeAddressesInSubnet'))).toBe(true);
    expect(judge(partTwo, s, { [SLASH_28_QUESTION.id]: '14' }).reason.en).toMatch(/not where you predicted/);
    expect(judge(partTwo, s, { [SLASH_28_QUESTION.id]: '11' })).toMatchObject({ passed: true });
  });
});
