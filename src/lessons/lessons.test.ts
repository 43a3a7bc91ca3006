// Lessons against the real simulation, in Node: every step's condition is reachable in order by
// doing what the step asks, the rolling-update challenge judges runs the way its text claims, and
// the content is complete in both languages.

import { describe, expect, it } from 'vitest';
import { CONCEPT_ROW_IDS, LIVE_ROW_IDS } from '../panels/shared/highlightIds';
import { createSimulation, parseScenario } from '../sim';
import type { Simulation, Snapshot } from '../sim';
import { nextRevisionCommands, type RevisionOptions } from '../store/nextRevision';
import rollingUpdate from './content/rollingUpdate';
import type { LessonCommand, Localized } from './defineLesson';
import { DEFAULT_LESSON_ID, LESSONS, getLesson } from './registry';
import { answerState, canAdvance, currentStep, evaluateChallenge, lessonQuestions } from './runner';

const LESSON_SEED = 1;

function lessonSimulation(seed = LESSON_SEED): Simulation {
  const parsed = parseScenario({ ...rollingUpdate.scenario, seed });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createSimulation(parsed.scenario);
}

/** What the Deploy new revision button sends: the next revision, then UpdateService. */
function deployNext(sim: Simulation, options?: RevisionOptions): void {
  for (const command of nextRevisionCommands(sim.snapshot(), options)) expect(sim.dispatch(command)).toEqual({ ok: true });
}

function run(sim: Simulation, command: LessonCommand): void {
  if (command.type === 'deployNewRevision') deployNext(sim, command.options);
  else if (command.type === 'rolloutUndo') expect(sim.dispatch({ type: 'RolloutUndo' })).toMatchObject({ ok: true });
  else if (command.type === 'updateService') expect(sim.dispatch({ type: 'UpdateService', ...command.patch })).toEqual({ ok: true });
  else throw new Error('these lessons do not restart their scenario');
}

/** Advances one simulated second at a time until `done` holds; false if it never does. */
function advanceUntil(sim: Simulation, done: (s: Snapshot) => boolean, limit = 900): boolean {
  for (let t = 0; t < limit; t++) {
    if (done(sim.snapshot())) return true;
    sim.advance(1);
  }
  return done(sim.snapshot());
}

const deploymentFinished = (s: Snapshot) => s.stats.deploymentCompletedAt !== null;

/** A fresh lesson scenario at min / max, deployed once (web:2) and run to the end. */
function deployedRun(minimumHealthyPercent: number, maximumPercent: number, seed = LESSON_SEED): Snapshot {
  const sim = lessonSimulation(seed);
  expect(sim.dispatch({ type: 'UpdateService', deploymentConfiguration: { minimumHealthyPercent, maximumPercent } })).toEqual({ ok: true });
  expect(sim.dispatch({ type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2' }] })).toEqual({ ok: true });
  expect(sim.dispatch({ type: 'UpdateService', taskDefinition: 'web:2' })).toEqual({ ok: true });
  sim.advance(900);
  return sim.snapshot();
}

const duration = (s: Snapshot) => (s.stats.deploymentCompletedAt ?? Infinity) - (s.stats.deploymentStartedAt ?? 0);

const challengeStep = rollingUpdate.steps.find((step) => step.challenge);
const check = (s: Snapshot) => {
  const result = evaluateChallenge(challengeStep!, s);
  if (result === null) throw new Error('the lesson has no challenge');
  return result;
};

describe('lesson "rolling-update" in the simulation', () => {
  it('reaches every step’s condition in order by doing what the step asks, and ends with the challenge passed', () => {
    const sim = lessonSimulation();
    // Steps whose action has no shortcut: what the learner does by hand.
    const byHand: Record<number, (sim: Simulation) => void> = { 1: deployNext };
    rollingUpdate.steps.forEach((step, i) => {
      if (step.advanceWhen) expect(step.advanceWhen(sim.snapshot()), `step ${i + 1} before its action`).toBe(false);
      if (step.action?.shortcut) step.action.shortcut.commands.forEach((command) => run(sim, command));
      else if (step.action) {
        expect(byHand[i], `step ${i + 1} has an action the test does not perform`).toBeDefined();
        byHand[i](sim);
      }
      if (step.advanceWhen) expect(advanceUntil(sim, step.advanceWhen), `step ${i + 1}`).toBe(true);
    });

    // The challenge, as the learner meets it: the 100 / 130 deployment is still moving.
    expect(advanceUntil(sim, deploymentFinished)).toBe(true);
    run(sim, { type: 'updateService', patch: { deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 200 } } });
    deployNext(sim);
    expect(check(sim.snapshot()).passed).toBe(false);
    expect(advanceUntil(sim, deploymentFinished)).toBe(true);
    expect(check(sim.snapshot())).toMatchObject({ passed: true });
  });

  it('shows what step 5 describes: ECS stalls with its event, the API server rejects 0 % / 0 %', () => {
    const sim = lessonSimulation();
    run(sim, { type: 'updateService', patch: { deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } } });
    deployNext(sim);
    sim.advance(300);
    const s = sim.snapshot();
    expect(s.k8s.apiError).toContain('may not be 0 when `maxSurge` is 0');
    expect(s.stats.deploymentCompletedAt).toBeNull();
    expect(s.ecs.service.events[0].message).toContain('was unable to stop or start tasks during a deployment');
  });

  it('shows what step 3 describes: neither side drops below 4 at 100 / 200, and Kubernetes finishes first', () => {
    const s = deployedRun(100, 200);
    expect(s.stats).toMatchObject({ minHealthyTasksDuringDeployment: 4, maxTasksDuringDeployment: 8, minAvailablePodsDuringRollout: 4 });
    expect(s.stats.k8sRolloutCompletedAt!).toBeLessThan(s.stats.deploymentCompletedAt!);
  });

  it('shows what step 4 describes: at 50 / 200 both sides fall to 2', () => {
    const s = deployedRun(50, 200);
    expect(s.stats).toMatchObject({ minHealthyTasksDuringDeployment: 2, minAvailablePodsDuringRollout: 2 });
  });
});

describe('the rolling-update challenge', () => {
  it.each([
    [75, 200],
    [75, 175],
    [60, 400],
  ])('passes at %i / %i: never below 3 healthy, 4 new tasks at once, one old task stopped at the start', (min, max) => {
    const result = check(deployedRun(min, max));
    expect(result.passed, result.reason.en).toBe(true);
  });

  it.each([
    [100, 200, /Safe, but not the soonest: healthy tasks never fell below 4/],
    [50, 200, /Healthy tasks fell to 2 at some point/],
    [100, 150, /`maximumPercent` 150 allows only 6 tasks\. With 4 old tasks kept, just 2 new ones fit, so the 4 new tasks started in \d rounds/],
    [75, 150, /`maximumPercent` 150 allows only 6 tasks\. With 3 old tasks kept, just 3 new ones fit, so the 4 new tasks started in 2 rounds \(3 \+ 1\)/],
    [100, 175, /allows only 7 tasks\. With 4 old tasks kept, just 3 new ones fit/],
  ])('fails at %i / %i with its own reason', (min, max, reason) => {
    const result = check(deployedRun(min, max));
    expect(result.passed).toBe(false);
    expect(result.reason.en).toMatch(reason);
    expect(result.reason.ja).not.toBe('');
  });

  it('is right that 100 / 200 is not the soonest: 75 / 200 finishes first with the lesson’s seed and on average', () => {
    expect(duration(deployedRun(75, 200))).toBeLessThan(duration(deployedRun(100, 200)));
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
    const mean = (min: number) => seeds.reduce((sum, seed) => sum + duration(deployedRun(min, 200, seed)), 0) / seeds.length;
    expect(mean(75)).toBeLessThan(mean(100));
  });

  it('is right that a second round costs a health check: 100 / 150 takes at least 40 s longer than 75 / 200', () => {
    expect(duration(deployedRun(100, 150)) - duration(deployedRun(75, 200))).toBeGreaterThanOrEqual(40);
  });

  it('says when there is nothing to judge yet, or the run cannot finish', () => {
    const fresh = lessonSimulation();
    expect(check(fresh.snapshot()).reason.en).toMatch(/Nothing has been deployed yet/);

    run(fresh, { type: 'updateService', patch: { deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 200 } } });
    deployNext(fresh);
    fresh.advance(10);
    expect(check(fresh.snapshot())).toMatchObject({ passed: false, reason: { en: expect.stringMatching(/has not finished yet/) } });

    expect(check(deployedRun(100, 100)).reason.en).toMatch(/can neither start nor stop a task, so this deployment never finishes/);
  });

  it('does not credit a run to settings changed after it, nor to a different task count', () => {
    for (const [ran, changedTo] of [
      [[100, 150], [75, 200]],
      [[75, 200], [50, 200]],
    ] as const) {
      const sim = lessonSimulation();
      run(sim, { type: 'updateService', patch: { deploymentConfiguration: { minimumHealthyPercent: ran[0], maximumPercent: ran[1] } } });
      deployNext(sim);
      sim.advance(900);
      run(sim, { type: 'updateService', patch: { deploymentConfiguration: { minimumHealthyPercent: changedTo[0], maximumPercent: changedTo[1] } } });
      sim.advance(1);
      const result = check(sim.snapshot());
      expect(result.passed, `ran ${ran.join('/')}, then set ${changedTo.join('/')}`).toBe(false);
      expect(result.reason.en).toMatch(/This run does not show what the settings in force do/);
    }

    const sim = lessonSimulation();
    run(sim, { type: 'updateService', patch: { desiredCount: 5, deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 200 } } });
    expect(check(sim.snapshot()).reason.en).toMatch(/This challenge is about 4 tasks/);
  });
});

describe('the lesson runner', () => {
  const [first] = rollingUpdate.steps;
  const gated = rollingUpdate.steps.find((step) => step.advanceWhen)!;

  it('clamps step indexes from URLs into the lesson', () => {
    const lastIndex = rollingUpdate.steps.length - 1;
    expect(currentStep(rollingUpdate, -1)).toMatchObject({ index: 0, last: false });
    expect(currentStep(rollingUpdate, 2.5)).toMatchObject({ index: 0 });
    expect(currentStep(rollingUpdate, 999)).toMatchObject({ index: lastIndex, last: true });
  });

  it('opens Next for a step without a condition, and keeps a gated step closed until it holds', () => {
    const sim = lessonSimulation();
    expect(canAdvance(first, null)).toBe(true);
    expect(canAdvance(gated, null)).toBe(false);
    expect(canAdvance(gated, sim.snapshot())).toBe(false);
    expect(evaluateChallenge(first, sim.snapshot())).toBeNull();
  });
});

describe('lesson content', () => {
  const texts = (localized: Localized) => [localized.en, localized.ja];
  const highlightIds = new Set<string>([...CONCEPT_ROW_IDS, ...LIVE_ROW_IDS]);

  it('registers the default lesson, with unique URL-safe ids and scenarios that parse', () => {
    expect(getLesson(DEFAULT_LESSON_ID)).toBe(rollingUpdate);
    expect(getLesson('two-roles')?.number).toBe(9);
    expect(getLesson('where-did-it-die')?.number).toBe(10);
    expect(new Set(LESSONS.map((lesson) => lesson.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(lesson.id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      expect(parseScenario(lesson.scenario)).toMatchObject({ ok: true });
    }
  });

  it('lists the lessons in curriculum order, each with its own number', () => {
    const numbers = LESSONS.map((lesson) => lesson.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s: every question has unique ids and one right choice among its choices', (_id, lesson) => {
    const questions = lessonQuestions(lesson);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const question of questions) {
      const ids = question.choices.map((choice) => choice.id);
      expect(new Set(ids).size, question.id).toBe(ids.length);
      expect(ids, question.id).toContain(question.answer);
      expect(answerState(question, {})).toBe('unanswered');
      expect(answerState(question, { [question.id]: question.answer })).toBe('right');
      expect(answerState(question, { [question.id]: ids.find((id) => id !== question.answer)! })).toBe('wrong');
    }
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s: every text is written in both languages, with balanced backticks', (_id, lesson) => {
    const all: Localized[] = [lesson.title];
    for (const step of lesson.steps) {
      all.push(step.text);
      if (step.action) {
        all.push(step.action.text, ...(step.action.shortcut ? [step.action.shortcut.label] : []));
        all.push(...(step.action.moreShortcuts ?? []).map((shortcut) => shortcut.label));
      }
      for (const question of [...(step.questions ?? []), ...(step.challenge?.questions ?? [])]) {
        all.push(question.prompt, question.explain, ...question.choices.map((choice) => choice.label));
      }
      if (step.challenge) {
        all.push(step.challenge.goal);
        expect(step.challenge.hints.en.length).toBeGreaterThan(0);
        expect(step.challenge.hints.ja).toHaveLength(step.challenge.hints.en.length);
        step.challenge.hints.en.forEach((en, i) => all.push({ en, ja: step.challenge!.hints.ja[i] }));
      }
    }
    for (const localized of all) {
      expect(localized.en.trim(), localized.en).not.toBe('');
      expect(localized.ja.trim(), localized.en).not.toBe('');
      expect(localized.ja, 'untranslated').not.toBe(localized.en);
      for (const text of texts(localized)) expect(text.split('`').length % 2, text).toBe(1);
    }
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s: highlights only rows the panels draw', (_id, lesson) => {
    for (const step of lesson.steps) for (const id of step.highlight ?? []) expect(highlightIds).toContain(id);
  });
});
