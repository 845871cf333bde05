/**
 * Vue 3 typings: the elements in GlobalComponents, with their properties and
 * events. Opt in with a type-only import: `import type {} from 'relu-lab/vue'`.
 * (Tell Vue's template compiler they are custom elements:
 * `compilerOptions.isCustomElement = (tag) => tag.startsWith('relu-')`.)
 */
import type { DefineComponent } from 'vue';
import type { ReluChangeEvent, ReluInputEvent, ReluMatchEvent } from './elements/events.js';
import type { ReluFitLabProps, ReluTrioProps, ReluUnitPlotProps } from './jsx.js';

declare module 'vue' {
  interface GlobalComponents {
    'relu-trio': DefineComponent<ReluTrioProps>;
    'relu-unit-plot': DefineComponent<ReluUnitPlotProps>;
    'relu-fit-lab': DefineComponent<
      ReluFitLabProps & {
        onReluInput?: (event: ReluInputEvent) => void;
        onReluChange?: (event: ReluChangeEvent) => void;
        onReluMatch?: (event: ReluMatchEvent) => void;
      }
    >;
  }
}
