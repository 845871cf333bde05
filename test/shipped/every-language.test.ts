import { expect, fixture, html } from '@open-wc/testing';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/** #25's right-to-left items, on the bundle users load, in Arabic and Hebrew pages at phone and desktop widths. */
await import(/* @vite-ignore */ `${'/dist/relu-lab.bundle.js'}`);

const all = (lab: Element, selector: string) => [...lab.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const box = (e: Element) => e.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const lang of ['ar', 'he']) {
  for (const width of [304, 1200]) {
    describe(`lang="${lang}" dir="rtl" at ${width} px (the bundle)`, () => {
      let lab: ReluFitLab;
      beforeEach(async () => {
        const page = await fixture<HTMLElement>(html`<div lang=${lang} dir="rtl" style="width: ${width}px">
          <relu-fit-lab w1="-2.148" b1="-1" locked="b1"></relu-fit-lab>
        </div>`);
        lab = page.querySelector('relu-fit-lab') as ReluFitLab;
        await lab.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
      });

      it('number boxes read left to right ("-2.148", not "2.148-"), whole, and a locked value too', () => {
        for (const input of all(lab, 'input[role="spinbutton"]')) {
          expect(getComputedStyle(input).direction, input.id).to.equal('ltr');
          expect(input.scrollWidth, `${input.id} shows its whole value`).to.be.at.most(input.clientWidth);
        }
        expect((lab.shadowRoot!.querySelector('#w1-input, [id^="w1"][role="spinbutton"]') as HTMLInputElement).value).to.match(/^[-−]2[.,]1/);
      });

      it('y tick labels sit left of the axis, legend labels inside their box, the plots left to right', () => {
        for (const plot of all(lab, 'svg.plot')) {
          const axis = Math.min(...[...plot.querySelectorAll('.plot-tick[text-anchor="middle"]')].map((t) => box(t).left + box(t).width / 2));
          for (const tick of plot.querySelectorAll('.plot-tick[text-anchor="end"]')) expect(box(tick).right, tick.textContent!).to.be.at.most(axis + 1);
          const legend = plot.querySelector('.plot-legend-box');
          for (const label of legend ? plot.querySelectorAll('.plot-legend-label') : []) {
            const [l, b] = [box(label), box(legend!)];
            expect(l.left >= b.left - 0.5 && l.right <= b.right + 0.5, `legend "${label.textContent}"`).to.be.true;
          }
        }
      });

      it("the padlock of a locked parameter keeps off that parameter's name and its value", () => {
        const lock = all(lab, '.lock')[0];
        expect(lock, 'a padlock').to.exist;
        const row = lock.closest('.slider')!;
        expect(overlap(box(lock), box(row.querySelector('label')!))).to.be.false;
        // The value's text: where the box's padding leaves it, read off the caret range of a text measure.
        const input = row.querySelector<HTMLInputElement>('input[role="spinbutton"]')!;
        const style = getComputedStyle(input);
        const inner = box(input);
        const probe = document.createElement('span');
        probe.textContent = input.value;
        probe.style.font = style.font;
        document.body.append(probe);
        const textWidth = probe.getBoundingClientRect().width;
        probe.remove();
        const [padLeft, padRight] = [parseFloat(style.paddingLeft), parseFloat(style.paddingRight)];
        const rightAligned = style.textAlign === 'right' || (style.textAlign === 'end' && style.direction === 'ltr');
        const text = rightAligned
          ? { left: inner.right - padRight - textWidth, right: inner.right - padRight }
          : { left: inner.left + padLeft, right: inner.left + padLeft + textWidth };
        const l = box(lock);
        expect(l.right <= text.left || l.left >= text.right, `padlock ${l.left}–${l.right}, value ${text.left}–${text.right}`).to.be.true;
      });
    });
  }
}

describe('dist/embed.html in another language', () => {
  for (const [lang, reset] of [['de', 'Zurücksetzen'], ['es', 'Restablecer'], ['ar', 'إعادة الضبط']]) {
    it(`?lang=${lang} loads that table from dist/locales/ and shows "${reset}"`, async () => {
      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: '960px', height: '820px', border: '0' });
      frame.src = `/dist/embed.html?element=relu-fit-lab&lang=${lang}`;
      document.body.append(frame);
      const end = performance.now() + 5000;
      const texts = () => [...(frame.contentDocument?.querySelector('relu-fit-lab')?.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent!.trim());
      while (!texts().includes(reset) && performance.now() < end) await new Promise((r) => setTimeout(r, 25));
      const seen = texts();
      const dir = frame.contentDocument!.documentElement.dir;
      frame.remove();
      expect(seen).to.include(reset);
      expect(dir).to.equal(lang === 'ar' ? 'rtl' : '');
    });
  }
});

describe('a page that switches language (the bundle with dist/locales/de.js)', () => {
  it('changing a lang attribute above the elements redraws them in the new language, and back', async () => {
    await import(/* @vite-ignore */ `${'/dist/locales/de.js'}`);
    const page = await fixture<HTMLElement>(html`<div lang="en"><relu-fit-lab></relu-fit-lab><relu-trio></relu-trio></div>`);
    const lab = page.querySelector('relu-fit-lab') as ReluFitLab;
    const buttons = () => all(lab, 'button').map((b) => b.textContent!.trim());
    const heading = () => page.querySelector('relu-trio')!.shadowRoot!.querySelector('h2, [role="heading"]')!.textContent!.trim();
    expect(buttons()).to.include('Reset');
    page.lang = 'de';
    await new Promise((r) => setTimeout(r, 0));
    await lab.updateComplete;
    expect(buttons()).to.include('Zurücksetzen');
    expect(heading()).to.not.equal('Common Activation Functions');
    page.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await lab.updateComplete;
    expect(buttons()).to.include('Reset');
  });
});
