/** relu-lab: element classes, events, math and renderer, without registering anything. */
export { ReluTrio } from './elements/relu-trio/relu-trio.js';
export { ReluUnitPlot } from './elements/relu-unit-plot/relu-unit-plot.js';
export { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';
export {
  ReluChangeEvent,
  ReluCompleteEvent,
  ReluInputEvent,
  ReluMatchEvent,
  ReluProgressEvent,
  type ChallengeProgress,
  type ChangeSource,
  type LabState,
} from './elements/events.js';
export type { Challenge, ChallengeInput } from './elements/relu-fit-lab/lab-challenges.js';
export type { LabUnit } from './elements/unit-source.js';
export { parseNumber } from './elements/attributes.js';
export { defaultStrings, type ReluStrings, type StringKey } from './elements/strings.js';
export * from './math/index.js';
export * from './plot/index.js';
