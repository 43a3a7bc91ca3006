import { beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../sim';
import { createSimulationHost } from '../worker/simulationHost';
import { appStore } from './appStore';
import { attachSimulation } from './bridge';
import { applyClusterPlan } from './clusterCommands';
import { clusterDraftOf, planCluster } from './clusterDraft';
import type { ClusterDraft } from './clusterDraft';
import { loadScenario, seek } from './commands';

const initialState = appStore.getState();
const state = () => appStore.getState();

const INPUT: ScenarioInput = { service: { desiredCount: 2, capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } };

function planFor(change: (draft: ClusterDraft) => void) {
  const live = state().mirror.snapshot?.scenario;
  if (!live) throw new Error('no snapshot');
  const draft = clusterDraftOf(live);
  change(draft);
  return planCluster(draft, live, state().scenario.input);
}

beforeEach(async () => {
  appStore.setState(initialState, true);
  attachSimulation(createSimulationHost());
  expect(await loadScenario(INPUT)).toBe(true);
  await seek(30);
});

describe('applyClusterPlan', () => {
  it('restarts the scenario with the change at 0 s', async () => {
    expect(await applyClusterPlan(planFor((d) => (d.awsvpcTrunking = true)))).toEqual([]);
    expect(state().scenario.input.cluster).toEqual({ awsvpcTrunking: true });
    expect(state().mirror.snapshot?.scenario.cluster.awsvpcTrunking).toBe(true);
    expect(state().playback.time).toBe(0);
    expect(state().ui.notice).toBeNull();
  });

  it('names the field of a change the scenario validator refuses, and restarts nothing', async () => {
    const errors = await applyClusterPlan(planFor((d) => (d.subnets[1].cidr = '10.0.0.0/24')));
    expect(errors).toEqual([expect.stringMatching(/^cluster\.subnets\.1\.cidr: The CIDR '10\.0\.0\.0\/24' conflicts with another subnet/)]);
    expect(state().ui.notice).toMatchObject({ kind: 'error', message: { key: 'notice.invalidSettings' }, details: errors });
    expect(state().scenario.input).toEqual(INPUT);
    expect(state().playback.time).toBe(30);
  });

  it('reports a draft’s own problems without sending anything', async () => {
    const errors = await applyClusterPlan(planFor((d) => (d.subnets[0].cidr = '10.0.0.0/')));
    expect(errors).toEqual([expect.stringMatching(/^cluster\.subnets\.0\.cidr: .*prefix length.*\(at character 10\)$/)]);
    expect(state().playback.time).toBe(30);
  });

  it('sends a new strategy for a service that has one as UpdateService, without a restart', async () => {
    const plan = planFor((d) => d.strategy.push({ capacityProvider: 'FARGATE_SPOT', base: '', weight: '3' }));
    expect(plan.kind).toBe('update');
    expect(await applyClusterPlan(plan)).toEqual([]);
    expect(state().playback.time).toBe(30);
    expect(state().scenario.timeline.map((entry) => entry.command)).toEqual([
      {
        type: 'UpdateService',
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 0, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        ],
      },
    ]);
  });
});
