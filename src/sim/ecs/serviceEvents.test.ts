import { describe, expect, it } from 'vitest';
import {
  chunkTaskIds,
  deploymentCompletedMessage,
  deploymentFailedMessage,
  failedContainerHealthChecksMessage,
  rollingBackMessage,
  rolloutStateReason,
  startedTasksMessage,
  steadyStateMessage,
  stoppedTasksMessage,
  unableToConsistentlyStartMessage,
  unableToStopOrStartMessage,
  unhealthyTargetMessage,
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

// Real events from reference/ecs.md §4.1 (a circuit-breaker rollback and an unhealthy replacement)
// and the documented forms of §1.8 and §4.2.
describe('when deployments go wrong', () => {
  it('matches the real unhealthy replacement', () => {
    expect(startedTasksMessage('pairva-frontend-service', ['f35b'], 1)).toBe(
      '(service pairva-frontend-service) has started 1 tasks: (task f35b). Amazon ECS replaced 1 tasks due to an unhealthy status.',
    );
  });
  it('matches the real failed container health checks event', () => {
    expect(failedContainerHealthChecksMessage('devops-g3-inventory', '60a736a708f44dfcb1191e0771825ad5')).toBe(
      '(service devops-g3-inventory) (task 60a736a708f44dfcb1191e0771825ad5) failed container health checks.',
    );
  });
  it('matches the real circuit breaker failure and rollback events', () => {
    expect(deploymentFailedMessage('devops-g3-inventory', 'ecs-svc/1571272475813219068')).toBe(
      '(service devops-g3-inventory) (deployment ecs-svc/1571272475813219068) deployment failed: tasks failed to start.',
    );
    expect(rollingBackMessage('devops-g3-inventory', 'ecs-svc/1675294001379389663')).toBe('(service devops-g3-inventory) rolling back to deployment ecs-svc/1675294001379389663.');
    expect(rolloutStateReason('ecs-svc/1571272475813219068', 'FAILED')).toBe('ECS deployment circuit breaker: tasks failed to start.');
  });
  it('uses the Fargate target-group form for an unhealthy target', () => {
    const arn = 'arn:aws:elasticloadbalancing:ap-south-1:377727317375:targetgroup/corpd-Targe-12YF9HTH1OJGJ/e938d1c7734d02a2';
    expect(unhealthyTargetMessage('web', '6a12', 80, arn, 'Health checks failed with these codes: [503]')).toBe(
      `(service web) (task 6a12) (port 80) is unhealthy in (target-group ${arn}) due to (reason Health checks failed with these codes: [503]).`,
    );
  });
  it('uses the documented throttle event', () => {
    expect(unableToConsistentlyStartMessage('web')).toBe('(service web) is unable to consistently start tasks successfully.');
  });
});
