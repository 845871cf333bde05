/** relu-lab: element classes, math and renderer, without registering anything. */
export { ReluTrio } from './elements/relu-trio/relu-trio.js';
export { parseNumber } from './elements/attributes.js';
export * from './math/index.js';
export * from './plot/index.js';
