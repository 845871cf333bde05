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

export * from './elements/api.js';
export type { LocaleStrings, PluralCategory, PluralVariant, ReluStrings, StringKey } from './elements/strings.js';
