/**
 * How a `<relu-unit-plot for>` follows a `<relu-fit-lab>`: by duck typing on
 * these members and events, so it works across two copies of the package.
 */

import type { ActivationName } from '../math/activations.js';
import type { Interval } from '../math/network.js';

/** One hidden unit as a lab exposes it. */
export interface LabUnit {
  readonly w: number;
  readonly b: number;
  readonly activation: ActivationName;
  readonly fixed: boolean;
}

/** What a lab offers to the unit plots that follow it. */
export interface UnitSource extends HTMLElement {
  readonly units: readonly LabUnit[];
  readonly xRange: Interval;
}

/** Fired (bubbling, not composed) by a lab when it is connected to a document. */
export const LAB_CONNECTED = 'relu-lab-connected';
/** Fired on a lab (not bubbling) when it is disconnected. */
export const LAB_DISCONNECTED = 'relu-lab-disconnected';
/** Fired on a lab (not bubbling) after its units or x range change, whatever the cause. */
export const LAB_UPDATE = 'relu-update';

export function isUnitSource(el: Element | null): el is UnitSource {
  return (
    el !== null &&
    Array.isArray((el as Partial<UnitSource>).units) &&
    Array.isArray((el as Partial<UnitSource>).xRange)
  );
}
