/**
 * Svelte typings: the elements in `svelteHTML.IntrinsicElements`, with their
 * attributes, properties and `on:` events. Opt in with a type-only import:
 * `import type {} from 'relu-lab/svelte'`
 * (`<relu-fit-lab w1={1} on:relu-match={(e) => save(e.detail)} />`).
 * The elements' own props are generated from custom-elements.json (`./generated/svelte.ts`).
 */
import type { CustomElements } from './generated/svelte.js';

export type { CustomElements } from './generated/svelte.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace svelteHTML {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
