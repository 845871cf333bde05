/**
 * Server-side rendering with @lit-labs/ssr: each element rendered to
 * declarative shadow DOM that already holds its plots, so a static page shows
 * the figures before (or without) JavaScript. On Node:
 *
 *   import { renderToString } from 'relu-lab/ssr.js';
 *   const html = await renderToString('<relu-fit-lab w1="1"></relu-fit-lab>');
 *
 * In the browser, load `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before the elements so they hydrate the server's DOM instead of re-rendering.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import './define.js';
import { challengeCode, curvesCode } from './elements/relu-fit-lab/lab-lazy.js';

/**
 * Renders `markup` (author-written HTML containing relu-lab elements; it is
 * parsed as HTML, so pass only markup you trust) to a string with
 * declarative shadow roots.
 */
export async function renderToString(markup: string): Promise<string> {
  // A formula target (`fn`) and a challenge list render as themselves: their code, loaded on first use in the browser, is here first.
  await Promise.all([curvesCode.load(), challengeCode.load()]);
  return collectResult(render(html`${unsafeHTML(markup)}`));
}
