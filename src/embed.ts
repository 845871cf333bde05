/**
 * The embed page's script (dist/embed.html): renders one relu-lab element
 * from the page's URL parameters and tells the parent window what the
 * learner does, for platforms that strip <script> from pasted HTML.
 *
 * URL parameters:
 *   element  relu-fit-lab (default), relu-trio or relu-unit-plot
 *   id       any text, echoed in every message so a page can tell embeds apart
 *   origin   the parent's origin to post to (default "*": any parent); not an origin: nothing is posted
 *   theme    light or dark: the element's theme and the page's colour scheme
 *   lang     the page's language (number formats and strings: es, de and ar load their
 *            tables from ./locales/ beside this script; others read English)
 *   any attribute the element observes (w1, target, units, state, hide …)
 * Nothing else is applied: `onclick`, `style`, `id`, `slot`, `is`, `autofocus`
 * and every other name the element does not observe are ignored with a
 * warning, so nothing in the URL can ever run as script.
 *
 * Messages posted to the parent: { source: "relu-lab", id, type, detail } with
 * type "relu-ready" once the element first rendered (detail: for a lab, the
 * same state the events carry, `matched` included; `{}` for the other
 * elements), "relu-input", "relu-change", "relu-match", "relu-progress",
 * "relu-complete" (detail: the event's detail) or "resize" (detail: { height }, the page's height in CSS pixels).
 */
import './define.js';
import type { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';

const ELEMENTS = ['relu-fit-lab', 'relu-trio', 'relu-unit-plot'];
const RESERVED = new Set(['element', 'id', 'origin']);

/** The attributes an element of this tag reacts to: Lit lists them in `observedAttributes`. */
function observedAttributes(tag: string): ReadonlySet<string> {
  const type = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return new Set(type?.observedAttributes ?? []);
}

/**
 * The `origin` parameter as a target for postMessage: absent, "*" (any parent); an origin such as
 * "https://lms.example.edu", itself. Anything else ("foo", "null", "javascript:…", a URL with a
 * path) would make every post throw: it is refused with one warning, and nothing is posted.
 */
export function readOrigin(given: string | null): string | null {
  if (given === null) return '*';
  let parsed: URL | null = null;
  try {
    parsed = new URL(given);
  } catch {
    // not a URL at all
  }
  if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.origin === given) return given;
  console.warn(`relu-lab embed: ignored origin=${JSON.stringify(given)}: not an origin such as "https://lms.example.edu" (scheme, host and port, no path); no messages will be posted to the parent.`);
  return null;
}

/** The page's own look: from here, not an inline <style>, so `style-src 'self'` holds; `theme` sets the frame's colour scheme too. */
function pageStyles(theme: string | null): void {
  const sheet = new CSSStyleSheet();
  const scheme = theme === 'light' || theme === 'dark' ? theme : 'light dark';
  sheet.replaceSync(`:root { color-scheme: ${scheme}; } body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** The languages whose tables ship in dist/locales/ (relu-lab/locales/*.js). */
const TABLES = ['ar', 'de', 'es'];

/** Loads the table for `lang` from ./locales/ beside this script, if one ships; the elements pick it up when it registers. */
function loadLanguage(lang: string): void {
  const base = lang.toLowerCase().split('-')[0];
  if (!TABLES.includes(base)) return;
  // Beside this script (embed.html loads it from its own folder); the build leaves no import.meta to ask.
  const script = document.querySelector<HTMLScriptElement>('script[src*="relu-lab.embed"]');
  import(/* @vite-ignore */ new URL(`./locales/${base}.js`, script?.src || document.baseURI).href).catch((error: unknown) =>
    console.warn(`relu-lab embed: the ${base} strings did not load (${String(error)}); showing English.`),
  );
}

export function mountEmbed(params: URLSearchParams, into: HTMLElement = document.body): HTMLElement {
  const requested = params.get('element') ?? 'relu-fit-lab';
  const tag = ELEMENTS.includes(requested) ? requested : 'relu-fit-lab';
  if (tag !== requested) console.warn(`relu-lab embed: ignored element=${JSON.stringify(requested)}; showing relu-fit-lab.`);
  const element = document.createElement(tag);
  const allowed = observedAttributes(tag);
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (RESERVED.has(name)) continue;
    if (name === 'lang') {
      document.documentElement.lang = value;
      // Right-to-left scripts set the page's direction too (the plots stay left to right).
      if (RTL.has(value.toLowerCase().split('-')[0])) document.documentElement.dir = 'rtl';
      loadLanguage(value);
    }
    else if (allowed.has(name)) element.setAttribute(name, value);
    else ignored.push(name);
  }
  if (ignored.length) {
    console.warn(
      `relu-lab embed: ignored URL parameter${ignored.length > 1 ? 's' : ''} ${ignored.map((n) => JSON.stringify(n)).join(', ')}: ` +
        `not an attribute of <${tag}> (allowed: element, id, origin, lang, ${[...allowed].join(', ')}).`,
    );
  }
  into.append(element);

  const id = params.get('id') ?? '';
  const origin = readOrigin(params.get('origin'));
  const post = (type: string, detail: unknown) => {
    if (origin !== null && window.parent !== window) window.parent.postMessage({ source: 'relu-lab', id, type, detail }, origin);
  };
  for (const type of ['relu-input', 'relu-change', 'relu-match', 'relu-progress', 'relu-complete']) {
    element.addEventListener(type, (event) => post(type, (event as CustomEvent).detail));
  }
  let height = 0;
  const measure = () => {
    const next = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (next !== height) post('resize', { height: (height = next) });
  };
  // Measured once the element has rendered too, not only by the observer: a cross-origin frame
  // below the fold is not rendered (so not observed) until it is scrolled into view.
  void (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
    post('relu-ready', tag === 'relu-fit-lab' ? (element as ReluFitLab).snapshot : {});
    measure();
  });
  new ResizeObserver(measure).observe(document.documentElement);
  return element;
}

if (typeof location !== 'undefined' && document.body?.dataset.reluEmbed !== undefined) {
  const params = new URLSearchParams(location.search);
  pageStyles(params.get('theme'));
  mountEmbed(params);
}
