// A small hand-made fleet for the placement tests: four container instances over three AZs.

import type { CandidateInstance } from './placementTypes';

export function instance(id: string, overrides: Partial<CandidateInstance>): CandidateInstance {
  return {
    id,
    instanceType: 'm5.large',
    availabilityZone: 'us-east-1a',
    osType: 'linux',
    cpuArchitecture: 'x86_64',
    attributes: {},
    registeredCpu: 2048,
    registeredMemory: 7680,
    remainingCpu: 2048,
    remainingMemory: 7680,
    attachedTaskEnis: 0,
    taskEniLimit: 2,
    taskGroups: {},
    ...overrides,
  };
}

/** i-a (1a, empty), i-b and i-c (1b; b runs one web task), i-d (1c, two web tasks, nearly full). */
export const FLEET: readonly CandidateInstance[] = [
  instance('i-a', { availabilityZone: 'us-east-1a' }),
  instance('i-b', { availabilityZone: 'us-east-1b', remainingCpu: 1024, remainingMemory: 2048, taskGroups: { 'service:web': 1 } }),
  instance('i-c', { availabilityZone: 'us-east-1b', remainingCpu: 1536, remainingMemory: 4096, attributes: { stack: 'prod' } }),
  instance('i-d', {
    availabilityZone: 'us-east-1c',
    remainingCpu: 512,
    remainingMemory: 1024,
    taskGroups: { 'service:web': 2 },
  }),
];

export const WEB_TASK = { cpu: 256, memory: 512, needsEni: false, group: 'service:web' } as const;
