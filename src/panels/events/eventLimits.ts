// How much of each log the panel shows: the newest entries; older ones stay in the simulation.
export const SHOWN_EVENTS = 40;
