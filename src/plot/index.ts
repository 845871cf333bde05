export * from './format.js';
export * from './frame.js';
export * from './marks.js';
export * from './path.js';
export * from './scale.js';
export * from './styles.js';
export * from './ticks.js';
export * from './sonify.js';
