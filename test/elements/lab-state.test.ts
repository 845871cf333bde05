import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { warningsDuring } from '../helpers/console.js';

/**
 * The lab's state has one owner (the lesson model): what the learner did is
 * never lost to a bad attribute, and inputs mean the same in any order.
 */
const $ = <T extends Element>(el: ReluFitLab, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

describe('<relu-fit-lab> state', () => {
  it('a bad attribute after the learner moved w1 warns "keeping 1.5" and keeps the slider at 1.5', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="0.5"></relu-fit-lab>`);
    $<HTMLInputElement>(el, '#w1-range').focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.w1).to.equal(1.5);
    const warnings = await warningsDuring(async () => {
      el.setAttribute('w1', 'abc');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<relu-fit-lab>').and.contain('w1="abc"').and.contain('keeping 1.5');
    expect(el.w1).to.equal(1.5);
    expect($<HTMLInputElement>(el, '#w1-range').value).to.equal('1.5');
    expect($<HTMLInputElement>(el, '#w1-number').value).to.equal('1.5');
  });

  it('state with an output bias, set before the first render of an editable-output lab, reads back', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab state="-2,2,1_1,-1,1_2,-4,1~0.5" editable-output></relu-fit-lab>`);
    expect(el.outputBias).to.equal(0.5);
    expect(el.state).to.equal('-2,2,1_1,-1,1_2,-4,1~0.5');
    const other = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output state="-2,2,1_1,-1,1_2,-4,1~0.5"></relu-fit-lab>`);
    expect(other.state).to.equal('-2,2,1_1,-1,1_2,-4,1~0.5');
  });

  it('attributes mean the same in any order: w1="6" max="8" and max="8" w1="6"', async () => {
    for (const lab of [
      html`<relu-fit-lab w1="6" max="8"></relu-fit-lab>`,
      html`<relu-fit-lab max="8" w1="6"></relu-fit-lab>`,
    ]) {
      const warnings = await warningsDuring(async () => {
        const el = await fixture<ReluFitLab>(lab);
        expect(el.w1).to.equal(6);
        expect(el.max).to.equal(8);
      });
      expect(warnings).to.deep.equal([]);
    }
  });

  it('w1 given with units keeps w1, in either order', async () => {
    for (const lab of [
      html`<relu-fit-lab w1="1" units='[{"w":-2,"b":2,"fixed":true},{},{}]'></relu-fit-lab>`,
      html`<relu-fit-lab units='[{"w":-2,"b":2,"fixed":true},{},{}]' w1="1"></relu-fit-lab>`,
    ]) {
      const el = await fixture<ReluFitLab>(lab);
      expect(el.w1).to.equal(1);
    }
  });

  it('properties set before the lab is connected read back at once and render when it is', async () => {
    const el = document.createElement('relu-fit-lab') as ReluFitLab;
    Object.assign(el, { max: 8, w1: 6, b1: -1 });
    expect([el.w1, el.b1, el.max]).to.deep.equal([6, -1, 8]);
    document.body.append(el);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#w1-number').value).to.equal('6');
    el.remove();
  });

  it('target="-1e308,0 1e308,1" is refused with a warning, and no attribute in the figure holds NaN', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1"></relu-fit-lab>`);
    const warnings = await warningsDuring(async () => {
      el.setAttribute('target', '-1e308,0 1e308,1');
      await el.updateComplete;
      el.setAttribute('target', '0,0 1,1e300');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('target="-1e308,0 1e308,1"').and.contain('keeping "0,2 1,0 2,1 3,4"');
    expect(el.target).to.equal('0,2 1,0 2,1 3,4');
    expect(Number.isFinite(el.error)).to.be.true;
    const withNaN = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${node.localName}[${a.name}="${a.value}"]`),
    );
    expect(withNaN).to.deep.equal([]);
  });

  it('a state whose output bias is beyond ±1e6, or written in hex, is refused', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output w1="1"></relu-fit-lab>`);
    const before = el.state;
    const warnings = await warningsDuring(async () => {
      el.state = '-2,2,1_1,-1,1_2,-4,1~1e300';
      await el.updateComplete;
      el.state = '-2,2,1_0x10,-1,1_2,-4,1~0';
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('state=').and.contain('between');
    expect(el.state).to.equal(before);
  });

  it('units with "fixed": "true" (a string) is refused with a warning, not read as false', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const warnings = await warningsDuring(async () => {
      el.setAttribute('units', '[{"w":1,"fixed":"true"},{},{}]');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain("unit 0's fixed must be true or false");
    expect(el.units[0]).to.deep.include({ w: -2, b: 2, fixed: true });
  });

  for (const typed of ['', '-', '.']) {
    it(`a number box left holding "${typed}" shows the lab's value again`, async () => {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1.5"></relu-fit-lab>`);
      const box = $<HTMLInputElement>(el, '#w1-number');
      box.focus();
      box.select();
      await sendKeys({ press: 'Backspace' });
      if (typed) await sendKeys({ type: typed });
      box.blur();
      await el.updateComplete;
      expect(box.value).to.equal('1.5');
      expect(el.w1).to.equal(1.5);
      expect($<HTMLInputElement>(el, '#w1-range').value).to.equal('1.5');
    });
  }

  it('toSVG() on a lab appended but not yet drawn draws it first; on a lab never appended it says why', async () => {
    const el = document.createElement('relu-fit-lab') as ReluFitLab;
    let refused: unknown;
    await el.toSVG().catch((e) => (refused = e));
    expect(refused).to.be.instanceOf(DOMException);
    expect(String(refused)).to.match(/in a document/);
    let rejected: unknown;
    await el.toPNG().catch((e) => (rejected = e));
    expect(rejected).to.be.instanceOf(DOMException);
    document.body.append(el);
    // Appended, not yet drawn: toSVG() draws it first.
    const svg = await el.toSVG();
    expect(svg).to.match(/^<svg/).and.contain('Match Target');
    el.remove();
  });

  it('a hinge drag fires relu-input only when a value changes: 20 small moves, one event per distinct value', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    const values: number[] = [];
    el.addEventListener('relu-input', (e) => values.push(e.detail.b1));
    const hinge = () => $<SVGCircleElement>(el, '.figure-unit1 .handle.hinge');
    const box = hinge().getBoundingClientRect();
    const x0 = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    hinge().dispatchEvent(new PointerEvent('pointerdown', { clientX: x0, clientY: y, pointerId: 1, bubbles: true }));
    for (let i = 1; i <= 20; i++) {
      hinge().dispatchEvent(new PointerEvent('pointermove', { clientX: x0 + i * 0.6, clientY: y, pointerId: 1, bubbles: true }));
      await el.updateComplete;
    }
    hinge().dispatchEvent(new PointerEvent('pointerup', { clientX: x0 + 12, clientY: y, pointerId: 1, bubbles: true }));
    await el.updateComplete;
    const distinct = values.filter((v, i) => i === 0 || v !== values[i - 1]);
    expect(values.length).to.be.greaterThan(0);
    expect(values).to.deep.equal(distinct);
  });
});


describe('<relu-fit-lab> updates only what an input changes', () => {
  it('dragging w1 changes the DOM only in the main plot, the network diagram, unit 1, the feedback and the w1 row', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab style="width: 1100px"></relu-fit-lab>`);
    const root = el.shadowRoot!;
    const allowed = ['.figure-main', '[part="network"]', '.figure-unit1', '[part="feedback"]', '[part="announcer"]', '#w1-number'];
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement!;
        if (!allowed.some((s) => node.closest(s))) touched.add(`${r.type} ${node.localName}.${node.getAttribute('class') ?? ''}[${node.getAttribute('part') ?? ''}]`);
      }
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const range = $<HTMLInputElement>(el, '#w1-range');
    for (let i = 1; i <= 20; i++) {
      range.value = String(i / 10);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    }
    observer.disconnect();
    expect(el.w1).to.equal(2);
    expect([...touched]).to.deep.equal([]);
  });
});

describe('<relu-fit-lab> commits', () => {
  it('fires relu-change only when a commit changed the values: not for Reset at the start, a click on a hinge, or the same number again', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    const changes: number[] = [];
    el.addEventListener('relu-change', (e) => changes.push(e.detail.b1));
    el.reset();
    await el.updateComplete;
    const hinge = $<SVGCircleElement>(el, '.figure-unit1 .handle.hinge');
    const box = hinge.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerId: 1, bubbles: true };
    hinge.dispatchEvent(new PointerEvent('pointerdown', at));
    $<SVGCircleElement>(el, '.figure-unit1 .handle.hinge').dispatchEvent(new PointerEvent('pointerup', at));
    await el.updateComplete;
    const box1 = $<HTMLInputElement>(el, '#b1-number');
    box1.value = '-1';
    box1.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(changes).to.deep.equal([]);
    box1.value = '-2';
    box1.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    box1.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(changes).to.deep.equal([-2]);
  });
});
