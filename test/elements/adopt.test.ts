import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/** A lab moved into another document (as Document Picture-in-Picture does) keeps its styles, and again when moved back. */
describe('moving an element into another document', () => {
  it('a lab adopted into an iframe and back keeps its layout and styles both times', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab style="width: 1000px"></relu-fit-lab>`);
    const layout = () => getComputedStyleIn(lab, '.layout');
    const getComputedStyleIn = (el: ReluFitLab, selector: string) =>
      el.ownerDocument.defaultView!.getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    expect(layout().display).to.equal('grid');
    const columns = layout().gridTemplateColumns.split(' ').length;
    expect(columns).to.equal(2);

    const frame = document.createElement('iframe');
    frame.style.width = '1100px';
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(lab));
    await lab.updateComplete;
    expect(lab.ownerDocument).to.equal(other);
    expect(layout().display).to.equal('grid');
    expect(layout().gridTemplateColumns.split(' ')).to.have.length(2);
    expect(lab.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);

    document.body.append(document.adoptNode(lab));
    await lab.updateComplete;
    expect(lab.ownerDocument).to.equal(document);
    expect(layout().display).to.equal('grid');
    expect(layout().gridTemplateColumns.split(' ')).to.have.length(2);
    lab.remove();
    frame.remove();
  });
});
