import { expect } from '@open-wc/testing';
import { mountEmbed } from '../../src/embed.js';
import { warningsDuring } from '../helpers/console.js';

/**
 * The embed page as it ships (dist/embed.html, built by `pretest`), framed by
 * a parent page: what a platform and an attacker crafting its URL can do.
 */
interface EmbedMessage {
  source: string;
  id: string;
  type: string;
  detail: Record<string, unknown>;
}
type FrameWindow = Window & typeof globalThis;

/** Every `on…` handler name Chromium knows on elements, documents and windows. */
function handlerNames(): string[] {
  const names = new Set<string>();
  for (const proto of [HTMLElement.prototype, SVGElement.prototype, Element.prototype, Document.prototype, Window.prototype]) {
    for (const key in proto) if (key.startsWith('on')) names.add(key);
  }
  return [...names].sort();
}

/** Names that mean something to HTML itself, none of which the element observes. */
const GLOBAL_ATTRIBUTES = ['style', 'id', 'slot', 'is', 'class', 'autofocus', 'tabindex', 'contenteditable', 'hidden', 'inert', 'popover', 'part', 'exportparts', 'nonce', 'draggable', 'accesskey', 'title', 'dir', 'xmlns', 'href', 'src', 'srcdoc', 'formaction', 'xlink:href'];

async function openEmbed(search: Record<string, string> | string, messages: EmbedMessage[] = []) {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: '960px', height: '600px', border: '0' });
  const listener = (event: MessageEvent) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  };
  window.addEventListener('message', listener);
  const query = typeof search === 'string' ? search : new URLSearchParams(search).toString();
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('relu-fit-lab');
  const done = () => {
    window.removeEventListener('message', listener);
    frame.remove();
  };
  return { frame, win, doc: frame.contentDocument!, done };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = performance.now() + ms;
  while (!check() && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('dist/embed.html: nothing from the URL runs', () => {
  let pwned: string[];
  beforeEach(() => {
    pwned = [];
    (window as unknown as { __pwned: (name: string) => void }).__pwned = (name) => pwned.push(name);
  });
  afterEach(() => {
    delete (window as unknown as { __pwned?: unknown }).__pwned;
  });

  it('ignores every on* handler name, style, id, slot, is and autofocus in the URL, even on focus, click and keys', async function () {
    this.timeout(20_000);
    const names = handlerNames();
    expect(names.length).to.be.greaterThan(80);
    const params = new URLSearchParams();
    for (const name of names) params.append(name, `parent.__pwned(${JSON.stringify(name)})`);
    for (const name of GLOBAL_ATTRIBUTES) params.append(name, name === 'style' ? 'background:url(javascript:parent.__pwned("style"))' : 'x');
    params.set('tabindex', '0');
    params.set('autofocus', '');
    params.set('contenteditable', 'true');
    params.set('w1', '1');
    const { win, doc, done } = await openEmbed(params.toString());
    const lab = doc.querySelector('relu-fit-lab')!;
    await (lab as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Only the element's own attributes were applied (the lab reflects its parameters).
    const observed = (win.customElements.get('relu-fit-lab') as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(lab.getAttribute('w1')).to.equal('1');
    for (const name of lab.getAttributeNames()) {
      expect(observed, name).to.include(name);
      expect(name.startsWith('on') || GLOBAL_ATTRIBUTES.includes(name), name).to.be.false;
    }
    // Act as a learner would, everywhere an inline handler could fire.
    lab.dispatchEvent(new win.FocusEvent('focus'));
    lab.dispatchEvent(new win.FocusEvent('focusin', { bubbles: true }));
    for (const type of ['pointerdown', 'pointerover', 'pointerup', 'mousedown', 'mouseover', 'mouseup', 'click', 'dblclick', 'contextmenu', 'wheel']) {
      lab.dispatchEvent(new win.MouseEvent(type, { bubbles: true, composed: true }));
    }
    for (const type of ['keydown', 'keypress', 'keyup']) lab.dispatchEvent(new win.KeyboardEvent(type, { key: 'a', bubbles: true }));
    const range = lab.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    range.focus();
    range.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    range.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
    doc.body.dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
    win.dispatchEvent(new win.Event('resize'));
    await new Promise((r) => setTimeout(r, 200));
    done();
    expect(pwned).to.deep.equal([]);
  });

  it('mountEmbed(params) applies only observed attributes and lang, and warns naming what it ignored', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const lang = document.documentElement.lang;
    let element!: HTMLElement;
    const warnings = await warningsDuring(async () => {
      element = mountEmbed(
        new URLSearchParams({ element: 'relu-unit-plot', id: 'x', w: '2', label: 'Unit 9', onclick: 'alert(1)', style: 'color:red', slot: 's', is: 'x-y', lang: 'de' }),
        host,
      );
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(element.localName).to.equal('relu-unit-plot');
    expect(element.getAttributeNames().sort()).to.deep.equal(['label', 'w']);
    expect(document.documentElement.lang).to.equal('de');
    expect(warnings).to.have.length(1);
    for (const name of ['onclick', 'style', 'slot', 'is']) expect(warnings[0]).to.include(`"${name}"`);
    expect(warnings[0]).to.include('<relu-unit-plot>');
    document.documentElement.lang = lang;
    host.remove();
  });
});

describe('dist/embed.html: messages to the parent', () => {
  it('posts relu-ready with matched: true when the URL holds a solved lesson', async () => {
    const messages: EmbedMessage[] = [];
    const { done } = await openEmbed({ id: 'solved', w1: '1', b1: '-1', w2: '2', b2: '-4' }, messages);
    await until(() => messages.some((m) => m.type === 'relu-ready'));
    done();
    const ready = messages.find((m) => m.type === 'relu-ready')!;
    expect(ready, JSON.stringify(messages.map((m) => m.type))).to.exist;
    expect(ready.source).to.equal('relu-lab');
    expect(ready.id).to.equal('solved');
    expect(ready.detail).to.include({ w1: 1, b1: -1, w2: 2, b2: -4, matched: true });
    expect(ready.detail.error).to.be.below(1e-20);
    expect(ready.detail.units).to.have.length(3);
    // A state that is ready is not a learner's match: no relu-match is posted for it.
    expect(messages.filter((m) => m.type === 'relu-match')).to.have.length(0);
  });

  it('posts relu-ready with matched: false and the starting values for a fresh lesson', async () => {
    const messages: EmbedMessage[] = [];
    const { done } = await openEmbed({ id: 'fresh' }, messages);
    await until(() => messages.some((m) => m.type === 'relu-ready'));
    done();
    const ready = messages.find((m) => m.type === 'relu-ready')!;
    expect(ready.detail).to.include({ w1: 0, b1: 0, w2: 0, b2: 0, matched: false });
  });

  it('posts its height at 960 px, and the README’s fallback iframe height matches it', async function () {
    this.timeout(10_000);
    const messages: EmbedMessage[] = [];
    const { done } = await openEmbed({ id: 'h' }, messages);
    const heights = () => messages.filter((m) => m.type === 'resize').map((m) => m.detail.height as number);
    // Settled: no new height for half a second.
    let seen = -1;
    while (seen !== heights().length) {
      seen = heights().length;
      await new Promise((r) => setTimeout(r, 500));
    }
    done();
    const height = heights().at(-1)!;
    console.log('embed heights at 960 px', heights().join(' '));
    expect(height).to.be.within(500, 1200);
    const readme = await (await fetch('/README.md')).text();
    const fallback = Number(/embed\.html[^\n]*\n[^\n]*height:\s*(\d+)px/.exec(readme)?.[1]);
    expect(Math.abs(fallback - height), `README says ${fallback}px, the page is ${height}px`).to.be.at.most(24);
  });
});

describe('dist/embed.html in LMS frames', () => {
  it('refuses an origin that is not one with one warning naming it, posts nothing, and throws nothing', async () => {
    const { readOrigin } = await import('../../src/embed.js');
    for (const bad of ['foo', 'null', 'javascript:alert(1)', 'https://lms.example.edu/course', '', 'ftp://example.edu']) {
      const warnings = await warningsDuring(() => expect(readOrigin(bad)).to.equal(null));
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.contain(`origin=${JSON.stringify(bad)}`).and.contain('no messages will be posted');
    }
    expect(readOrigin(null)).to.equal('*');
    expect(readOrigin('https://lms.example.edu')).to.equal('https://lms.example.edu');
    expect(readOrigin('http://127.0.0.1:8000')).to.equal('http://127.0.0.1:8000');
    // The page as it ships: a bad origin, a learner's change, no message and no error.
    const messages: EmbedMessage[] = [];
    const { win, doc, done } = await openEmbed({ origin: 'javascript:alert(1)', w1: '1' }, messages);
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    const lab = doc.querySelector('relu-fit-lab') as HTMLElement & { updateComplete: Promise<unknown>; w1: number };
    await lab.updateComplete;
    const box = lab.shadowRoot!.querySelector<HTMLInputElement>('#b1-number')!;
    box.value = '-1';
    box.dispatchEvent(new win.Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    done();
  });

  it("has no inline style or script, and renders styled under `style-src 'self'`; theme=light makes the frame light under a dark reader", async () => {
    const page = await (await fetch('/dist/embed.html')).text();
    expect(page).to.not.match(/<style|\sstyle=|<script>(?!<)/);
    const frame = document.createElement('iframe');
    frame.src = '/__csp/dist/embed.html?theme=light';
    Object.assign(frame.style, { width: '900px', height: '600px' });
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow;
    await win.customElements.whenDefined('relu-fit-lab');
    const body = win.getComputedStyle(frame.contentDocument!.body);
    expect([body.margin, body.padding]).to.deep.equal(['0px', '8px']);
    expect(win.getComputedStyle(frame.contentDocument!.documentElement).colorScheme).to.equal('light');
    const lab = frame.contentDocument!.querySelector('relu-fit-lab')!;
    expect(lab.shadowRoot!.querySelector('[part="main-plot"]')).to.exist;
    frame.remove();
  });

  it('works in sandbox="allow-scripts" (an opaque origin; its script served with CORS, as CDNs do): it renders, posts to the given origin, and a progress key without storage warns instead of failing', async () => {
    const messages: EmbedMessage[] = [];
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    const listener = (event: MessageEvent) => {
      if (event.source === frame.contentWindow) {
        expect(event.origin).to.equal('null');
        messages.push(event.data);
      }
    };
    window.addEventListener('message', listener);
    const challenges = JSON.stringify([{ target: '0,0 1,1', units: [{}] }]);
    const query = new URLSearchParams({ origin: location.origin, id: 'boxed', challenges, 'progress-key': 'course' });
    frame.src = `/__cors/dist/embed.html?${query}`;
    Object.assign(frame.style, { width: '900px', height: '600px' });
    document.body.append(frame);
    await until(() => messages.some((m) => m.type === 'relu-ready') && messages.some((m) => m.type === 'resize'), 5000);
    window.removeEventListener('message', listener);
    frame.remove();
    expect(messages.find((m) => m.type === 'relu-ready')).to.deep.include({ source: 'relu-lab', id: 'boxed' });
    expect((messages.find((m) => m.type === 'resize')!.detail as { height: number }).height).to.be.above(300);
  });
});
