import { describe, expect, it } from 'vitest';
import type { Command } from '../sim';
import { serveWire, wireClient } from './frameWire';
import { shareEqual } from './frameCodec';
import type { WireFrame, WireSimulationApi } from './protocol';
import { createSimulationHost } from './simulationHost';

const DEPLOY: Command[] = [
  { type: 'RegisterTaskDefinition', family: 'web', containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/isomorph/web:v2' }] },
  { type: 'UpdateService', taskDefinition: 'web:2' },
];

/** The worker's wire API with every answer structured-cloned, as postMessage would, and its frames kept for inspection. */
function overTheWire(served: WireSimulationApi, sent: WireFrame[]): WireSimulationApi {
  const clone = <T>(value: T): T => {
    const copy = structuredClone(value);
    const frame = (copy as { frame?: WireFrame }).frame ?? (copy as WireFrame);
    if ('seq' in frame) sent.push(frame);
    return copy;
  };
  return {
    load: async (input, have) => clone(await served.load(input, have)),
    advanceTo: async (time, have) => clone(await served.advanceTo(time, have)),
    step: async (have) => clone(await served.step(have)),
    seek: async (time, have) => clone(await served.seek(time, have)),
    dispatch: async (command, have) => clone(await served.dispatch(command, have)),
  };
}

async function loaded(tasks: number) {
  const sent: WireFrame[] = [];
  const client = wireClient(overTheWire(serveWire(createSimulationHost()), sent));
  const direct = createSimulationHost();
  const input = { seed: 3, service: { desiredCount: tasks } };
  const first = await client.load(input);
  await direct.load(input);
  if (!first.ok) throw new Error(first.errors.join('; '));
  return { client, direct, sent, first: first.frame };
}

describe('frames over the wire', () => {
  it('decode to exactly the frames the host made, through a rollout, a seek back and a fork', async () => {
    const { client, direct, sent } = await loaded(40);
    const both = async (call: (api: typeof client) => Promise<unknown>) => {
      const [viaWire, itself] = await Promise.all([call(client), call(direct)]);
      expect(viaWire).toEqual(itself);
    };
    for (const command of DEPLOY) await both((api) => api.dispatch(command));
    for (let t = 0.5; t < 90; t += 1.7) await both((api) => api.advanceTo(t));
    for (let i = 0; i < 5; i++) await both((api) => api.step());
    await both((api) => api.seek(20));
    await both((api) => api.dispatch({ type: 'UpdateService', desiredCount: 7 }));
    await both((api) => api.seek(120));
    expect(sent.filter((frame) => frame.base === null)).toHaveLength(1);
  });

  it('keeps the previous objects where nothing changed', async () => {
    const { client } = await loaded(200);
    for (const command of DEPLOY) await client.dispatch(command);
    const before = await client.advanceTo(30);
    const after = await client.advanceTo(30.05);
    const changed = after.snapshot.ecs.tasks.filter((task, i) => task !== before.snapshot.ecs.tasks[i]);
    expect(changed.length).toBeLessThan(20);
    for (const task of after.snapshot.ecs.tasks) {
      const earlier = before.snapshot.ecs.tasks.find((t) => t.taskArn === task.taskArn);
      if (earlier && JSON.stringify(earlier) === JSON.stringify(task)) expect(task).toBe(earlier);
    }
    expect(after.snapshot.ecs.taskDefinitions).toBe(before.snapshot.ecs.taskDefinitions);
    const same = await client.advanceTo(30.05);
    expect(same.snapshot).toBe(after.snapshot);
  });

  it('sends a 1,000-task frame in a small fraction of its whole size', async () => {
    const { client, sent } = await loaded(1000);
    for (const command of DEPLOY) await client.dispatch(command);
    await client.advanceTo(30);
    await client.advanceTo(30.13);
    const [whole, patch] = [sent[0], sent[sent.length - 1]].map((frame) => JSON.stringify(frame).length);
    expect(patch).toBeLessThan(whole / 20);
  });

  it('answers with a whole frame when the caller holds another one', async () => {
    const served = serveWire(createSimulationHost());
    await served.load({ service: { desiredCount: 3 } }, null);
    const first = await served.advanceTo(5, null);
    expect(first.base).toBeNull();
    const patched = await served.advanceTo(6, first.seq);
    expect(patched.base).toBe(first.seq);
    const stale = await served.advanceTo(7, first.seq);
    expect(stale.base).toBeNull();
  });
});

describe('shareEqual', () => {
  it('returns the previous value for equal data and shares the unchanged parts of changed data', () => {
    const previous = { a: { x: 1 }, b: [{ y: 2 }, { y: 3 }], c: 'c' };
    expect(shareEqual(previous, structuredClone(previous))).toBe(previous);
    const next: typeof previous = { ...structuredClone(previous), b: [{ y: 2 }, { y: 4 }] };
    const shared = shareEqual(previous, next);
    expect(shared).toEqual(next);
    expect(shared.a).toBe(previous.a);
    expect(shared.b[0]).toBe(previous.b[0]);
    expect(shared.b).not.toBe(previous.b);
  });
});

