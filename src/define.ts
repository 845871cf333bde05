/** Registers every relu-lab element (side effect); safe to load twice. */
import './relu-trio.js';
import './relu-unit-plot.js';
import './relu-fit-lab.js';

export * from './index.js';
