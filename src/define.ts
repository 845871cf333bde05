/** Registers every relu-lab element (side effect); safe to load twice. */
import './relu-trio.js';

export * from './index.js';
