/** relu-lab: element classes, events, math and renderer, without registering anything. */
export * from './elements/api.js';
export { parseNumber } from './elements/attributes.js';
import { sharedStrings } from './elements/strings.js';
import { labStrings as labFirst } from './elements/relu-fit-lab/lab-strings.js';
import { laterStrings } from './elements/relu-fit-lab/lab-strings-later.js';
/** The lab's strings in English, by key (those of hints, the solution and the fit load with its analysis in the one-tag bundle). */
export const labStrings = { ...labFirst, ...laterStrings } as const;
/** Every string the elements show or announce, in English, by key: the shared ones and the lab's. */
export const defaultStrings = { ...sharedStrings, ...labStrings } as const;
export { sharedStrings };
export type { LocaleStrings, PluralCategory, PluralVariant, ReluStrings, StringKey } from './elements/strings.js';
export * from './math/index.js';
export * from './plot/index.js';
