// The ECS column of the inspector: service events → describe-services (deployments, the circuit
// breaker) → the tasks, stopped ones included → describe-tasks of one task → its CloudWatch logs.

import { useState } from 'react';
import { formatClock } from '../../app/formatTime';
import { useT } from '../../app/i18n/useT';
import { familyRevision } from '../shared/apiNames';
import type { TaskView } from '../../sim';
import { stopTask } from '../../store/commands';
import { selectEcsView, selectSelection, selectSimTime } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useSampledStore } from '../../store/useSampledStore';
import { useOnScreen } from '../shared/useOnScreen';
import { cloudWatchLines, logGroupOf, logStreamOf } from './applicationLogText';
import { clusterParts } from './awsJson';
import { CliBlock } from './CliBlock';
import { circuitBreakerJson, describeServicesJson, serviceDeploymentArnOf } from './describeServices';
import { describeTasksJson, taskArnFor } from './describeTasks';
import { Glance } from './Glance';
import { taskGlance } from './glanceRows';
import { ecsMessageSegments } from './linkify';
import { RecordLink } from './RecordLink';
import { StepNav, type StepSpec } from './StepNav';
import { listedTasks, shortTaskId } from './taskList';
import type { MessageKey } from '../../app/i18n/en';

type EcsStep = 'events' | 'service' | 'tasks' | 'task' | 'logs';

const STEPS: readonly StepSpec<EcsStep>[] = [
  { id: 'events', label: 'inspect.step.events' },
  { id: 'service', label: 'inspect.step.service' },
  { id: 'tasks', label: 'inspect.step.tasks' },
  { id: 'task', label: 'inspect.step.task' },
  { id: 'logs', label: 'inspect.step.logs' },
];

const SHOWN_EVENTS = 30;

export function EcsInspector() {
  const t = useT();
  // The records are text for reading, not animation: sampled twice a second, and not while off
  // screen, so a playing 1,000-task rollout keeps its frame rate (docs/performance.md).
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const onScreen = useOnScreen(root);
  const ecs = useSampledStore(selectEcsView, onScreen);
  const selection = useAppStore(selectSelection);
  const now = useSampledStore(selectSimTime, onScreen);
  const [step, setStep] = useState<EcsStep>('events');
  // A task picked anywhere opens its describe-tasks (state adjusted while rendering, not in an
  // effect). The column keeps showing that task while a pod is picked on the other side.
  const [shownFor, setShownFor] = useState(selection);
  const [taskId, setTaskId] = useState(selection?.kind === 'task' ? selection.taskId : null);
  if (selection !== shownFor) {
    setShownFor(selection);
    if (selection?.kind === 'task') {
      setTaskId(selection.taskId);
      setStep('task');
    }
  }
  if (ecs === null) return null;
  const { service } = ecs;
  const { cluster } = clusterParts(service.clusterArn);
  const task = taskId === null ? undefined : ecs.tasks.find((x) => x.taskId === taskId);
  const definition = task && ecs.taskDefinitions.find((d) => d.taskDefinitionArn === task.taskDefinitionArn);

  return (
    <div className="side side--ecs inspector" data-inspector="ecs" ref={setRoot}>
      <h3 className="side-title">{t('inspect.ecs')}</h3>
      {/* The picked task at a glance, above the steps, so it stays in view on every step. */}
      {task !== undefined && (
        <div className="record" data-testid="ecs-record">
          {task.stopCode !== undefined && <p className="inspector-why">{t(`inspect.why.${task.stopCode}` as MessageKey)}</p>}
          <Glance name={`task ${task.taskId}`} rows={taskGlance(task)} testId="ecs-task-glance" />
        </div>
      )}
      <StepNav side="ecs" steps={STEPS} current={step} onSelect={setStep} />
      <div className="inspector-body" data-step={step} tabIndex={-1}>
        {step === 'events' && (
          <CliBlock
            command={`aws ecs describe-services --cluster ${cluster} --services ${service.serviceName} --query 'services[0].events'`}
            text={service.events
              .slice(0, SHOWN_EVENTS)
              .map((e) => `${formatClock(e.createdAt)} ${e.message}`)
              .join('\n')}
            testId="ecs-inspector-events"
          >
            <ol className="cli-list">
              {service.events.slice(0, SHOWN_EVENTS).map((e) => (
                <li key={e.id}>
                  <time className="clock">{formatClock(e.createdAt)}</time>{' '}
                  {ecsMessageSegments(e.message).map((s, i) => (s.ref ? <RecordLink key={i} target={s.ref} /> : <span key={i}>{s.text}</span>))}
                </li>
              ))}
            </ol>
          </CliBlock>
        )}
        {step === 'service' && (
          <>
            {service.deployments[0] !== undefined && (
              <CliBlock
                command={`aws ecs describe-service-deployments --service-deployment-arns ${serviceDeploymentArnOf(service, service.deployments[0])} --query 'serviceDeployments[0].deploymentCircuitBreaker'`}
                text={circuitBreakerJson(ecs.circuitBreaker)}
                testId="ecs-circuit-breaker"
              />
            )}
            <CliBlock command={`aws ecs describe-services --cluster ${cluster} --services ${service.serviceName}`} text={describeServicesJson(service)} testId="ecs-describe-services" />
          </>
        )}
        {step === 'tasks' && <TaskTable tasks={ecs.tasks} selectedId={taskId} caption={t('inspect.tasksCaption', { cluster, service: service.serviceName })} />}
        {step === 'task' &&
          (taskId === null ? (
            <p className="empty">{t('inspect.noTask')}</p>
          ) : (
            <>
              <CliBlock
                command={`aws ecs describe-tasks --cluster ${cluster} --tasks ${taskId}`}
                text={describeTasksJson(taskArnFor(service.clusterArn, taskId), task, service.clusterArn, definition)}
                testId="ecs-describe-tasks"
              />
              {task !== undefined && task.desiredStatus === 'RUNNING' && (
                <button type="button" className="inspector-action" onClick={() => void stopTask(task.taskArn)}>
                  {t('inspect.stopTask')} <code lang="en">aws ecs stop-task --task {shortTaskId(task.taskId)}</code>
                </button>
              )}
            </>
          ))}
        {step === 'logs' &&
          (task === undefined ? (
            <p className="empty">{t('inspect.noTask')}</p>
          ) : (
            task.containers.map((container) => {
              const lines = cloudWatchLines({ task, container, definition, now });
              const group = logGroupOf(definition?.family ?? familyRevision(task.taskDefinitionArn).split(':')[0]);
              const text =
                lines === null
                  ? 'An error occurred (ResourceNotFoundException) when calling the FilterLogEvents operation: The specified log stream does not exist.'
                  : lines.join('\n');
              return (
                <CliBlock
                  key={container.name}
                  command={`aws logs tail ${group} --log-stream-names ${logStreamOf(container.name, task.taskId)}`}
                  text={text}
                  testId="ecs-logs"
                >
                  {lines !== null && lines.length === 0 ? <p className="empty">{t('inspect.logsNone')}</p> : undefined}
                </CliBlock>
              );
            })
          ))}
      </div>
    </div>
  );
}

function TaskTable({ tasks, selectedId, caption }: { tasks: readonly TaskView[]; selectedId: string | null; caption: string }) {
  const t = useT();
  const { shown, hidden } = listedTasks(tasks, selectedId);
  const text = shown.map((x) => [x.taskId, familyRevision(x.taskDefinitionArn), x.lastStatus, x.healthStatus, x.stopCode ?? ''].join('\t')).join('\n');
  return (
    <CliBlock caption={caption} text={text} testId="ecs-tasks" wrap={false}>
      <table className="cli-table">
        <thead>
          <tr>
            <th scope="col">{t('inspect.taskCol')}</th>
            <th scope="col">{t('inspect.revisionCol')}</th>
            <th scope="col">{t('inspect.statusCol')}</th>
            <th scope="col">{t('inspect.healthCol')}</th>
            <th scope="col">{t('inspect.stopCodeCol')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((x) => (
            <tr key={x.taskId} data-task={x.taskId} data-last-status={x.lastStatus}>
              <td>
                <RecordLink target={{ kind: 'task', taskId: x.taskId }}>{shortTaskId(x.taskId)}</RecordLink>
              </td>
              <td>{familyRevision(x.taskDefinitionArn)}</td>
              <td>{x.lastStatus}</td>
              <td>{x.healthStatus}</td>
              <td>{x.stopCode ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p className="empty">{t('inspect.moreTasks', { count: hidden })}</p>}
    </CliBlock>
  );
}
