export * from './activations.js';
export * from './errors.js';
export * from './network.js';
export * from './piecewise.js';
export * from './sampling.js';
export * from './construct.js';
export * from './analysis.js';
export * from './train.js';
export { LESSON_DEFAULTS, createLesson, writeState, type Lesson, type SliderRange } from './lesson.js';
