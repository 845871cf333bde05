/**
 * JSX typings for Solid: properties with `prop:`, events with `on:`
 * (`<relu-fit-lab prop:w1={1} on:relu-match={(e) => …} />`).
 * `import type {} from 'relu-lab/solid'`.
 * The elements' own props are generated from custom-elements.json (`./generated/solid.ts`).
 */
import type { JSX as SolidJSX } from 'solid-js';
import type { CustomElements } from './generated/solid.js';
import type { ElementOf } from './jsx.js';

export type { CustomElements } from './generated/solid.js';

/** Each element: Solid's HTML attributes and its own. */
type SolidElements = {
  [Tag in keyof CustomElements]: SolidJSX.HTMLAttributes<ElementOf<Tag>> & CustomElements[Tag];
};

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends SolidElements {}
  }
}
