/**
 * JSX typings for React 19 (which passes properties and `on…` event props to
 * custom elements itself). Opt in with a type-only import:
 *
 *   import type {} from 'relu-lab/jsx';
 *
 * Then `<relu-fit-lab w1={1} onrelu-match={(e) => e.detail.error} />` is typed.
 * Attributes, properties and events come from `./generated/jsx.ts`, generated from
 * custom-elements.json by `npm run analyze`; this file only hooks them into React.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomElements } from './generated/jsx.js';

export type { CustomElements, ReluFitLabProps, ReluTrioProps, ReluUnitPlotProps } from './generated/jsx.js';

/** The element class of a tag. */
export type ElementOf<Tag> = Tag extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[Tag] : HTMLElement;

/** Each element: React's HTML attributes and its own. */
type ReactElements = {
  [Tag in keyof CustomElements]: DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>> & CustomElements[Tag];
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactElements {}
  }
}
