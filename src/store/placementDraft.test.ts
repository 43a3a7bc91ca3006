import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim';
import type { ScenarioInput } from '../sim';
import { expressionProblem, moveRow, placementDraftOf, placementErrorTarget, placementPatchOf, runsOnFargate } from './placementDraft';

function serviceOf(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario.service;
}

const ec2 = serviceOf({
  service: {
    launchType: 'EC2',
    placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }],
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m5.*' }],
  },
  cluster: { containerInstances: [{ instanceType: 'm5.large' }] },
});

describe('placementPatchOf', () => {
  it('sends nothing for the rules in force', () => {
    expect(placementPatchOf(placementDraftOf(ec2), ec2)).toEqual({});
  });

  it('sends each changed list whole, in the order typed', () => {
    const draft = placementDraftOf(ec2);
    draft.strategy = moveRow(draft.strategy, 1, -1);
    expect(placementPatchOf(draft, ec2)).toEqual({
      placementStrategy: [
        { type: 'binpack', field: 'memory' },
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
      ],
    });
  });

  it('clears a list with []', () => {
    expect(placementPatchOf({ strategy: [], constraints: placementDraftOf(ec2).constraints }, ec2)).toEqual({ placementStrategy: [] });
  });

  it('writes random without a field and trims a spread field', () => {
    expect(
      placementPatchOf(
        {
          strategy: [
            { type: 'random', field: 'memory' },
            { type: 'spread', field: ' instanceId ' },
          ],
          constraints: [{ type: 'distinctInstance', expression: 'ignored' }],
        },
        ec2,
      ),
    ).toEqual({ placementStrategy: [{ type: 'random' }, { type: 'spread', field: 'instanceId' }], placementConstraints: [{ type: 'distinctInstance' }] });
  });
});

describe('placement helpers', () => {
  it('knows where Fargate refuses placement', () => {
    expect(runsOnFargate(ec2)).toBe(false);
    expect(runsOnFargate(serviceOf({}))).toBe(true);
    expect(runsOnFargate(serviceOf({ service: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] } }))).toBe(true);
  });

  it('gives a memberOf syntax error with its position as the learner types', () => {
    expect(expressionProblem('attribute:ecs.instance-type =~ t3.*')).toBeNull();
    expect(expressionProblem('attribute:ecs.os-type = linux')).toEqual({ message: expect.stringContaining('==') as unknown, position: 22 });
  });

  it('reads which row an error is about', () => {
    expect(placementErrorTarget('service.placementConstraints.0.expression: bad (at character 3)')).toBe('constraints.0');
    expect(placementErrorTarget('service.placementStrategy.2.field: must be "instanceId", "host" or "attribute:<name>"')).toBe('strategy.2');
    expect(placementErrorTarget("service.placementStrategy: Task placement strategies and constraints aren't supported")).toBe('strategy');
    expect(placementErrorTarget('service.desiredCount: must be at least 0')).toBeNull();
  });

  it('moves a row and leaves the ends alone', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
