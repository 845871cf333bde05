import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';
import { warningsDuring } from '../helpers/console.js';

/**
 * The elements on real pages: a blog's typography, a page that plays with the
 * root font size, several trios on one page, an author's typo in `for`.
 */

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
/** Past the page's load, a frame and a task: when a `for` that finds nothing is reported. */
const settled = async () => {
  await frames(2);
  await new Promise((r) => setTimeout(r, 0));
};

/** Everything rendered and measured: the first render, then the render at the measured widths. */
async function ready(...elements: Updating[]) {
  for (let i = 0; i < 3; i++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  }
}

/**
 * Where every box and piece of text of `host`'s shadow tree lies, relative to the host, to 1/100 px. Two pages place the host at
 * different points, and an svg shape's box is floating point, not whole layout units: a value on a
 * rounding boundary (614.705) may round either way, so a coordinate within 0.01 px reads as its
 * counterpart's (the first page's list is the reference).
 */
function geometry(host: Element, like?: readonly string[]): string[] {
  const origin = host.getBoundingClientRect();
  return $$(host, '*').map((node, i) => {
    const r = node.getBoundingClientRect();
    const name = `${node.localName}.${node.getAttribute('class') ?? ''}`;
    if (!r.x && !r.y && !r.width && !r.height) return `${name} not rendered`;
    const values = [r.x - origin.x, r.y - origin.y, r.width, r.height];
    const theirs = like?.[i]?.startsWith(`${name} `) ? like[i].slice(name.length + 1).split(/[,×\s]/).map(Number) : [];
    const [x, y, w, h] = values.map((v, k) => (Math.abs(v - (theirs[k] ?? NaN)) <= 0.0101 ? theirs[k] : v).toFixed(2));
    return `${name} ${x},${y} ${w}×${h}`;
  });
}

/** A viewBox width, as the plot was laid out for. */
const viewBoxWidth = (svg: Element) => Number(svg.getAttribute('viewBox')!.split(' ')[2]);

/** Typography a blog puts on its body, that every element would inherit. */
const HOSTILE = [
  'text-transform: uppercase',
  'letter-spacing: .08em',
  'word-spacing: .3em',
  'text-align: center',
  'text-align-last: center',
  'line-height: 2.2',
  'font-style: italic',
  'font-weight: 700',
  'font-variant: small-caps',
  'font-feature-settings: "smcp"',
  'text-indent: 3em',
  'text-shadow: 1px 1px 2px red',
  'white-space: pre',
  'word-break: break-all',
  'hyphens: auto',
].join('; ');

/** The computed properties that must not follow the page. */
const RESET = {
  textTransform: 'none',
  letterSpacing: 'normal',
  wordSpacing: '0px',
  textAlignLast: 'auto',
  fontStyle: 'normal',
  fontVariantCaps: 'normal',
  fontFeatureSettings: 'normal',
  textIndent: '0px',
  textShadow: 'none',
  wordBreak: 'normal',
  hyphens: 'manual',
} as const;

function resetProperties(el: Element) {
  const style = getComputedStyle(el);
  return Object.fromEntries(Object.keys(RESET).map((key) => [key, style[key as keyof typeof RESET]]));
}

describe('real pages', () => {
  describe("a blog's inherited typography", () => {
    async function pair() {
      const page = await fixture<HTMLElement>(html`<div>
        <div class="plain" style="width: 760px">
          <relu-trio></relu-trio>
          <relu-fit-lab style="content-visibility: visible"></relu-fit-lab>
          <relu-unit-plot w="1" b="-1" label="Unit 1"></relu-unit-plot>
        </div>
        <div class="blog" style="width: 760px; ${HOSTILE}">
          <relu-trio></relu-trio>
          <relu-fit-lab style="content-visibility: visible"></relu-fit-lab>
          <relu-unit-plot w="1" b="-1" label="Unit 1"></relu-unit-plot>
        </div>
      </div>`);
      const plain = page.querySelector('.plain')!;
      const blog = page.querySelector('.blog')!;
      const get = (root: Element) => ({
        trio: root.querySelector<ReluTrio>('relu-trio')!,
        lab: root.querySelector<ReluFitLab>('relu-fit-lab')!,
        unit: root.querySelector<ReluUnitPlot>('relu-unit-plot')!,
      });
      const a = get(plain);
      const b = get(blog);
      await ready(a.trio, a.lab, a.unit, b.trio, b.lab, b.unit);
      return { a, b };
    }

    it('changes neither what formulas, legends, headings and captions say nor how they look', async () => {
      const { b } = await pair();
      const pieces = [
        ['lab formula', $(b.lab, '.figure-main .equation')],
        ['lab legend', $(b.lab, '.figure-main .plot-legend-label')],
        ['lab unit caption', $(b.lab, '.figure-unit1 .caption')],
        ['lab button', $(b.lab, '.buttons button')],
        ['trio heading', $(b.trio, '.heading')],
        ['trio tick', $(b.trio, '.plot-tick')],
        ['unit plot formula', $(b.unit, '[part="formula"]')],
        ['unit plot legend', $(b.unit, '.plot-legend-label')],
      ] as const;
      for (const [name, el] of pieces) expect(resetProperties(el), name).to.deep.equal(RESET);
      // Text the page would centre starts at the start; captions keep their own centring.
      expect(getComputedStyle($(b.lab, '.controls')).textAlign).to.equal('start');
      expect(getComputedStyle($(b.lab, '.status')).textAlign).to.equal('start');
      expect(getComputedStyle($(b.lab, '.figure-unit1 .caption')).textAlign).to.equal('center');
      expect(getComputedStyle($(b.lab, '.controls')).whiteSpace).to.equal('normal');
      expect(getComputedStyle($(b.lab, '.controls')).lineHeight).to.equal('normal');
      // The slider labels are italic by design (w₁ is a variable), not because the page is.
      expect(getComputedStyle($(b.lab, 'label')).fontStyle).to.equal('italic');
    });

    it('lays every box and every piece of text out exactly as on a plain page', async () => {
      const { a, b } = await pair();
      const formulaWidth = (lab: Element) => $(lab, '.figure-main .equation').getBoundingClientRect().width;
      const legendLength = (el: Element) => $<SVGTextElement>(el, '.plot-legend-label').getComputedTextLength();
      expect(formulaWidth(b.lab)).to.equal(formulaWidth(a.lab));
      expect(legendLength(b.lab)).to.equal(legendLength(a.lab));
      expect(legendLength(b.unit)).to.equal(legendLength(a.unit));
      for (const [mine, theirs] of [[b.trio, a.trio], [b.lab, a.lab], [b.unit, a.unit]]) {
        const reference = geometry(theirs);
        expect(geometry(mine, reference)).to.deep.equal(reference);
      }
    });

    it('a vertical page does not turn the elements on their side', async () => {
      const page = await fixture<HTMLElement>(html`<div style="writing-mode: vertical-rl; height: 400px">
        <relu-unit-plot w="1" b="-1"></relu-unit-plot>
      </div>`);
      const unit = page.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      expect(getComputedStyle($(unit, '[part="formula"]')).writingMode).to.equal('horizontal-tb');
    });

    it('still takes the font size and colour from the page, and the font from --relu-font', async () => {
      const page = await fixture<HTMLElement>(html`<div style="font-size: 20px; color: rgb(10, 20, 30); --relu-font: Georgia">
        <relu-fit-lab></relu-fit-lab>
      </div>`);
      const lab = page.querySelector<ReluFitLab>('relu-fit-lab')!;
      const status = getComputedStyle($(lab, '.status'));
      expect(getComputedStyle(lab).fontSize).to.equal('20px');
      expect(getComputedStyle($(lab, '.buttons button')).fontSize).to.equal('19px');
      expect(getComputedStyle($(lab, '.controls')).color).to.equal('rgb(10, 20, 30)');
      expect(status.fontFamily).to.equal('Georgia');
    });
  });

  describe('the root font size', () => {
    afterEach(() => {
      document.documentElement.style.fontSize = '';
    });

    it("a page's html { font-size: 62.5% } neither shrinks the text to 10 px nor moves the breakpoints", async () => {
      document.documentElement.style.fontSize = '62.5%';
      // Such a page sets its text back to 1.6rem (16 px); the lab follows that text.
      const page = await fixture<HTMLElement>(html`<div style="font-size: 1.6rem; width: 560px"></div>`);
      const lab = document.createElement('relu-fit-lab') as ReluFitLab;
      page.append(lab);
      await lab.updateComplete;
      // The first render, before anything is measured, already has the widths the CSS lays out.
      const first = viewBoxWidth($(lab, '.figure-unit0 svg'));
      await ready(lab);
      expect(getComputedStyle($(lab, '.buttons button')).fontSize).to.equal('15.2px');
      expect(getComputedStyle($(lab, 'label')).fontSize).to.equal('17.6px');
      expect(getComputedStyle($(lab, '.figure-main .caption')).fontSize).to.equal('13.6px');
      expect($(lab, '.buttons button').getBoundingClientRect().height).to.be.at.least(40);
      // 560 px is narrower than 40em (640 px): one column, the unit plots under the main plot
      // (with rem the breakpoint would fall to 400 px and put them beside it).
      const main = $(lab, '.main').getBoundingClientRect();
      const units = $(lab, '.units').getBoundingClientRect();
      expect(units.top).to.be.at.least(main.bottom);
      expect(units.width).to.equal(main.width);
      expect(viewBoxWidth($(lab, '.figure-unit0 svg'))).to.equal(first);
    });

    it('a font size changed later, at the same width, moves the breakpoint too', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 700px; font-size: 16px"><relu-fit-lab></relu-fit-lab></div>`);
      const lab = page.querySelector<ReluFitLab>('relu-fit-lab')!;
      await ready(lab);
      // 700 px ≥ 40em = 640 px: two columns, the sliders in one grid.
      expect(lab.shadowRoot!.querySelector('.sliders.grouped') !== null).to.equal(false);
      page.style.fontSize = '20px';
      await ready(lab);
      // 700 px < 40em = 800 px: each unit's plot with its sliders.
      expect(lab.shadowRoot!.querySelector('.sliders.grouped') !== null).to.equal(true);
      expect(viewBoxWidth($(lab, '.figure-main svg'))).to.be.closeTo($(lab, '.figure-main svg').getBoundingClientRect().width, 1.5);
    });

    it("the element's own font size scales it, breakpoints included, and the first render agrees", async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 740px"></div>`);
      const lab = document.createElement('relu-fit-lab') as ReluFitLab;
      const trio = document.createElement('relu-trio') as ReluTrio;
      lab.setAttribute('style', 'font-size: 20px');
      trio.setAttribute('style', 'font-size: 20px');
      page.append(trio, lab);
      await Promise.all([lab.updateComplete, trio.updateComplete]);
      const firstUnit = viewBoxWidth($(lab, '.figure-unit0 svg'));
      const firstPanel = viewBoxWidth($(trio, '.figure svg'));
      await ready(lab, trio);
      // 740 px < 40em = 800 px: one column.
      expect($(lab, '.units').getBoundingClientRect().top).to.be.at.least($(lab, '.main').getBoundingClientRect().bottom);
      expect(viewBoxWidth($(lab, '.figure-unit0 svg'))).to.equal(firstUnit);
      // Panels of at least 14em = 280 px, 20 px apart: two fit in 740 px, not three.
      const panels = $$(trio, '.figure').map((f) => Math.round(f.getBoundingClientRect().top));
      expect(new Set(panels).size).to.equal(2);
      expect(viewBoxWidth($(trio, '.figure svg'))).to.equal(firstPanel);
    });

    it('labs added together share one measurement of width and font size; one styled otherwise ends laid out as it would be alone', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 740px"></div>`);
      const labs = [16, 20, 16].map((px) => {
        const lab = document.createElement('relu-fit-lab') as ReluFitLab;
        lab.setAttribute('style', `font-size: ${px}px`);
        return lab;
      });
      page.append(...labs);
      await ready(...labs);
      const alone = await fixture<HTMLElement>(html`<div style="width: 740px"><relu-fit-lab style="font-size: 20px"></relu-fit-lab></div>`);
      const lab = alone.querySelector<ReluFitLab>('relu-fit-lab')!;
      await ready(lab);
      const reference = geometry(lab);
      expect(geometry(labs[1], reference)).to.deep.equal(reference);
      // 740 px < 40em at 20 px: one column; ≥ 40em at 16 px: two.
      expect(labs.map((l) => l.shadowRoot!.querySelector('.sliders.grouped') !== null)).to.deep.equal([false, true, false]);
    });
  });

  describe('two trios on one page', () => {
    it('are two groups named by their headings, not two landmarks of the same name', async () => {
      const page = await fixture<HTMLElement>(html`<main>
        <relu-trio></relu-trio>
        <relu-trio></relu-trio>
      </main>`);
      const trios = [...page.querySelectorAll<ReluTrio>('relu-trio')];
      await ready(...trios);
      await expect(page).to.be.accessible();
      for (const trio of trios) {
        const base = $(trio, '[part="base"]');
        expect(base.localName).not.to.equal('section');
        expect(base.getAttribute('role')).to.equal('group');
        const heading = $(trio, `#${base.getAttribute('aria-labelledby')}`);
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('2');
        expect(heading.textContent!.trim()).to.equal('Common Activation Functions');
      }
      // No region landmarks at all inside the trios.
      for (const trio of trios) expect($$(trio, 'section, [role="region"]')).to.deep.equal([]);
    });
  });

  describe('<relu-unit-plot for> that names no lab', () => {
    it('warns once the page has loaded, naming the element, for and the id; once per id', async () => {
      let plot!: ReluUnitPlot;
      const warnings = await warningsDuring(async () => {
        plot = await fixture<ReluUnitPlot>(html`<relu-unit-plot for="nope"></relu-unit-plot>`);
        await settled();
        // Rebinding (another unit) and reconnecting check again, but the id was reported.
        plot.unit = 2;
        await plot.updateComplete;
        await settled();
        const parent = plot.parentNode!;
        plot.remove();
        parent.append(plot);
        await settled();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-unit-plot>').and.contain('for=').and.contain('"nope"').and.contain('no element with id "nope"');
      expect(plot.following).to.equal(null);
    });

    it('does not warn when the lab is added a moment later, within the grace, and follows it', async () => {
      let plot!: ReluUnitPlot;
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const lab = document.createElement('relu-fit-lab') as ReluFitLab;
      lab.id = 'late-lab';
      lab.setAttribute('w1', '1.5');
      const warnings = await warningsDuring(async () => {
        plot = document.createElement('relu-unit-plot') as ReluUnitPlot;
        plot.setAttribute('for', 'late-lab');
        page.append(plot);
        // A script that makes the lab right after (a task later).
        await new Promise((r) => setTimeout(r, 0));
        page.append(lab);
        await settled();
        await plot.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(plot.following).to.equal(lab);
      expect(plot.w).to.equal(1.5);
    });

    it('does not warn without for, or when for is removed or changed to a lab in time', async () => {
      const warnings = await warningsDuring(async () => {
        const page = await fixture<HTMLElement>(html`<div>
          <relu-unit-plot></relu-unit-plot>
          <relu-unit-plot for="typo" class="removed"></relu-unit-plot>
          <relu-unit-plot for="typo2" class="changed"></relu-unit-plot>
          <relu-fit-lab id="real"></relu-fit-lab>
        </div>`);
        page.querySelector('.removed')!.removeAttribute('for');
        page.querySelector('.changed')!.setAttribute('for', 'real');
        await settled();
      });
      expect(warnings).to.deep.equal([]);
    });

    it('warns when the id names something that is not a lab', async () => {
      const warnings = await warningsDuring(async () => {
        await fixture(html`<div><p id="intro">Intro</p><relu-unit-plot for="intro"></relu-unit-plot></div>`);
        await settled();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('for="intro"').and.contain('is a <p>, not a <relu-fit-lab>');
    });

    it('a unit past the lab\'s last warns, keeps its values, and follows the unit once the lab has it', async () => {
      let plot!: ReluUnitPlot;
      let lab!: ReluFitLab;
      const warnings = await warningsDuring(async () => {
        const page = await fixture<HTMLElement>(html`<div>
          <relu-fit-lab id="three"></relu-fit-lab>
          <relu-unit-plot for="three" unit="3" w="0.5"></relu-unit-plot>
        </div>`);
        lab = page.querySelector<ReluFitLab>('relu-fit-lab')!;
        plot = page.querySelector<ReluUnitPlot>('relu-unit-plot')!;
        await ready(lab, plot);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-unit-plot>').and.contain('unit="3"').and.contain('units 0 to 2');
      expect(plot.w).to.equal(0.5);
      lab.units = [...lab.units, { w: 1.5, b: -3, v: 1, fixed: false, activation: 'relu' }];
      await ready(lab, plot);
      expect([plot.w, plot.b]).to.deep.equal([1.5, -3]);
    });
  });
});
