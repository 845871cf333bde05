/** What a page's script uses with the elements: their classes and events (the one-tag bundle exports these too). */
export { ReluTrio } from './relu-trio/relu-trio.js';
export { ReluUnitPlot } from './relu-unit-plot/relu-unit-plot.js';
export { ReluFitLab } from './relu-fit-lab/relu-fit-lab.js';
export {
  ReluChangeEvent,
  ReluCompleteEvent,
  ReluInputEvent,
  ReluMatchEvent,
  ReluProgressEvent,
  type ChallengeProgress,
  type ChallengeResult,
  type ChangeSource,
  type LabState,
} from './events.js';
export type { Challenge, ChallengeInput } from './relu-fit-lab/challenge-list.js';
export type { LabUnit } from './unit-source.js';
