import { describe, expect, it } from 'vitest';
import { createSimulation, DEFAULT_SCENARIO_INPUT, parseScenario } from '../sim';
import { imageWithTag, nextRevisionCommands } from './nextRevision';

describe('imageWithTag', () => {
  it('replaces the tag, or adds one', () => {
    expect(imageWithTag('public.ecr.aws/isomorph/web:v1', 'v2')).toBe('public.ecr.aws/isomorph/web:v2');
    expect(imageWithTag('nginx', 'v2')).toBe('nginx:v2');
  });

  it('does not mistake a registry port for a tag', () => {
    expect(imageWithTag('localhost:5000/web', 'v3')).toBe('localhost:5000/web:v3');
  });
});

describe('nextRevisionCommands', () => {
  it('registers web:2 with the next image tag and points the service at it', () => {
    const parsed = parseScenario(DEFAULT_SCENARIO_INPUT);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const sim = createSimulation(parsed.scenario);
    const [register, update] = nextRevisionCommands(sim.snapshot());
    expect(register).toEqual({
      type: 'RegisterTaskDefinition',
      family: 'web',
      containerDefinitions: [expect.objectContaining({ image: 'public.ecr.aws/isomorph/web:v2' })],
    });
    expect(update).toEqual({ type: 'UpdateService', taskDefinition: 'web:2' });

    expect(sim.dispatch(register)).toEqual({ ok: true });
    expect(sim.dispatch(update)).toEqual({ ok: true });
    expect(nextRevisionCommands(sim.snapshot())[1].taskDefinition).toBe('web:3');
  });
});
