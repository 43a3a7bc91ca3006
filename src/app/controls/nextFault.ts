// The fault the next revision will simulate, as chosen beside "Deploy new revision". It is a
// choice about a command not sent yet, so it lives here, not in the app store's mirror; the
// button and the D shortcut both read it.

import { createStore } from 'zustand/vanilla';
import type { Fault } from '../../sim';
import { deployNewRevision } from '../../store/commands';

export const nextFaultStore = createStore<{ fault: Fault }>(() => ({ fault: 'healthy' }));

export const setNextFault = (fault: Fault) => nextFaultStore.setState({ fault });

/** Registers the next revision with the chosen fault ('healthy' clears a fault the last one had) and deploys it. */
export const deployChosenRevision = () => deployNewRevision({ fault: nextFaultStore.getState().fault });
