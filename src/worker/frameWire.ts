// The two ends of the frame patches (frameCodec.ts). The worker serves the host through
// serveWire; the main thread talks to it through wireClient, which hands the bridge ordinary
// Frames, so the bridge and its tests never see a patch. Each request says which frame the caller
// holds, so a patch is only ever made against that frame; anything else gets a whole frame.

import type { Command } from '../sim';
import { decodeFrame, encodeFrame } from './frameCodec';
import type { Frame, SimulationApi, WireFrame, WireSimulationApi } from './protocol';

interface Held {
  seq: number;
  frame: Frame;
}

/** The worker's side: `host`, with its frames sent as patches. */
export function serveWire(host: SimulationApi): WireSimulationApi {
  let sent: Held | null = null;
  let seq = 0;
  const wire = (frame: Frame, have: number | null): WireFrame => {
    const encoded = encodeFrame(frame, ++seq, sent !== null && sent.seq === have ? sent : null);
    sent = { seq, frame };
    return encoded;
  };
  return {
    async load(input: unknown, have) {
      const result = await host.load(input);
      return result.ok ? { ...result, frame: wire(result.frame, have) } : result;
    },
    async advanceTo(time: number, have) {
      return wire(await host.advanceTo(time), have);
    },
    async step(have) {
      return wire(await host.step(), have);
    },
    async seek(time: number, have) {
      return wire(await host.seek(time), have);
    },
    async dispatch(command: Command, have) {
      const result = await host.dispatch(command);
      return result.ok ? { ...result, frame: wire(result.frame, have) } : result;
    },
  };
}

/** The main thread's side: the worker's wire API as a plain SimulationApi. Requests must not overlap (the bridge queues them). */
export function wireClient(remote: WireSimulationApi): SimulationApi {
  let held: Held | null = null;
  const have = () => held?.seq ?? null;
  const unwire = (wire: WireFrame): Frame => {
    const frame = decodeFrame(wire, held);
    held = { seq: wire.seq, frame };
    return frame;
  };
  return {
    async load(input) {
      const result = await remote.load(input, have());
      return result.ok ? { ...result, frame: unwire(result.frame) } : result;
    },
    async advanceTo(time) {
      return unwire(await remote.advanceTo(time, have()));
    },
    async step() {
      return unwire(await remote.step(have()));
    },
    async seek(time) {
      return unwire(await remote.seek(time, have()));
    },
    async dispatch(command) {
      const result = await remote.dispatch(command, have());
      return result.ok ? { ...result, frame: unwire(result.frame) } : result;
    },
  };
}
