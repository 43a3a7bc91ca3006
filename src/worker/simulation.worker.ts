// The worker entry: the simulation host, exposed over comlink. Only src/store/bridge.ts talks to it.

import { expose } from 'comlink';
import { createSimulationHost } from './simulationHost';

expose(createSimulationHost());
