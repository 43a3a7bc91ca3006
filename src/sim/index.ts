// Pure simulation core: the public API. Runs in the worker, in Vitest, in benchmarks and in
// Node. No DOM, no timers, no Math.random: everything else in the app imports the core from here.

export type * from './types';
export type { Simulation, Checkpoint } from './simulation';

export { deploymentBounds } from './ecs/deploymentBounds';
export { resolveFenceposts } from './k8s/resolveFenceposts';
export { parseScenario } from './scenario/parseScenario';
export { DEFAULT_SCENARIO_INPUT } from './scenario/defaults';
export type { ScenarioInput, ParseResult } from './scenario/parseScenario';
export { translateToKubernetes } from './scenario/translateToKubernetes';
export { createSimulation, restoreSimulation } from './simulation';
export { emptyStats } from './simulationState';
export { applicationLogs } from './faults/applicationLogs';
export type { ApplicationLogInput, LogLine } from './faults/applicationLogs';
export { FAULT_NAMES } from './faults/faultNames';
export { findInstanceType, INSTANCE_TYPE_NAMES, taskEniLimit, vpcCniMaxPods } from './catalog/instanceLimits';
export { distributeTasks } from './capacity/capacityProviderStrategy';
export { parseCidr, usableIpCount } from './network/cidr';
export { parsePlacementExpression, evaluatePlacementExpression } from './placement/queryLanguage';
export { SERVICE_DEFAULT_STRATEGY } from './placement/placementTypes';
