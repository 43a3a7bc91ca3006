// Lesson commands against the store and a real simulation host: answers live as long as the
// lesson does, a new lesson (or the same one started again) begins without any, and a step's
// shortcuts reach the simulation the way the controls do.

import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulationHost } from '../worker/simulationHost';
import { appStore } from './appStore';
import { attachSimulation } from './bridge';
import { seek } from './commands';
import { answerQuestion, goToStep, runLessonCommands, startLesson } from './lessonCommands';

const initialState = appStore.getState();
const lesson = () => appStore.getState().lesson;

beforeEach(() => {
  appStore.setState(initialState, true);
  attachSimulation(createSimulationHost(), { request: () => 0, cancel: () => undefined });
});

describe('answers', () => {
  it('are recorded per question, the last choice counting, and kept while moving between steps', () => {
    appStore.setState({ lesson: { lessonId: 'two-roles', stepIndex: 1 } });
    answerQuestion('which-role-secret', 'task-role');
    answerQuestion('which-role-secret', 'execution-role');
    answerQuestion('which-role-s3', 'task-role');
    goToStep(4);
    goToStep(2);
    expect(lesson()).toEqual({ lessonId: 'two-roles', stepIndex: 2, answers: { 'which-role-secret': 'execution-role', 'which-role-s3': 'task-role' } });
  });

  it('leave the store untouched when nothing changes, and are ignored with no lesson open', () => {
    appStore.setState({ lesson: { lessonId: 'two-roles', stepIndex: 1, answers: { q: 'a' } } });
    const before = appStore.getState();
    answerQuestion('q', 'a');
    expect(appStore.getState()).toBe(before);

    appStore.setState({ lesson: { lessonId: null, stepIndex: 0 } });
    answerQuestion('q', 'b');
    expect(lesson().answers).toBeUndefined();
  });

  it('start empty when a lesson is started, even the same one again', async () => {
    appStore.setState({ lesson: { lessonId: 'where-did-it-die', stepIndex: 5, answers: { 'case-a': 'out-of-memory' } } });
    expect(await startLesson('where-did-it-die')).toBe(true);
    expect(lesson()).toEqual({ lessonId: 'where-did-it-die', stepIndex: 0 });
    answerQuestion('case-a', 'image-pull');
    expect(await startLesson('two-roles')).toBe(true);
    expect(lesson()).toEqual({ lessonId: 'two-roles', stepIndex: 0 });
  });
});

describe('runLessonCommands', () => {
  it('deploys a revision with the fault a shortcut names, and sends kubectl rollout undo', async () => {
    expect(await startLesson('where-did-it-die')).toBe(true);
    await runLessonCommands([{ type: 'deployNewRevision', options: { fault: 'exit-on-start' } }]);
    const snapshot = appStore.getState().mirror.snapshot!;
    const revision = snapshot.ecs.taskDefinitions.find((d) => d.revision === 2);
    expect(revision?.containerDefinitions[0].simulate).toEqual({ fault: 'exit-on-start' });
    expect(snapshot.ecs.service.taskDefinition).toBe(revision?.taskDefinitionArn);

    // `kubectl rollout undo` needs a revision to go back to: let the Deployment controller make one.
    await seek(5);
    await runLessonCommands([{ type: 'rolloutUndo' }]);
    expect(appStore.getState().ui.notice).toBeNull();
    expect(appStore.getState().scenario.timeline.map((t) => t.command.type)).toEqual(['RegisterTaskDefinition', 'UpdateService', 'RolloutUndo']);
  });
});
