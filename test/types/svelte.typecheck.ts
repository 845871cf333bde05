// Compiled by `npm run typecheck` (never run): Svelte's svelteHTML knows the elements
// (svelte-check reads the same namespace for `<relu-fit-lab w1={1} on:relu-match={…} />`).
// Svelte's own declaration of the namespace, which its language server loads (svelte does not
// export it), so the elements are checked against it:
import type {} from '../../node_modules/svelte/svelte-html.js';
import type {} from '../../src/svelte.js';

type Lab = svelteHTML.IntrinsicElements['relu-fit-lab'];

export const lab: Lab = {
  w1: 1,
  'editable-output': true,
  hide: 'units sliders',
  'on:relu-match': (event) => event.detail.matched,
};
export const trio: svelteHTML.IntrinsicElements['relu-trio'] = { activations: 'relu gelu', 'x-min': -3 };
export const plot: svelteHTML.IntrinsicElements['relu-unit-plot'] = { for: 'lab', unit: 1, activation: 'tanh' };
// @ts-expect-error w1 is a number
export const wrong: Lab = { w1: 'one' };
// @ts-expect-error the event detail has no such field
export const wrongEvent: Lab = { 'on:relu-match': (event) => event.detail.nope };
// @ts-expect-error not an activation
export const wrongActivation: svelteHTML.IntrinsicElements['relu-unit-plot'] = { activation: 'swish' };
