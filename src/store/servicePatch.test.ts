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
