import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxUnavailableFor, resolveFenceposts, scaledValue } from './resolveFenceposts';

describe('resolveFenceposts (reference/k8s.md §1.2, §7)', () => {
  it('resolves the docs vectors: 3 replicas at 25%/25% → 1/0, 4 → 1/1, 10 at 30%/30% → 3/3', () => {
    expect(resolveFenceposts(3, '25%', '25%')).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    expect(resolveFenceposts(4, '25%', '25%')).toEqual({ maxSurge: 1, maxUnavailable: 1 });
    expect(resolveFenceposts(10, '30%', '30%')).toEqual({ maxSurge: 3, maxUnavailable: 3 });
  });

  it('rounds surge up and unavailable down', () => {
    expect(resolveFenceposts(5, '10%', '90%')).toEqual({ maxSurge: 1, maxUnavailable: 4 });
  });

  it('returns ints unchanged, whatever the replica count', () => {
    expect(resolveFenceposts(10, 3, 2)).toEqual({ maxSurge: 3, maxUnavailable: 2 });
    expect(resolveFenceposts(1, 5, 7)).toEqual({ maxSurge: 5, maxUnavailable: 7 });
  });

  it('sets maxUnavailable to 1 when both resolve to 0', () => {
    expect(resolveFenceposts(3, 0, '10%')).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(resolveFenceposts(0, '25%', '25%')).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(resolveFenceposts(3, 0, 0)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });

  it('never resolves both fenceposts to zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (replicas, s, u) => {
        const r = resolveFenceposts(replicas, `${s}%`, `${u}%`);
        expect(r.maxSurge + r.maxUnavailable).toBeGreaterThan(0);
        expect(r.maxSurge).toBe(Math.ceil((s * replicas) / 100));
      }),
    );
  });

  it('throws on malformed values, naming them', () => {
    expect(() => resolveFenceposts(3, '25', 0)).toThrow('invalid value for IntOrString: "25" is not a percentage');
    expect(() => resolveFenceposts(3, 1, 'abc%')).toThrow('invalid value for IntOrString: "abc%"');
    expect(() => resolveFenceposts(3, -1, 0)).toThrow('invalid value for IntOrString: -1 must be greater than or equal to 0');
    expect(() => resolveFenceposts(3, '-5%', 0)).toThrow('"-5%"');
    expect(() => resolveFenceposts(3, 1.5, 0)).toThrow('1.5 is not an integer');
    expect(() => resolveFenceposts(3, '2.5%', 0)).toThrow('"2.5%"');
  });
});

describe('scaledValue and MaxUnavailable', () => {
  it('scales a percent with the chosen rounding', () => {
    expect(scaledValue('25%', 3, true)).toBe(1);
    expect(scaledValue('25%', 3, false)).toBe(0);
    expect(scaledValue('+50%', 3, false)).toBe(1);
  });

  it('caps maxUnavailable at replicas and gives 0 for 0 replicas', () => {
    expect(maxUnavailableFor(3, 5)).toBe(3);
    expect(maxUnavailableFor(3, 1)).toBe(1);
    expect(maxUnavailableFor(0, 1)).toBe(0);
  });
});
