import { describe, expect, it } from 'vitest';
import { sameScheduling, schedulingFromPlacement } from './schedulingFromPlacement';

describe('ECS placement → kube-scheduler (reference/k8s.md §5.6)', () => {
  it('the service default, spread over zones, is a plain Deployment: LeastAllocated with the default spreading', () => {
    const expected = { scoring: 'LeastAllocated', defaultSpreading: true, hostnameAntiAffinity: false, nodeAffinity: {}, untranslated: [] };
    expect(schedulingFromPlacement([], [])).toEqual(expected);
    expect(schedulingFromPlacement([], [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'spread', field: 'instanceId' }])).toEqual(expected);
  });

  it('binpack first → MostAllocated, without the default spreading that would outweigh it', () => {
    expect(schedulingFromPlacement([], [{ type: 'binpack', field: 'memory' }])).toMatchObject({ scoring: 'MostAllocated', defaultSpreading: false, untranslated: [] });
  });

  it('distinctInstance → required pod anti-affinity on the hostname', () => {
    expect(schedulingFromPlacement([{ type: 'distinctInstance' }], []).hostnameAntiAffinity).toBe(true);
  });

  it('memberOf with == / in on the instance type or zone → required nodeAffinity; several must all hold', () => {
    const s = schedulingFromPlacement(
      [
        { type: 'memberOf', expression: 'attribute:ecs.instance-type in [m5.large, c5.large] and attribute:ecs.availability-zone == us-east-1a' },
        { type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.large' },
      ],
      [],
    );
    expect(s.nodeAffinity).toEqual({ 'node.kubernetes.io/instance-type': ['m5.large'], 'topology.kubernetes.io/zone': ['us-east-1a'] });
    expect(s.untranslated).toEqual([]);
  });

  it('records what has no direct translation instead of faking it', () => {
    const s = schedulingFromPlacement(
      [
        { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' },
        { type: 'memberOf', expression: 'attribute:stack == prod' },
        { type: 'memberOf', expression: 'attribute:ecs.availability-zone == us-east-1a or attribute:ecs.availability-zone == us-east-1b' },
      ],
      [{ type: 'binpack', field: 'cpu' }, { type: 'spread', field: 'attribute:ecs.availability-zone' }],
    );
    expect(s.nodeAffinity).toEqual({});
    expect(s.untranslated).toEqual([
      'spread(attribute:ecs.availability-zone): kube-scheduler adds its scores up; it cannot apply a rule after binpack(cpu) as a tie-breaker',
      'memberOf(attribute:ecs.instance-type =~ t3.*): only == and in on ecs.instance-type or ecs.availability-zone map to a required nodeAffinity',
      'memberOf(attribute:stack == prod): only == and in on ecs.instance-type or ecs.availability-zone map to a required nodeAffinity',
      'memberOf(attribute:ecs.availability-zone == us-east-1a or attribute:ecs.availability-zone == us-east-1b): only == and in on ecs.instance-type or ecs.availability-zone map to a required nodeAffinity',
    ]);
    expect(schedulingFromPlacement([], [{ type: 'random' }])).toMatchObject({ scoring: 'LeastAllocated', defaultSpreading: false, untranslated: [expect.stringMatching(/^random: /)] });
    expect(schedulingFromPlacement([], [{ type: 'spread', field: 'attribute:stack' }]).untranslated).toEqual([
      'spread(attribute:stack): no node label carries it; the default zone and hostname spreading applies instead',
    ]);
  });

  it('tells translations apart for pod templates', () => {
    expect(sameScheduling(schedulingFromPlacement([], []), schedulingFromPlacement([], []))).toBe(true);
    expect(sameScheduling(schedulingFromPlacement([], []), schedulingFromPlacement([{ type: 'distinctInstance' }], []))).toBe(false);
  });
});
