// The worker entry: the simulation host, exposed over comlink with its frames sent as patches
// (frameWire.ts). Only src/store/bridge.ts talks to it.

import { expose } from 'comlink';
import { serveWire } from './frameWire';
import { createSimulationHost } from './simulationHost';

expose(serveWire(createSimulationHost()));
