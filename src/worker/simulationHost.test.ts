import { afterEach, describe, expect, it } from 'vitest';
import { expose, wrap } from 'comlink';
import type { Remote } from 'comlink';
import { DEFAULT_SCENARIO_INPUT } from '../sim';
import type { Command, Snapshot } from '../sim';
import { CHECKPOINT_INTERVAL, createSimulationHost } from './simulationHost';
import type { Frame, SimulationApi } from './protocol';

function deployCommands(snapshot: Snapshot): Command[] {
  const latest = snapshot.ecs.taskDefinitions[snapshot.ecs.taskDefinitions.length - 1];
  const revision = latest.revision + 1;
  return [
    {
      type: 'RegisterTaskDefinition',
      family: latest.family,
      containerDefinitions: latest.containerDefinitions.map((c) => ({ ...c, image: c.image.replace(/:[^:/]*$/, `:v${revision}`) })),
    },
    { type: 'UpdateService', taskDefinition: `${latest.family}:${revision}` },
  ];
}

async function loadDefault(host: SimulationApi): Promise<Frame> {
  const loaded = await host.load(DEFAULT_SCENARIO_INPUT);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return loaded.frame;
}

/** Plays straight through: deploys a new revision at `deployAt`, then runs to `end`. */
async function playStraight(host: SimulationApi, deployAt: number, end: number): Promise<Frame> {
  await loadDefault(host);
  const atDeploy = await host.advanceTo(deployAt);
  for (const command of deployCommands(atDeploy.snapshot)) {
    const result = await host.dispatch(command);
    expect(result.ok).toBe(true);
  }
  return host.advanceTo(end);
}

describe('simulationHost', () => {
  it('rejects invalid scenario input with the field named', async () => {
    const result = await createSimulationHost().load({ service: { desiredCount: -1 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/desiredCount/);
  });

  it('seeking back and forward again gives the same snapshot as playing straight through', async () => {
    const end = 4 * CHECKPOINT_INTERVAL + 7;
    const straight = await playStraight(createSimulationHost(), 12, end);
    const midway = await playStraight(createSimulationHost(), 12, 45);

    const host = createSimulationHost();
    await playStraight(host, 12, end);
    const back = await host.seek(45);
    expect(back.snapshot).toEqual(midway.snapshot);
    expect(back.horizon).toBe(end);

    const forward = await host.seek(end);
    expect(forward.snapshot.ecs.service.events).toEqual(straight.snapshot.ecs.service.events);
    expect(forward.snapshot.k8s.events).toEqual(straight.snapshot.k8s.events);
    expect(forward.snapshot).toEqual(straight.snapshot);
  });

  it('replays a command logged at exactly the seek time', async () => {
    const host = createSimulationHost();
    await playStraight(host, 2 * CHECKPOINT_INTERVAL, 100);
    const reference = await playStraight(createSimulationHost(), 2 * CHECKPOINT_INTERVAL, 2 * CHECKPOINT_INTERVAL);
    const back = await host.seek(2 * CHECKPOINT_INTERVAL);
    expect(back.snapshot).toEqual(reference.snapshot);
  });

  it('stepping stops at a logged command that comes before the next event', async () => {
    const host = createSimulationHost();
    await playStraight(host, 30.5, 90);
    let frame = await host.seek(30.25);
    const visited: number[] = [];
    for (let i = 0; i < 20 && frame.snapshot.time < 30.5; i += 1) {
      frame = await host.step();
      visited.push(frame.snapshot.time);
    }
    expect(visited).toContain(30.5);
    expect(frame.snapshot.ecs.taskDefinitions).toHaveLength(2);
  });

  it('a step always moves time forward, even when nothing is scheduled', async () => {
    const host = createSimulationHost();
    let frame = await loadDefault(host);
    for (let i = 0; i < 10; i += 1) {
      const next = await host.step();
      expect(next.snapshot.time).toBeGreaterThan(frame.snapshot.time);
      frame = next;
    }
  });

  it('a command dispatched in the past forks the timeline there', async () => {
    const host = createSimulationHost();
    await playStraight(host, 10, 150);
    await host.seek(5);
    const result = await host.dispatch({ type: 'UpdateService', desiredCount: 6 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frame.horizon).toBe(5);
    expect(result.timeline).toEqual([{ time: 5, command: { type: 'UpdateService', desiredCount: 6 } }]);
    const later = await host.seek(150);
    expect(later.snapshot.ecs.taskDefinitions).toHaveLength(1);
    expect(later.snapshot.ecs.service.desiredCount).toBe(6);
  });

  it('seeking past the horizon simply advances', async () => {
    const host = createSimulationHost();
    await loadDefault(host);
    const frame = await host.seek(75);
    expect(frame.snapshot.time).toBe(75);
    expect(frame.horizon).toBe(75);
  });

  it('frames are plain data that survive structuredClone', async () => {
    const frame = await playStraight(createSimulationHost(), 10, 80);
    expect(structuredClone(frame)).toEqual(frame);
  });
});

describe('simulationHost over a MessageChannel (comlink expose/wrap)', () => {
  let channel: MessageChannel | null = null;
  afterEach(() => {
    channel?.port1.close();
    channel?.port2.close();
    channel = null;
  });

  it('serves the same frames as the in-process host', async () => {
    channel = new MessageChannel();
    expose(createSimulationHost(), channel.port1);
    const remote: Remote<SimulationApi> = wrap<SimulationApi>(channel.port2);
    const overChannel = await playStraight(remote as unknown as SimulationApi, 12, 70);
    const direct = await playStraight(createSimulationHost(), 12, 70);
    expect(overChannel).toEqual(direct);
  });
});
