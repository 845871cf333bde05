// Compiled by `npm run typecheck` (never run): relu-lab/svelte adds the elements to svelte/elements'
// SvelteHTMLElements, which svelte-check reads (through Svelte's svelteHTML namespace) for
// `<relu-fit-lab w1={1} onrelu-match={…}></relu-fit-lab>` (Svelte 5) and `on:relu-match={…}`
// (Svelte 4). The packed package is checked by svelte-check itself in test/consumers/ (svelte5).
// Svelte's own declaration of the namespace, which its language server loads (svelte does not
// export it), so the elements are checked against it:
import type {} from '../../node_modules/svelte/svelte-html.js';
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '../../src/svelte.js';

type Lab = SvelteHTMLElements['relu-fit-lab'];

export const lab: Lab = {
  w1: 1,
  'editable-output': true,
  hide: 'units sliders',
  'on:relu-match': (event) => event.detail.matched,
  'onrelu-match': (event) => event.detail.assisted,
  'onrelu-progress': (event) => event.detail.summary.solved,
  // Svelte's own attributes of any element, typed for this one.
  'aria-label': 'Fit the target',
  class: ['lab', { wide: true }],
  onclick: (event) => event.currentTarget.reset(),
};
// svelteHTML (what svelte-check uses) sees the same types.
export const sameLab: svelteHTML.IntrinsicElements['relu-fit-lab'] = lab;
export const trio: SvelteHTMLElements['relu-trio'] = { activations: 'relu gelu', 'x-min': -3 };
export const plot: svelteHTML.IntrinsicElements['relu-unit-plot'] = { for: 'lab', unit: 1, activation: 'tanh' };
// @ts-expect-error w1 is a number
export const wrong: Lab = { w1: 'one' };
// @ts-expect-error the event detail has no such field
export const wrongEvent: Lab = { 'on:relu-match': (event) => event.detail.nope };
// @ts-expect-error the event detail has no such field (Svelte 5's event attribute)
export const wrongSvelte5Event: Lab = { 'onrelu-match': (event) => event.detail.nope };
export const wrongDetailType: Lab = {
  'onrelu-match': (event) => {
    // @ts-expect-error assisted is a boolean
    const assisted: number = event.detail.assisted;
    return assisted;
  },
};
// @ts-expect-error <relu-trio> fires no relu-match
export const wrongElement: SvelteHTMLElements['relu-trio'] = { 'onrelu-match': () => {} };
// @ts-expect-error not an activation
export const wrongActivation: svelteHTML.IntrinsicElements['relu-unit-plot'] = { activation: 'swish' };
