// One line per side saying where the rollout stands, in each tool's own words: the PRIMARY
// deployment's rolloutState and rolloutStateReason as `aws ecs describe-services` shows them,
// and the line `kubectl rollout status` prints. A strategy the Kubernetes API server would
// reject (ECS 100 / 100 translates to maxSurge 0 and maxUnavailable 0) is shown here too.

import { useT } from '../../app/i18n/useT';
import { selectK8sApiError, selectK8sRolloutStatus, selectPrimaryRollout, selectServiceName } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

export function RolloutStatusLines() {
  const t = useT();
  const primary = useAppStore(selectPrimaryRollout);
  const k8sStatus = useAppStore(selectK8sRolloutStatus);
  const apiError = useAppStore(selectK8sApiError);
  const name = useAppStore(selectServiceName);
  if (primary === null || k8sStatus === null || name === null) return null;
  return (
    <div className="status-lines pair" aria-label={t('status.title')}>
      <p className="status-line side--ecs" data-testid="ecs-rollout-state" data-rollout-state={primary.rolloutState}>
        <code className="status-command">$ aws ecs describe-services --services {name}</code>
        <code className="status-output">
          {primary.status} rolloutState {primary.rolloutState} — {primary.rolloutStateReason}
        </code>
      </p>
      <p className="status-line side--k8s" data-testid="k8s-rollout-status">
        <code className="status-command">$ kubectl rollout status deployment/{name}</code>
        <code className="status-output">{k8sStatus}</code>
        {apiError !== null && (
          <span className="status-error" role="alert">
            {t('status.k8sRejected')} <code lang="en">{apiError}</code>
          </span>
        )}
      </p>
    </div>
  );
}
