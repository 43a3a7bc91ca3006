// The Cluster and Placement forms rendered to static markup in Node, over a real snapshot: what a
// learner sees before touching anything. (Server rendering reads the store's initial state, so
// the test points it at the state it sets.)

import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../../sim';
import type { ScenarioInput } from '../../sim';
import { appStore } from '../../store/appStore';
import { ClusterForm } from './ClusterForm';
import { PlacementForm } from './PlacementForm';

const initial = appStore.getInitialState();

function showScenario(input: ScenarioInput, locale: 'en' | 'ja' = 'en'): void {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const snapshot = createSimulation(parsed.scenario).snapshot();
  const state = { ...initial, mirror: { snapshot, version: 1 }, scenario: { input, timeline: [] }, ui: { ...initial.ui, locale } };
  appStore.getInitialState = () => state;
}

afterEach(() => {
  appStore.getInitialState = () => initial;
});

const EC2: ScenarioInput = {
  service: { desiredCount: 4, launchType: 'EC2', placementStrategy: [{ type: 'binpack', field: 'memory' }], placementConstraints: [{ type: 'memberOf', expression: 'attribute:stack == prod' }] },
  cluster: { containerInstances: [{ instanceType: 'm5.large', attributes: { stack: 'prod' } }, { instanceType: 'm5.large', attributes: { stack: 'prod' } }] },
};

describe('ClusterForm', () => {
  it('shows the instances as a row with the numbers a change would give', () => {
    showScenario(EC2);
    const html = renderToStaticMarkup(<ClusterForm />);
    expect(html).toContain('ECS can’t change these on a running service');
    expect(html).toMatch(/<option value="EC2" selected="">EC2<\/option>/);
    expect(html).toContain('taskEniLimit 2 without trunking, 10 with');
    expect(html).toContain('EKS node: vpcCniMaxPods 29');
    // 2 × m5.large without trunking hold 4 awsvpc tasks; 4 tasks at 100/200 peak at 8.
    expect(html).toContain('EC2 instances: 2 · awsvpc tasks their ENIs hold: 4 · tasks at a deployment’s peak: 8');
    expect(html).toContain('The instances’ ENIs hold 4 awsvpc tasks, fewer than the 8 a deployment’s peak runs');
    expect(html).toContain('16,379 usable addresses');
    expect(html).toContain('value="stack=prod"');
  });

  it('labels every input', () => {
    showScenario(EC2);
    const html = renderToStaticMarkup(<ClusterForm />);
    const ids = [...html.matchAll(/<(?:input|select)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    const radios = [...html.matchAll(/<label><input type="radio"/g)].length;
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(radios).toBe(2);
  });

  it('warns when the subnets are too small for the deployment’s peak', () => {
    showScenario({ service: { desiredCount: 20 }, cluster: { subnets: [{ subnetId: 'subnet-a', cidr: '10.0.0.0/28', availabilityZone: 'us-east-1a' }] } });
    expect(renderToStaticMarkup(<ClusterForm />)).toContain('The subnets have 11 usable addresses, but a deployment’s peak needs about 40');
  });

  it('warns when the launch type has nowhere to run, in Japanese too', () => {
    showScenario({ service: { launchType: 'EC2' } }, 'ja');
    expect(renderToStaticMarkup(<ClusterForm />)).toContain('EC2 のコンテナインスタンスがありません');
  });
});

describe('PlacementForm', () => {
  it('shows the rules in force with their Kubernetes counterparts', () => {
    showScenario(EC2);
    const html = renderToStaticMarkup(<PlacementForm />);
    expect(html).toMatch(/<option value="binpack" selected="">binpack<\/option>/);
    expect(html).toContain('value="attribute:stack == prod"');
    expect(html).toContain('The expression parses.');
    expect(html).toContain('Kubernetes: NodeResourcesFit scoring with MostAllocated');
    expect(html).not.toContain('disabled="" aria-describedby');
  });

  it('is disabled on Fargate, with ECS’s own sentence', () => {
    showScenario({});
    const html = renderToStaticMarkup(<PlacementForm />);
    expect(html).toContain("Task placement strategies and constraints aren&#x27;t supported for tasks using the Fargate launch type.");
    expect(html).toMatch(/<fieldset class="cf-plain" disabled="" aria-describedby="[^"]+-fargate">/);
  });
});
