/**
 * React wrappers for React 18 and earlier (React 19 needs none: it passes
 * properties and `on…` event props to custom elements itself). Made with
 * @lit/react, with typed event props.
 *
 *   import { ReluFitLab } from 'relu-lab/react';
 *   <ReluFitLab w1={1} onReluMatch={(e) => save(e.detail)} />
 *
 * `createReactComponents(React)` builds them for any React instance.
 */
import { createComponent, type EventName } from '@lit/react';
import ReactDefault from 'react';
import type { ReluChangeEvent, ReluCompleteEvent, ReluInputEvent, ReluMatchEvent, ReluProgressEvent } from './elements/events.js';
import { ReluFitLab as FitLab } from './relu-fit-lab.js';
import { ReluTrio as Trio } from './relu-trio.js';
import { ReluUnitPlot as UnitPlot } from './relu-unit-plot.js';

const labEvents = {
  onReluInput: 'relu-input' as EventName<ReluInputEvent>,
  onReluChange: 'relu-change' as EventName<ReluChangeEvent>,
  onReluMatch: 'relu-match' as EventName<ReluMatchEvent>,
  onReluProgress: 'relu-progress' as EventName<ReluProgressEvent>,
  onReluComplete: 'relu-complete' as EventName<ReluCompleteEvent>,
};

export function createReactComponents(React: typeof ReactDefault) {
  return {
    ReluTrio: createComponent({ tagName: 'relu-trio', elementClass: Trio, react: React }),
    ReluUnitPlot: createComponent({ tagName: 'relu-unit-plot', elementClass: UnitPlot, react: React }),
    ReluFitLab: createComponent({ tagName: 'relu-fit-lab', elementClass: FitLab, react: React, events: labEvents }),
  };
}

export const { ReluTrio, ReluUnitPlot, ReluFitLab } = createReactComponents(ReactDefault);
