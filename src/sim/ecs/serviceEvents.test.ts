import { describe, expect, it } from 'vitest';
import {
  chunkTaskIds,
  deploymentCompletedMessage,
  startedTasksMessage,
  steadyStateMessage,
  stoppedTasksMessage,
  unableToStopOrStartMessage,
} from './serviceEvents';

// Expected strings are real describe-services output quoted in reference/ecs.md §4.1.
describe('service event wording', () => {
  it('matches a real "has started" event', () => {
    expect(startedTasksMessage('ui', ['6a127288b5fa4ad7b70e2b340d705cc0', 'ef673d3a5c6d4401993bdbe5f77df574'])).toBe(
      '(service ui) has started 2 tasks: (task 6a127288b5fa4ad7b70e2b340d705cc0) (task ef673d3a5c6d4401993bdbe5f77df574).',
    );
  });
  it('says "1 tasks" for one task, as ECS does', () => {
    expect(startedTasksMessage('zoo', ['f35b'])).toBe('(service zoo) has started 1 tasks: (task f35b).');
  });
  it('matches a real "has stopped" event', () => {
    expect(stoppedTasksMessage('ui', ['3e7a', '5e1c'])).toBe('(service ui) has stopped 2 running tasks: (task 3e7a) (task 5e1c).');
  });
  it('matches real completion and steady-state events', () => {
    expect(deploymentCompletedMessage('dianademo-baked', 'ecs-svc/5386320934964759578')).toBe(
      '(service dianademo-baked) (deployment ecs-svc/5386320934964759578) deployment completed.',
    );
    expect(steadyStateMessage('ui')).toBe('(service ui) has reached a steady state.');
  });
  it('uses the documented stuck-configuration message', () => {
    expect(unableToStopOrStartMessage('web')).toMatch(/^\(service web\) was unable to stop or start tasks during a deployment because of the service deployment configuration\. Update the minimumHealthyPercent or maximumPercent value and try again\.$/);
  });
  it('splits long task lists into events of at most 10 ids', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `t${i}`);
    expect(chunkTaskIds(ids).map((c) => c.length)).toEqual([10, 10, 3]);
  });
});
