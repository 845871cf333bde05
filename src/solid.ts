/**
 * JSX typings for Solid: properties with `prop:`, events with `on:`
 * (`<relu-fit-lab prop:w1={1} on:relu-match={(e) => …} />`).
 * `import type {} from 'relu-lab/solid'`.
 */
import type { JSX as SolidJSX } from 'solid-js';
import type { ReluChangeEvent, ReluInputEvent, ReluMatchEvent } from './elements/events.js';
import type { ReluFitLabProps, ReluTrioProps, ReluUnitPlotProps } from './jsx.js';
import type { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from './elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from './elements/relu-unit-plot/relu-unit-plot.js';

/** `prop:name` for every property, so Solid sets properties rather than attributes. */
type Prop<P> = { [K in keyof P as `prop:${K & string}`]?: P[K] };

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'relu-trio': SolidJSX.HTMLAttributes<ReluTrio> & Prop<ReluTrioProps>;
      'relu-unit-plot': SolidJSX.HTMLAttributes<ReluUnitPlot> & Prop<ReluUnitPlotProps>;
      'relu-fit-lab': SolidJSX.HTMLAttributes<ReluFitLab> &
        Prop<ReluFitLabProps> & {
          'on:relu-input'?: (event: ReluInputEvent) => void;
          'on:relu-change'?: (event: ReluChangeEvent) => void;
          'on:relu-match'?: (event: ReluMatchEvent) => void;
        };
    }
  }
}
