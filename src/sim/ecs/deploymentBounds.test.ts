import { describe, expect, it } from 'vitest';
import { deploymentBounds } from './deploymentBounds';

// The worked numbers in AWS's documentation (reference/ecs.md §1.3).
describe('deploymentBounds', () => {
  it('50% of 4 tasks: the scheduler may stop two before starting two', () => {
    expect(deploymentBounds(4, 50, 200).minimumHealthy).toBe(2);
  });
  it('75% of 2 tasks rounds up to 2: it cannot stop any', () => {
    expect(deploymentBounds(2, 75, 200).minimumHealthy).toBe(2);
  });
  it('200% of 4 tasks: it may start four new before stopping four', () => {
    expect(deploymentBounds(4, 100, 200).maximum).toBe(8);
  });
  it('125% of 3 tasks rounds down to 3: it cannot start any', () => {
    expect(deploymentBounds(3, 100, 125).maximum).toBe(3);
  });
  it('150% of 3 tasks rounds down to 4', () => {
    expect(deploymentBounds(3, 100, 150).maximum).toBe(4);
  });
  it('0 / 100 with one task allows downtime: minimum 0, maximum 1', () => {
    expect(deploymentBounds(1, 0, 100)).toEqual({ minimumHealthy: 0, maximum: 1 });
  });
  it('an empty service has no bounds to keep', () => {
    expect(deploymentBounds(0, 100, 200)).toEqual({ minimumHealthy: 0, maximum: 0 });
  });
});
