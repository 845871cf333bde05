export * from './activations.js';
export * from './errors.js';
export * from './network.js';
export * from './piecewise.js';
export * from './sampling.js';
export * from './construct.js';
export * from './analysis.js';
export { verify, type Verdict, type VerifyLesson, type VerifyValues } from './verify.js';
export * from './train.js';
export { LESSON_DEFAULTS, createLesson, writeState, type Lesson, type SliderRange } from './lesson.js';
export * from './formula.js';
export {
  CODE_LANGUAGES,
  codeModelData,
  codeModelError,
  codeModelOf,
  pythonFloat,
  toCode,
  type CodeLanguage,
  type CodeModel,
  type CodeTarget,
  type CodeUnit,
} from './to-code.js';
