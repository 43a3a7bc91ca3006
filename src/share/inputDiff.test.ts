import { describe, expect, it } from 'vitest';
import { applyInputDiff, diffInput } from './inputDiff';
import type { JsonObject } from './inputDiff';

const base: JsonObject = {
  seed: 7,
  start: 'steady',
  service: { desiredCount: 4, deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 } },
  taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:v1' }] },
};

describe('diffInput / applyInputDiff', () => {
  it('keeps only what differs, nested', () => {
    const value = structuredClone(base);
    (value.service as JsonObject).desiredCount = 6;
    expect(diffInput(base, value)).toEqual({ service: { desiredCount: 6 } });
  });

  it('an input equal to the base diffs to nothing', () => {
    expect(diffInput(base, structuredClone(base))).toEqual({});
  });

  it('round-trips, including keys the input leaves out and replaced arrays', () => {
    const value: JsonObject = {
      seed: 9,
      service: { desiredCount: 2, deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 } },
      taskDefinition: { containerDefinitions: [{ name: 'api', image: 'api:v3' }] },
      kubernetes: { maxSurge: '25%' },
    };
    const diff = diffInput(base, value);
    expect(diff.start).toBeNull();
    expect(applyInputDiff(base, JSON.parse(JSON.stringify(diff)))).toEqual(value);
  });

  it('gives the same diff whatever the key order', () => {
    const a: JsonObject = { seed: 2, service: { desiredCount: 6, serviceName: 'api' } };
    const b: JsonObject = { service: { serviceName: 'api', desiredCount: 6 }, seed: 2 };
    expect(JSON.stringify(diffInput(base, a))).toBe(JSON.stringify(diffInput(base, b)));
  });

  it('ignores keys that would reach the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "service": {"constructor": {"x": 1}}}') as JsonObject;
    const result = applyInputDiff(base, hostile);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.service as JsonObject)).not.toContain('constructor');
  });
});
