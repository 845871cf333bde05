import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';

/**
 * Counts what elements leave behind: resize observers, listeners on the
 * document, timers and animation frames still pending.
 */
function installCounters() {
  const counts = { observers: 0, documentListeners: 0, timers: new Set<number>(), frames: new Set<number>() };
  const NativeObserver = window.ResizeObserver;
  class CountingObserver extends NativeObserver {
    private live = false;
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      counts.observers++;
      this.live = true;
    }
    override disconnect() {
      if (this.live) counts.observers--;
      this.live = false;
      super.disconnect();
    }
  }
  const add = document.addEventListener.bind(document);
  const remove = document.removeEventListener.bind(document);
  const listeners = new Set<unknown>();
  document.addEventListener = (type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (!listeners.has(fn)) {
      listeners.add(fn);
      counts.documentListeners++;
    }
    add(type, fn, options);
  };
  document.removeEventListener = (type: string, fn: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
    if (listeners.delete(fn)) counts.documentListeners--;
    remove(type, fn, options);
  };
  const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = ((fn: () => void, ms?: number) => {
    const id = st(() => {
      counts.timers.delete(id);
      fn();
    }, ms);
    counts.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) counts.timers.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = raf((t) => {
      counts.frames.delete(id);
      fn(t);
    });
    counts.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    counts.frames.delete(id);
    caf(id);
  };
  window.ResizeObserver = CountingObserver;
  const restore = () => {
    Object.assign(window, { ResizeObserver: NativeObserver, setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf });
    document.addEventListener = add;
    document.removeEventListener = remove;
  };
  return { counts, restore };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const gc = () => (window as unknown as { gc?: () => void }).gc?.();
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

describe('lifecycle: 1,000 create/append/remove cycles', () => {
  for (const tag of ['relu-trio', 'relu-unit-plot', 'relu-fit-lab']) {
    it(`<${tag}> leaves no observers, listeners, timers or frames behind, and no heap growth`, async function () {
      this.timeout(120_000);
      const host = await fixture<HTMLElement>(html`<div><relu-fit-lab id="lab"></relu-fit-lab></div>`);
      const { counts, restore } = installCounters();
      try {
        const cycle = async (n: number) => {
          for (let i = 0; i < n; i++) {
            const el = document.createElement(tag);
            if (tag === 'relu-unit-plot') el.setAttribute('for', 'lab');
            host.append(el);
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            el.remove();
          }
          await frame();
          await frame();
        };
        await cycle(100); // warm up: compile, caches, formatters
        gc();
        const before = heap();
        // Let observers' and frames' last callbacks run (they hold the removed nodes until then),
        // then collect twice: under load, one collection can leave a whole young generation.
        const settle = async () => {
          for (let i = 0; i < 3; i++) await frame();
          await new Promise((resolve) => setTimeout(resolve, 50));
          gc();
          gc();
          return heap();
        };
        await cycle(1000);
        const afterFirst = await settle();
        // The heap is the renderer's, shared with other test pages of this origin, so one round
        // can carry their garbage. A leak grows again over a second round of 1,000; that does not.
        let growth = afterFirst - before;
        if (growth >= 2_000_000) {
          await cycle(1000);
          growth = Math.min(growth, (await settle()) - afterFirst);
        }
        expect(counts.observers, 'live ResizeObservers').to.equal(0);
        expect(counts.documentListeners, 'listeners on document').to.equal(0);
        expect(counts.timers.size, 'pending timers').to.equal(0);
        expect(counts.frames.size, 'pending animation frames').to.equal(0);
        if (before > 0) {
          // A leak of even one lab's figures per cycle would be many megabytes.
          expect(growth, `heap grew from ${before} to ${afterFirst} over 1,000 cycles`).to.be.lessThan(2_000_000);
        }
      } finally {
        restore();
      }
    });
  }

  it('the heap is measured precisely (the test runner exposes gc and precise memory)', () => {
    expect(typeof (window as unknown as { gc?: unknown }).gc).to.equal('function');
    expect(heap()).to.be.greaterThan(0);
  });
});
