/**
 * JSX typings for React 19 (which passes properties and `on…` event props to
 * custom elements itself). Opt in with a type-only import:
 *
 *   import type {} from 'relu-lab/jsx';
 *
 * Then `<relu-fit-lab w1={1} onrelu-match={(e) => e.detail.error} />` is typed.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ReluChangeEvent, ReluInputEvent, ReluMatchEvent } from './elements/events.js';
import type { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from './elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from './elements/relu-unit-plot/relu-unit-plot.js';

/** The public, settable properties of an element. */
type PropsOf<E, K extends keyof E> = Partial<Pick<E, K>>;

export type ReluTrioProps = PropsOf<ReluTrio, 'activations' | 'xMin' | 'xMax' | 'heading' | 'headingLevel' | 'strings' | 'theme'>;
export type ReluUnitPlotProps = PropsOf<
  ReluUnitPlot,
  'w' | 'b' | 'label' | 'activation' | 'xMin' | 'xMax' | 'yMin' | 'yMax' | 'fixed' | 'for' | 'unit' | 'strings' | 'theme'
>;
export type ReluFitLabProps = PropsOf<
  ReluFitLab,
  | 'w1' | 'b1' | 'w2' | 'b2' | 'min' | 'max' | 'step' | 'target' | 'tolerance' | 'units' | 'outputBias'
  | 'editableOutput' | 'hide' | 'locked' | 'state' | 'strings' | 'theme'
>;

/** React 19 event props: `on` + the event's name. */
export interface ReluFitLabEventProps {
  'onrelu-input'?: (event: ReluInputEvent) => void;
  'onrelu-change'?: (event: ReluChangeEvent) => void;
  'onrelu-match'?: (event: ReluMatchEvent) => void;
}

type Html<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'relu-trio': Html<ReluTrio> & ReluTrioProps;
      'relu-unit-plot': Html<ReluUnitPlot> & ReluUnitPlotProps;
      'relu-fit-lab': Html<ReluFitLab> & ReluFitLabProps & ReluFitLabEventProps;
    }
  }
}
