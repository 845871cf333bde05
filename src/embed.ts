/**
 * The embed page's script (dist/embed.html): renders one relu-lab element
 * from the page's URL parameters and tells the parent window what the
 * learner does, for platforms that strip <script> from pasted HTML.
 *
 * URL parameters:
 *   element  relu-fit-lab (default), relu-trio or relu-unit-plot
 *   id       any text, echoed in every message so a page can tell embeds apart
 *   origin   the parent's origin to post to (default "*": any parent)
 *   anything else: an attribute of the element (w1, target, units, state, hide, lang …)
 *
 * Messages posted to the parent: { source: "relu-lab", id, type, detail } with
 * type "relu-input", "relu-change", "relu-match" (detail: the event's detail)
 * or "resize" (detail: { height }, the page's height in CSS pixels).
 */
import './define.js';

const ELEMENTS = ['relu-fit-lab', 'relu-trio', 'relu-unit-plot'];
const RESERVED = new Set(['element', 'id', 'origin']);
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

export function mountEmbed(params: URLSearchParams, into: HTMLElement = document.body): HTMLElement {
  const tag = params.get('element') ?? 'relu-fit-lab';
  const element = document.createElement(ELEMENTS.includes(tag) ? tag : 'relu-fit-lab');
  if (!ELEMENTS.includes(tag)) console.warn(`relu-lab embed: ignored element=${JSON.stringify(tag)}; showing relu-fit-lab.`);
  for (const [name, value] of params) {
    if (RESERVED.has(name)) continue;
    if (name === 'lang') document.documentElement.lang = value;
    else if (ATTRIBUTE.test(name)) element.setAttribute(name, value);
  }
  into.append(element);

  const id = params.get('id') ?? '';
  const origin = params.get('origin') ?? '*';
  const post = (type: string, detail: unknown) => {
    if (window.parent !== window) window.parent.postMessage({ source: 'relu-lab', id, type, detail }, origin);
  };
  for (const type of ['relu-input', 'relu-change', 'relu-match']) {
    element.addEventListener(type, (event) => post(type, (event as CustomEvent).detail));
  }
  let height = 0;
  new ResizeObserver(() => {
    const next = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (next !== height) post('resize', { height: (height = next) });
  }).observe(document.documentElement);
  return element;
}

if (typeof location !== 'undefined' && document.body?.dataset.reluEmbed !== undefined) {
  mountEmbed(new URLSearchParams(location.search));
}
