// The Kubernetes column of the inspector: kubectl describe deployment → kubectl get rs → kubectl
// get pods → kubectl describe pod → kubectl logs (and --previous after a restart). The Deployment
// has no automatic rollback; `kubectl rollout undo` is the learner's to run (the Kubernetes
// settings form has the button).

import { useState } from 'react';
import type { MessageKey } from '../../app/i18n/en';
import { useT } from '../../app/i18n/useT';
import type { PodView } from '../../sim';
import { selectK8sView, selectResolvedScenario, selectSelection, selectSimTime, selectTaskDefinitions } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useSampledStore } from '../../store/useSampledStore';
import { useOnScreen } from '../shared/useOnScreen';
import { definitionForImage, faultOf, kubectlLogLines, nodeRoleArn } from './applicationLogText';
import { CliBlock } from './CliBlock';
import { containerPortOf, describeDeployment } from './kubectlDescribeDeployment';
import { describePod } from './kubectlDescribePod';
import { Glance } from './Glance';
import { podGlance } from './glanceRows';
import { getPods, getReplicaSets, readyColumn, restartsColumn } from './kubectlGet';
import { RecordLink } from './RecordLink';
import { humanDuration } from './simClock';
import { StepNav, type StepSpec } from './StepNav';

type K8sStep = 'deployment' | 'rs' | 'pods' | 'pod' | 'logs';

const STEPS: readonly StepSpec<K8sStep>[] = [
  { id: 'deployment', label: 'inspect.step.deployment' },
  { id: 'rs', label: 'inspect.step.rs' },
  { id: 'pods', label: 'inspect.step.pods' },
  { id: 'pod', label: 'inspect.step.pod' },
  { id: 'logs', label: 'inspect.step.logs' },
];

/** The waiting or terminated reason that says what is wrong with a pod, if any. */
function podTrouble(pod: PodView): MessageKey | null {
  for (const c of pod.containers) {
    if ('waiting' in c.state && ['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull'].includes(c.state.waiting.reason)) {
      return `inspect.k8sWhy.${c.state.waiting.reason}` as MessageKey;
    }
    const last = 'terminated' in c.state ? c.state : c.lastState;
    if (last !== null && 'terminated' in last && last.terminated.reason === 'OOMKilled') return 'inspect.k8sWhy.OOMKilled';
    if ('running' in c.state && !c.ready && pod.phase === 'Running' && !pod.terminating) return 'inspect.k8sWhy.notReady';
  }
  return null;
}

export function K8sInspector() {
  const t = useT();
  // Sampled as in the ECS column: text for reading, not animation.
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const onScreen = useOnScreen(root);
  const k8s = useSampledStore(selectK8sView, onScreen);
  const scenario = useAppStore(selectResolvedScenario);
  const definitions = useAppStore(selectTaskDefinitions);
  const selection = useAppStore(selectSelection);
  const now = useSampledStore(selectSimTime, onScreen);
  const [step, setStep] = useState<K8sStep>('deployment');
  // As in the ECS column: a pod picked anywhere opens its describe, and stays while a task is picked.
  const [shownFor, setShownFor] = useState(selection);
  const [podName, setPodName] = useState(selection?.kind === 'pod' ? selection.name : null);
  if (selection !== shownFor) {
    setShownFor(selection);
    if (selection?.kind === 'pod') {
      setPodName(selection.name);
      setStep('pod');
    }
  }
  if (k8s === null || scenario === null) return null;
  const { deployment } = k8s;
  const pod = podName === null ? undefined : k8s.pods.find((p) => p.name === podName);
  const trouble = pod === undefined ? null : podTrouble(pod);
  const roleArn = nodeRoleArn(scenario.taskDefinition.taskRoleArn);

  return (
    <div className="side side--k8s inspector" data-inspector="k8s" ref={setRoot}>
      <h3 className="side-title">{t('inspect.k8s')}</h3>
      {pod !== undefined && (
        <div className="record" data-testid="k8s-record">
          {trouble !== null && <p className="inspector-why">{t(trouble)}</p>}
          <Glance name={`pod ${pod.name}`} rows={podGlance(pod)} testId="k8s-pod-glance" />
        </div>
      )}
      <StepNav side="k8s" steps={STEPS} current={step} onSelect={setStep} />
      <div className="inspector-body" data-step={step} tabIndex={-1}>
        {step === 'deployment' && (
          <CliBlock
            command={`kubectl describe deployment ${deployment.name}`}
            text={describeDeployment({ deployment, replicaSets: k8s.replicaSets, events: k8s.events, scenario, now })}
            testId="k8s-describe-deployment"
            wrap={false}
          />
        )}
        {step === 'rs' && <CliBlock command={`kubectl get rs -l app=${deployment.name}`} text={getReplicaSets(k8s.replicaSets, now)} testId="k8s-get-rs" wrap={false} />}
        {step === 'pods' && (
          <CliBlock command={`kubectl get pods -l app=${deployment.name}`} text={getPods(k8s.pods, now)} testId="k8s-get-pods" wrap={false}>
            <table className="cli-table">
              <thead>
                <tr>
                  <th scope="col">NAME</th>
                  <th scope="col">READY</th>
                  <th scope="col">STATUS</th>
                  <th scope="col">RESTARTS</th>
                  <th scope="col">AGE</th>
                </tr>
              </thead>
              <tbody>
                {[...k8s.pods]
                  .sort((a, b) => (a.name < b.name ? -1 : 1))
                  .map((p) => (
                    <tr key={p.name} data-pod={p.name} data-status={p.status}>
                      <td>
                        <RecordLink target={{ kind: 'pod', name: p.name }} />
                      </td>
                      <td>{readyColumn(p)}</td>
                      <td>{p.status}</td>
                      <td>{restartsColumn(p, now)}</td>
                      <td>{humanDuration(now - p.createdAt)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </CliBlock>
        )}
        {step === 'pod' &&
          (podName === null ? (
            <p className="empty">{t('inspect.noPod')}</p>
          ) : (
            <>
              <CliBlock
                command={`kubectl describe pod ${podName}`}
                text={
                  pod === undefined
                    ? `Error from server (NotFound): pods "${podName}" not found`
                    : describePod({ pod, events: k8s.events, app: deployment.name, containerPort: containerPortOf(scenario), now })
                }
                testId="k8s-describe-pod"
                wrap={false}
              />
            </>
          ))}
        {step === 'logs' &&
          (pod === undefined ? (
            <p className="empty">{t('inspect.noPod')}</p>
          ) : (
            pod.containers.flatMap((container) => {
              const fault = faultOf(definitionForImage(definitions, container.name, container.image), container.name);
              const input = { podName: pod.name, container, fault, roleArn, now };
              const multi = pod.containers.length > 1 ? ` -c ${container.name}` : '';
              const blocks = [
                <CliBlock key={container.name} command={`kubectl logs ${pod.name}${multi}`} text={kubectlLogLines({ ...input, previous: false }).join('\n')} testId="k8s-logs" />,
              ];
              if (container.restartCount > 0) {
                blocks.push(
                  <CliBlock
                    key={`${container.name}-previous`}
                    command={`kubectl logs ${pod.name}${multi} --previous`}
                    text={kubectlLogLines({ ...input, previous: true }).join('\n')}
                    testId="k8s-logs-previous"
                  />,
                );
              }
              return blocks;
            })
          ))}
      </div>
    </div>
  );
}
