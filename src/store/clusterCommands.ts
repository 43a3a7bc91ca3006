// Applying the Cluster form: a restart with the change (reconfigureScenario), or UpdateService
// when only the capacity provider strategy of a service that has one changes. The changed
// scenario is validated first, so a mistake is named field by field and nothing restarts.

import { appStore } from './appStore';
import type { ClusterPlan } from './clusterDraft';
import { dismissNotice, notifyError, updateService } from './commands';
import { reconfigureScenario, withScenarioChange } from './reconfigureScenario';
import type { ScenarioChange } from './reconfigureScenario';

/** Field-named errors for restarting with `change`, or none. */
async function validateScenarioChange(change: ScenarioChange): Promise<string[]> {
  const { parseScenario } = await import('./scenarioCheck');
  const parsed = parseScenario(withScenarioChange(appStore.getState().scenario.input, change));
  return parsed.ok ? [] : parsed.errors;
}

/** Carries out `plan`; returns the errors shown to the learner (none on success). */
export async function applyClusterPlan(plan: ClusterPlan): Promise<string[]> {
  switch (plan.kind) {
    case 'none':
      return [];
    case 'invalid': {
      const lines = plan.errors.map((error) => error.line);
      notifyError('notice.invalidSettings', lines);
      return lines;
    }
    case 'update':
      return updateService(plan.patch);
    case 'restart': {
      const errors = await validateScenarioChange(plan.change);
      if (errors.length > 0) {
        notifyError('notice.invalidSettings', errors);
        return errors;
      }
      if (await reconfigureScenario(plan.change)) {
        dismissNotice();
        return [];
      }
      // loadScenario has put the worker's reasons in the notice.
      return appStore.getState().ui.notice?.details ?? ['the scenario could not be restarted'];
    }
  }
}
