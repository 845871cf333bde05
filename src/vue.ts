/**
 * Vue 3 typings: the elements in GlobalComponents, with their properties and
 * events. Opt in with a type-only import: `import type {} from 'relu-lab/vue'`.
 * (Tell Vue's template compiler they are custom elements:
 * `compilerOptions.isCustomElement = (tag) => tag.startsWith('relu-')`.)
 * `./generated/vue.ts`, generated from custom-elements.json, declares them.
 */
export type { CustomElements } from './generated/vue.js';
