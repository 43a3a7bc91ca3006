import { describe, expect, it } from 'vitest';
import { createSimulation, DEFAULT_SCENARIO_INPUT, parseScenario } from '../sim';
import type { Snapshot } from '../sim';
import { parseIntOrPercentField, parseNumberField, validateServicePatch } from './servicePatch';

function snapshotOf(input: unknown = DEFAULT_SCENARIO_INPUT): Snapshot {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return createSimulation(parsed.scenario).snapshot();
}

describe('validateServicePatch', () => {
  const snapshot = snapshotOf();

  it('names the field of each invalid value', async () => {
    expect(await validateServicePatch(snapshot, { desiredCount: -1 })).toEqual([expect.stringMatching(/^service\.desiredCount: /)]);
    expect(await validateServicePatch(snapshot, { deploymentConfiguration: { minimumHealthyPercent: 150 } })).toEqual([
      expect.stringMatching(/^service\.deploymentConfiguration\.minimumHealthyPercent: .*100/),
    ]);
    expect(await validateServicePatch(snapshot, { kubernetes: { maxSurge: 'abc' } })).toEqual([expect.stringMatching(/^kubernetes\.maxSurge: /)]);
  });

  it('treats an empty number field as missing a number, not as 0', async () => {
    expect(await validateServicePatch(snapshot, { desiredCount: parseNumberField('  ') })).toEqual([expect.stringMatching(/^service\.desiredCount: /)]);
  });

  it('accepts valid patches', async () => {
    expect(await validateServicePatch(snapshot, { desiredCount: 5 })).toEqual([]);
    expect(await validateServicePatch(snapshot, { deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 150 } })).toEqual([]);
    expect(await validateServicePatch(snapshot, { kubernetes: { maxSurge: '25%', maxUnavailable: 1, minReadySeconds: 10 } })).toEqual([]);
  });

  it('checks the Kubernetes pair the patch would produce, as the API server does', async () => {
    // 100 / 200 derives maxUnavailable "0%", so a hand-set maxSurge of 0 leaves nothing to roll with.
    expect(await validateServicePatch(snapshot, { kubernetes: { maxSurge: 0 } })).toEqual([expect.stringMatching(/^kubernetes\.maxUnavailable: .*may not be 0/)]);
  });

  it('leaves derived Kubernetes values to the simulation, which re-derives them', async () => {
    expect(await validateServicePatch(snapshot, { deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } })).toEqual([]);
  });
});

describe('validateServicePatch against where the service runs', () => {
  const ec2 = snapshotOf({
    service: { desiredCount: 3, launchType: 'EC2' },
    cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }, { instanceType: 'm5.large' }] },
  });
  const fargate = snapshotOf();
  const FARGATE_PLACEMENT = "Task placement strategies and constraints aren't supported for tasks using the Fargate launch type.";

  it('accepts a binpack strategy on an EC2 service', async () => {
    expect(await validateServicePatch(ec2, { placementStrategy: [{ type: 'binpack', field: 'memory' }] })).toEqual([]);
    expect(await validateServicePatch(ec2, { placementConstraints: [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m5.*' }] })).toEqual([]);
  });

  it('keeps checking an EC2 service as EC2 when the patch is about something else', async () => {
    expect(await validateServicePatch(ec2, { desiredCount: 5 })).toEqual([]);
  });

  it('refuses placement on a Fargate service, naming the field, in ECS’s words', async () => {
    expect(await validateServicePatch(fargate, { placementStrategy: [{ type: 'binpack', field: 'cpu' }] })).toEqual([`service.placementStrategy: ${FARGATE_PLACEMENT}`]);
    expect(await validateServicePatch(fargate, { placementConstraints: [{ type: 'distinctInstance' }] })).toEqual([`service.placementConstraints: ${FARGATE_PLACEMENT}`]);
  });

  it('names the expression of a memberOf constraint with a syntax error, and where it breaks', async () => {
    const errors = await validateServicePatch(ec2, { placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type = linux' }] });
    expect(errors).toEqual([expect.stringMatching(/^service\.placementConstraints\.0\.expression: .*\(at character 23\)$/)]);
  });

  it('checks a capacity provider strategy against the cluster’s providers', async () => {
    expect(await validateServicePatch(fargate, { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', base: 1, weight: 1 }] })).toEqual([]);
    expect(await validateServicePatch(fargate, { capacityProviderStrategy: [{ capacityProvider: 'nope', weight: 1 }] })).toEqual([
      expect.stringMatching(/^service\.capacityProviderStrategy\.0\.capacityProvider: .*not associated with the cluster/),
    ]);
  });
});

describe('field parsing', () => {
  it('reads IntOrString the way Kubernetes writes it', () => {
    expect(parseIntOrPercentField(' 2 ')).toBe(2);
    expect(parseIntOrPercentField('25%')).toBe('25%');
    expect(parseIntOrPercentField('abc')).toBe('abc');
  });

  it('reads numbers, with an empty field as NaN', () => {
    expect(parseNumberField('4')).toBe(4);
    expect(parseNumberField('')).toBeNaN();
  });
});
