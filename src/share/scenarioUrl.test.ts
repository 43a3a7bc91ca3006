import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_INPUT } from '../sim';
import { getLesson } from '../lessons/registry';
import { decodeShareUrl, encodeShareUrl } from './scenarioUrl';
import type { SharedState } from './scenarioUrl';

const BASE = 'https://isomorph.example/app/?utm=x';

const shared: SharedState = {
  input: { service: { desiredCount: 4, deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 } } },
  timeline: [
    { time: 12, command: { type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2', essential: true }] } },
    { time: 12, command: { type: 'UpdateService', taskDefinition: 'web:2' } },
    { time: 40.5, command: { type: 'UpdateService', kubernetes: { maxSurge: '25%' } } },
  ],
  lesson: { id: 'rolling-update', step: 2 },
  locale: 'ja',
  time: 73.5,
};

const withHash = (hash: string) => `${BASE}#${hash}`;
const lz = (value: unknown) => compressToEncodedURIComponent(JSON.stringify(value));

function reasonFor(url: string): string {
  const result = decodeShareUrl(url);
  if (result.ok) throw new Error(`expected ${url} to be rejected`);
  return result.reason;
}

describe('encodeShareUrl / decodeShareUrl', () => {
  it('round-trips scenario, commands, lesson step, language and time', () => {
    const url = encodeShareUrl(shared, BASE);
    expect(url.startsWith('https://isomorph.example/app/?utm=x#v=1&s=')).toBe(true);
    expect(decodeShareUrl(url)).toEqual({ ok: true, state: shared, bare: false });
  });

  it('keeps every field of a broken revision, the circuit breaker and rollout undo', () => {
    const broken: SharedState = {
      ...shared,
      timeline: [
        {
          time: 5,
          command: {
            type: 'RegisterTaskDefinition',
            family: 'web',
            containerDefinitions: [
              {
                name: 'web',
                image: 'public.ecr.aws/isomorph/web:v2',
                healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 10, retries: 2 },
                simulate: { fault: 'failing-health-check' },
              },
            ],
            taskRoleArn: 'arn:aws:iam::123456789012:role/webTaskRole',
          },
        },
        {
          time: 5,
          command: {
            type: 'UpdateService',
            taskDefinition: 'web:2',
            deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true, thresholdConfiguration: { type: 'COUNT', value: 3 } } },
            healthCheckGracePeriodSeconds: 60,
            kubernetes: { progressDeadlineSeconds: 120 },
          },
        },
        { time: 200, command: { type: 'RolloutUndo' } },
      ],
    };
    expect(decodeShareUrl(encodeShareUrl(broken, BASE))).toEqual({ ok: true, state: broken, bare: false });
  });

  it('keeps where the tasks run: a capacity provider strategy and placement sent with UpdateService', () => {
    const placed: SharedState = {
      ...shared,
      input: { service: { desiredCount: 4, launchType: 'EC2' }, cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }] } },
      timeline: [
        {
          time: 30,
          command: {
            type: 'UpdateService',
            placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }, { type: 'random' }],
            placementConstraints: [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m5.*' }],
          },
        },
        { time: 90, command: { type: 'UpdateService', capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 1, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3 }] } },
      ],
    };
    expect(decodeShareUrl(encodeShareUrl(placed, BASE))).toEqual({ ok: true, state: placed, bare: false });
  });

  it('keeps the default scenario out of the URL', () => {
    const url = encodeShareUrl({ input: DEFAULT_SCENARIO_INPUT, timeline: [], lesson: null, locale: 'en', time: 0 }, BASE);
    expect(new URL(url).hash).toBe('#v=1&lang=en&t=0');
  });

  it('reproduces an input that leaves out a default key', () => {
    const state: SharedState = { ...shared, input: {} };
    const decoded = decodeShareUrl(encodeShareUrl(state, BASE));
    expect(decoded.ok && decoded.state.input).toEqual({});
  });

  it('gives the default screen for a URL without share parameters', () => {
    for (const url of [BASE, withHash(''), withHash('main')]) {
      expect(decodeShareUrl(url)).toEqual({ ok: true, state: { input: DEFAULT_SCENARIO_INPUT, timeline: [], lesson: null, locale: null, time: 0 }, bare: true });
    }
  });

  it('survives a mail client percent-encoding the whole hash', () => {
    const url = encodeShareUrl(shared, BASE);
    const [front, hash] = url.split('#');
    const reencoded = `${front}#${hash.replace(/[+$]/g, (c) => encodeURIComponent(c))}`;
    expect(decodeShareUrl(reencoded)).toEqual({ ok: true, state: shared, bare: false });
  });
});

describe('decodeShareUrl rejects malformed or tampered links', () => {
  it('an unknown or missing version', () => {
    expect(reasonFor(withHash('v=2&t=1'))).toMatch(/version "2"/);
    expect(reasonFor(withHash('t=1'))).toMatch(/no version/);
  });

  it('a scenario that is not lz-string data, not JSON, or not an object', () => {
    expect(reasonFor(withHash('v=1&s=%%%'))).toMatch(/URL-encoded/);
    expect(reasonFor(withHash('v=1&s=@@@@'))).toMatch(/not valid compressed data/);
    expect(reasonFor(withHash(`v=1&s=${compressToEncodedURIComponent('{not json')}`))).toMatch(/not valid JSON/);
    expect(reasonFor(withHash(`v=1&s=${lz([1, 2])}`))).toMatch(/not an object/);
  });

  it('a scenario that fails validation, with the field named', () => {
    expect(reasonFor(withHash(`v=1&s=${lz({ service: { desiredCount: -1 } })}`))).toMatch(/service\.desiredCount: must be at least 0/);
    expect(reasonFor(withHash(`v=1&s=${lz({ kubernetes: { maxSurge: 'abc' } })}`))).toMatch(/kubernetes\.maxSurge/);
    expect(reasonFor(withHash(`v=1&s=${lz({ service: { onerror: 'alert(1)' } })}`))).toMatch(/service\.onerror/);
  });

  it('does not let a scenario reach the object prototype', () => {
    const result = decodeShareUrl(withHash(`v=1&s=${compressToEncodedURIComponent('{"__proto__": {"polluted": 1}, "seed": 5}')}`));
    expect(result.ok && result.state.input).toEqual({ service: { desiredCount: 3 }, seed: 5 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('commands of an unknown type, out of time order, or too late', () => {
    expect(reasonFor(withHash(`v=1&c=${lz([[1, { type: 'DeleteCluster' }]])}`))).toMatch(/commands are not valid/);
    expect(reasonFor(withHash(`v=1&c=${lz([[9, { type: 'StopTask', task: 'a' }], [3, { type: 'StopTask', task: 'b' }]])}`))).toMatch(/time order/);
    expect(reasonFor(withHash(`v=1&c=${lz([[1e9, { type: 'StopTask', task: 'a' }]])}`))).toMatch(/commands are not valid/);
  });

  it('a time that is negative, not a number, or beyond a day', () => {
    expect(reasonFor(withHash('v=1&t=-3'))).toMatch(/t="-3"/);
    expect(reasonFor(withHash('v=1&t=abc'))).toMatch(/t="abc"/);
    expect(reasonFor(withHash('v=1&t='))).toMatch(/t=""/);
    expect(reasonFor(withHash('v=1&t=999999'))).toMatch(/between 0 and 86400/);
  });

  it('an unknown language', () => {
    expect(reasonFor(withHash('v=1&lang=fr'))).toMatch(/unknown language "fr"/);
  });

  it('a lesson id or step that is not plain', () => {
    expect(reasonFor(withHash('v=1&lesson=%3Cscript%3E'))).toMatch(/unknown lesson "<script>"/);
    expect(reasonFor(withHash('v=1&lesson=rolling-update&step=two'))).toMatch(/step "two"/);
    expect(reasonFor(withHash('v=1&step=2'))).toMatch(/without a lesson/);
  });

  it('a repeated parameter', () => {
    expect(reasonFor(withHash('v=1&t=1&t=2'))).toMatch(/"t" appears more than once/);
  });

  it('quotes values from the link shortened', () => {
    expect(reasonFor(withHash(`v=1&lang=${'x'.repeat(500)}`)).length).toBeLessThan(80);
  });

  it('a lesson link without a scenario opens the lesson’s own scenario', () => {
    const result = decodeShareUrl(withHash('v=1&lesson=rolling-update&step=0'));
    expect(result.ok && result.state.input).toEqual(getLesson('rolling-update')?.scenario);
  });

  it('a lesson or step that does not exist', () => {
    expect(reasonFor(withHash('v=1&lesson=no-such-lesson&step=2'))).toBe('unknown lesson "no-such-lesson"');
    expect(reasonFor(withHash('v=1&lesson=rolling-update&step=99'))).toMatch(/^step "99" is not a step of lesson/);
  });

  it('keeps the time to the millisecond, rounded down, so reopening shows the same clock', () => {
    const url = encodeShareUrl({ ...shared, time: 12.3996 }, BASE);
    const result = decodeShareUrl(url);
    expect(result.ok && result.state.time).toBe(12.399);
  });
});
