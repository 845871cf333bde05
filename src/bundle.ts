/**
 * The one-tag bundle (dist/relu-lab.bundle.js): registers every element and exports what a page's
 * script uses with them (the element and event classes). The maths, the renderer and the English
 * strings are the package's modules (`import … from 'relu-lab'`), so the parts the elements load
 * on first use (the analysis and its words, the fit, Step, formulas, the export, Copy as code, a
 * good fit) stay out of its first load.
 */
import './relu-trio.js';
import './relu-unit-plot.js';
import './relu-fit-lab.js';

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
  type ChallengeResult,
  type ChangeSource,
  type LabState,
} from './elements/events.js';
export type { Challenge, ChallengeInput } from './elements/relu-fit-lab/challenge-list.js';
export type { LabUnit } from './elements/unit-source.js';
export type { LocaleStrings, PluralCategory, PluralVariant, ReluStrings, StringKey } from './elements/strings.js';
