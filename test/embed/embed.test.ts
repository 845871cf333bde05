import { expect } from '@open-wc/testing';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

interface EmbedMessage {
  source: string;
  id: string;
  type: string;
  detail: { matched?: boolean; height?: number; w2?: number };
}

describe('embed page (for an <iframe> where scripts are stripped)', () => {
  it('renders the element from URL parameters and posts the learner’s match to the parent', async () => {
    const messages: EmbedMessage[] = [];
    const listener = (event: MessageEvent) => messages.push(event.data);
    window.addEventListener('message', listener);
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    const url = new URL('./page.html', import.meta.url);
    url.search = new URLSearchParams({ element: 'relu-fit-lab', id: 'lesson-3', w1: '1', b1: '-1', w2: '2', hide: 'export' }).toString();
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = url.href;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await (frame.contentWindow as Window & typeof globalThis).customElements.whenDefined('relu-fit-lab');
    const lab = doc.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expect([lab.w1, lab.b1, lab.w2]).to.deep.equal([1, -1, 2]);
    expect(lab.getAttribute('hide')).to.equal('export');
    // The learner sets the last slider.
    const range = lab.shadowRoot!.querySelector<HTMLInputElement>('#b2-range')!;
    range.value = '-4';
    range.dispatchEvent(new (frame.contentWindow as Window & typeof globalThis).Event('change', { bubbles: true }));
    await lab.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    window.removeEventListener('message', listener);
    const match = messages.find((m) => m.type === 'relu-match');
    expect(match, JSON.stringify(messages.map((m) => m.type))).to.exist;
    expect(match!.source).to.equal('relu-lab');
    expect(match!.id).to.equal('lesson-3');
    expect(match!.detail.matched).to.be.true;
    expect(messages.some((m) => m.type === 'relu-change' && m.detail.w2 === 2)).to.be.true;
    const resize = messages.find((m) => m.type === 'resize');
    expect(resize?.detail.height).to.be.greaterThan(200);
    frame.remove();
  });
});
