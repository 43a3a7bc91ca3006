// Type and spacing of the rollout panel, scaled with its size: 14 px text at a 1280 × 720 window
// (the smallest a projected label should be), up to 18 px on a full-HD screen. Height limits it
// too, so bigger type never squeezes the task and pod marks out of a short panel.

export interface Metrics {
  font: number;
  line: number;
  titleFont: number;
  titleLine: number;
  /** The largest grid pitch of task and pod marks. */
  maxCell: number;
}

const MIN_FONT = 14;
const MAX_FONT = 18;
/** Panel width and height per pixel of font size. */
const WIDTH_PER_PX = 90;
const HEIGHT_PER_PX = 32;

export function metricsFor(width: number, height: number): Metrics {
  const font = Math.max(MIN_FONT, Math.min(MAX_FONT, Math.round(Math.min(width / WIDTH_PER_PX, height / HEIGHT_PER_PX))));
  const line = Math.round(font * 1.45);
  return { font, line, titleFont: font + 2, titleLine: line + 4, maxCell: font * 3 };
}
