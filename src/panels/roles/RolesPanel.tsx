// The two IAM roles of an ECS task beside their EKS counterparts (reference/ecs.md §9): the
// execution role, used by ECS and the Fargate agent to start the task (pull the image from ECR,
// send awslogs to CloudWatch Logs, read secrets), and the task role, assumed by the application's
// containers for their own AWS calls (S3 …). On EKS the kubelet pulls with the node IAM role, and
// the application uses a ServiceAccount with IRSA, or without it falls back to the node role.
// For the revision each side runs now, once it has failed visibly, it shows where an IAM fault lands: a missing execution-
// role permission stops the task before it starts (ResourceInitializationError in stoppedReason),
// a missing task-role permission lets it run and the application logs AccessDenied.

import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import type { AppState } from '../../store/appStore';
import { selectDeployedTaskDefinition, selectTaskDefinitions } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useSampledStore } from '../../store/useSampledStore';
import { useOnScreen } from '../shared/useOnScreen';
import type { PodView, TaskView } from '../../sim';
import { nodeRoleArn } from '../inspect/applicationLogText';
import { familyRevision } from '../shared/apiNames';
import { RoleDiagram, type RoleRow } from './RoleDiagram';
import { brokenRole, definitionWithImage, faultOfDefinition, podFailureSeen, revisionFailureSeen, roleName } from './roleFailures';
import './roles.css';

const ROLES_HL = 'roles-serviceaccount';
const selectHighlight = (s: AppState) => s.ui.highlight;
/**
 * The revision of the latest deployment, even one the circuit breaker failed and rolled back: the
 * learner who just broke a role wants to see where that failure landed, not the revision ECS
 * went back to.
 */
const selectLatestDeployedDefinition = (s: AppState) => {
  const latest = s.mirror.snapshot?.stats.deployments.at(-1);
  const definition = latest && s.mirror.snapshot?.ecs.taskDefinitions.find((d) => d.taskDefinitionArn === latest.taskDefinitionArn);
  return definition ?? selectDeployedTaskDefinition(s);
};
const NO_TASKS: readonly TaskView[] = [];
const NO_PODS: readonly PodView[] = [];
const selectTasks = (s: AppState) => s.mirror.snapshot?.ecs.tasks ?? NO_TASKS;
const selectPods = (s: AppState) => s.mirror.snapshot?.k8s.pods ?? NO_PODS;
/** The image of the Deployment's current pod template: its newest ReplicaSet's. */
const selectTemplateImage = (s: AppState) => {
  const k8s = s.mirror.snapshot?.k8s;
  if (!k8s) return null;
  return k8s.replicaSets.find((rs) => rs.revision === k8s.deployment.revision)?.image ?? null;
};

export function RolesPanel() {
  const t = useT();
  const definition = useAppStore(selectLatestDeployedDefinition);
  const definitions = useAppStore(selectTaskDefinitions);
  const templateImage = useAppStore(selectTemplateImage);
  const highlight = useAppStore(selectHighlight);
  // Scanning every task and pod for a failure is for reading, not animation: a few times a second.
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const onScreen = useOnScreen(root);
  const tasks = useSampledStore(selectTasks, onScreen);
  const pods = useSampledStore(selectPods, onScreen);
  if (definition === null) return null;

  const ecsSeen = revisionFailureSeen(tasks, definition.taskDefinitionArn);
  const k8sSeen = templateImage !== null && podFailureSeen(pods, templateImage);
  const ecsBroken = ecsSeen ? brokenRole(faultOfDefinition(definition.containerDefinitions)) : null;
  const k8sDefinition = definitionWithImage(definitions, templateImage);
  const k8sBroken = k8sDefinition === undefined || !k8sSeen ? null : brokenRole(faultOfDefinition(k8sDefinition.containerDefinitions));
  const nodeRole = nodeRoleArn(definition.taskRoleArn);

  const ecsRows: [RoleRow, RoleRow] = [
    {
      actor: t('roles.ecsAgent'),
      role: { id: 'execution', lines: ['executionRoleArn', roleName(definition.executionRoleArn)], title: definition.executionRoleArn, hl: ROLES_HL },
      calls: [
        { id: 'ecr', service: 'ECR', action: 'BatchGetImage', denied: false },
        { id: 'logs', service: 'CloudWatch Logs', action: 'PutLogEvents', denied: false },
        // The simulation's execution-role fault is the secret fetch at task start (sim/ecs/faultPaths.ts).
        { id: 'secrets', service: 'Secrets Manager', action: 'GetSecretValue', denied: ecsBroken === 'execution' },
      ],
    },
    {
      actor: t('roles.app'),
      role: { id: 'task', lines: ['taskRoleArn', roleName(definition.taskRoleArn)], title: definition.taskRoleArn, hl: ROLES_HL },
      calls: [{ id: 's3', service: 'S3', action: 'GetObject', denied: ecsBroken === 'task' }],
    },
  ];
  const k8sRows: [RoleRow, RoleRow] = [
    {
      actor: t('roles.kubelet'),
      role: { id: 'node', lines: ['node IAM role', roleName(nodeRole)], title: nodeRole },
      // EKS has no execution role: the node role's image pull is the counterpart (sim/k8s/imagePullErrors.ts).
      calls: [{ id: 'ecr', service: 'ECR', action: 'BatchGetImage', denied: k8sBroken === 'execution' }],
    },
    {
      actor: t('roles.app'),
      role: { id: 'serviceaccount', lines: ['ServiceAccount default', t('roles.fallsBack', { role: roleName(nodeRole) })], hl: ROLES_HL },
      calls: [{ id: 's3', service: 'S3', action: 'GetObject', denied: k8sBroken === 'task' }],
    },
  ];
  const ecsOutcome = ecsBroken === 'execution' ? 'roles.execFails' : ecsBroken === 'task' ? 'roles.taskFails' : 'roles.ok';
  const k8sOutcome = k8sBroken === 'execution' ? 'roles.k8sExecFails' : k8sBroken === 'task' ? 'roles.k8sTaskFails' : 'roles.ok';

  return (
    <section data-panel="roles" className="panel" aria-labelledby="roles-title" ref={setRoot}>
      <h2 id="roles-title" className="panel-title">
        {t('roles.title')}
      </h2>
      <p className="panel-intro">{t('roles.intro')}</p>
      <div className="pair">
        <div className="side side--ecs roles-side" data-broken={ecsBroken ?? 'none'}>
          <h3 className="side-title">{t('roles.ecsSide')}</h3>
          <RoleDiagram rows={ecsRows} label={t('roles.diagram')} denied={t('roles.denied')} highlight={highlight} />
          <p className="roles-deployed">{t('roles.deployed', { revision: familyRevision(definition.taskDefinitionArn) })}</p>
          <dl className="roles-arns" lang="en">
            <dt>executionRoleArn</dt>
            <dd>{definition.executionRoleArn}</dd>
            <dt>taskRoleArn</dt>
            <dd>{definition.taskRoleArn}</dd>
          </dl>
          <p className={ecsBroken === null ? 'roles-outcome' : 'roles-outcome roles-outcome--broken'} data-testid="roles-ecs-outcome">
            {t(ecsOutcome)}
          </p>
        </div>
        <div className="side side--k8s roles-side" data-broken={k8sBroken ?? 'none'}>
          <h3 className="side-title">{t('roles.k8sSide')}</h3>
          <RoleDiagram rows={k8sRows} label={t('roles.diagram')} denied={t('roles.denied')} highlight={highlight} />
          {templateImage !== null && <p className="roles-deployed">{t('roles.k8sDeployed', { image: templateImage })}</p>}
          <dl className="roles-arns" lang="en">
            <dt>node IAM role</dt>
            <dd>{nodeRole}</dd>
            <dt>eks.amazonaws.com/role-arn</dt>
            <dd>&lt;none&gt;</dd>
          </dl>
          <p className={k8sBroken === null ? 'roles-outcome' : 'roles-outcome roles-outcome--broken'} data-testid="roles-k8s-outcome">
            {t(k8sOutcome)}
          </p>
        </div>
      </div>
    </section>
  );
}
