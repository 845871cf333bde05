/** Registers `<relu-unit-plot>` (side effect) and exports its class. */
import { defineElement } from './elements/define-element.js';
import { ReluUnitPlot } from './elements/relu-unit-plot/relu-unit-plot.js';

defineElement('relu-unit-plot', ReluUnitPlot);

export { ReluUnitPlot };
