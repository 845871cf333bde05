/** Registers `<relu-fit-lab>` (side effect) and exports its class. */
import { defineElement } from './elements/define-element.js';
import { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';

defineElement('relu-fit-lab', ReluFitLab);

export { ReluFitLab };
