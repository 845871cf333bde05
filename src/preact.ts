/**
 * JSX typings for Preact (which sets properties on custom elements and
 * listens to `on…` events): `import type {} from 'relu-lab/preact'`.
 * The elements' own props are generated from custom-elements.json (`./generated/jsx.ts`).
 */
import type { HTMLAttributes } from 'preact';
import type { CustomElements } from './generated/jsx.js';
import type { ElementOf } from './jsx.js';

export type { CustomElements } from './generated/jsx.js';

/** Each element: Preact's HTML attributes and its own. */
type PreactElements = {
  [Tag in keyof CustomElements]: HTMLAttributes<ElementOf<Tag>> & CustomElements[Tag];
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactElements {}
  }
}
