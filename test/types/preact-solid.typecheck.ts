// Compiled by `npm run typecheck` (never run): Preact's and Solid's JSX know the elements.
import type { JSX as PreactJSX } from 'preact';
import type { JSX as SolidJSX } from 'solid-js';
import type {} from '../../src/preact.js';
import type {} from '../../src/solid.js';

export const preactLab: PreactJSX.IntrinsicElements['relu-fit-lab'] = {
  w1: 1,
  'onrelu-match': (event) => event.detail.matched,
};
// @ts-expect-error w1 is a number
export const preactWrong: PreactJSX.IntrinsicElements['relu-fit-lab'] = { w1: 'one' };

export const solidLab: SolidJSX.IntrinsicElements['relu-fit-lab'] = {
  'prop:w1': 1,
  'on:relu-match': (event) => event.detail.error,
};
// @ts-expect-error prop:w1 is a number
export const solidWrong: SolidJSX.IntrinsicElements['relu-fit-lab'] = { 'prop:w1': 'one' };
