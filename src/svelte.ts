/**
 * Svelte typings: the elements in svelte/elements' `SvelteHTMLElements` (which svelte-check
 * reads for Svelte 4 and 5 alike), with their attributes, properties and events, beside
 * Svelte's own attributes (`class`, `aria-*`, `onclick`…). Opt in with a type-only import:
 * `import type {} from 'relu-lab/svelte'`. Svelte 5:
 * `<relu-fit-lab w1={1} onrelu-match={(e) => save(e.detail)}></relu-fit-lab>`;
 * Svelte 4 (and Svelte 5's legacy mode): `on:relu-match={(e) => save(e.detail)}`.
 * The elements' own props are generated from custom-elements.json (`./generated/svelte.ts`).
 */
import type { CustomElements } from './generated/svelte.js';

export type { CustomElements } from './generated/svelte.js';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}
