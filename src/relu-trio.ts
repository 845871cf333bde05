/** Registers `<relu-trio>` (side effect) and exports its class. */
import { defineElement } from './elements/define-element.js';
import { ReluTrio } from './elements/relu-trio/relu-trio.js';

defineElement('relu-trio', ReluTrio);

export { ReluTrio };
