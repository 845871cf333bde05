/**
 * JSX typings for Preact (which sets properties on custom elements and
 * listens to `on…` events): `import type {} from 'relu-lab/preact'`.
 */
import type { HTMLAttributes } from 'preact';
import type { ReluFitLabEventProps, ReluFitLabProps, ReluTrioProps, ReluUnitPlotProps } from './jsx.js';
import type { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from './elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from './elements/relu-unit-plot/relu-unit-plot.js';

type Html<E extends HTMLElement> = Omit<HTMLAttributes<E>, 'label' | 'for' | 'target' | 'min' | 'max' | 'step' | 'hidden'>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'relu-trio': Html<ReluTrio> & ReluTrioProps;
      'relu-unit-plot': Html<ReluUnitPlot> & ReluUnitPlotProps;
      'relu-fit-lab': Html<ReluFitLab> & ReluFitLabProps & ReluFitLabEventProps;
    }
  }
}
