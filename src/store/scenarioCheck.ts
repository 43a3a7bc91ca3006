// The scenario validator (valibot and the scenario schema) for the main thread, as a chunk of its
// own: the settings forms load it the first time they apply a change (servicePatch.ts), so it
// stays out of the bundle that has to load before the first paint.

export { parseScenario } from '../sim';
