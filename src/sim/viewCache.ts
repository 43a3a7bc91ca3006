// The task and pod views of a simulation's last snapshot, by id. The next snapshot hands out the
// same view object for a task or pod whose every field is unchanged, so consecutive snapshots
// share them: the worker then tells what changed between two frames by identity
// (worker/frameCodec.ts) instead of comparing thousands of views field by field. Each Simulation
// keeps its own cache, outside its state, so checkpoints never carry it.

import type { PodView, SubnetView, TaskView } from './types';

export interface ViewCache {
  tasks: Map<string, TaskView>;
  pods: Map<string, PodView>;
  /** ECS subnets by id, with the pool version the view shows. */
  subnets: Map<string, { version: number; view: SubnetView }>;
}

export const createViewCache = (): ViewCache => ({ tasks: new Map(), pods: new Map(), subnets: new Map() });
