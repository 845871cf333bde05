import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';
import { frequencyAt } from '../helpers/audio.js';
import { warningsDuring } from '../helpers/console.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import { textAlternative } from '../helpers/alt.js';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A name for whatever has focus inside the lab, to read the tab order. */
function focusName(lab: Element): string {
  const active = lab.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return 'none';
  if (active.id) return active.id;
  const figure = active.closest('.figure');
  const where = figure ? [...figure.classList].find((c) => c.startsWith('figure-'))!.slice(7) : '';
  if (active.tagName === 'svg') return `plot:${where}`;
  if (active.getAttribute('role') === 'slider') return `handle:${active.getAttribute('aria-label')}`;
  return `${where ? `${where}:` : ''}${text(active)}`;
}

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMediaFeatures();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('text alternatives, generated from the data', () => {
    it('the main plot says what it shows in short, and on D where the output follows the target, where it departs, and the error', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const plot = $<SVGElement>(lab, '.figure-main svg');
      const label = () => textAlternative(plot);
      const details = async () => {
        plot.focus();
        await sendKeys({ press: 'd' });
        await lab.updateComplete;
        return plot.getAttribute('aria-valuetext')!;
      };
      // The target as pieces, by hand from its knots (0, 2), (1, 0), (2, 1), (3, 4): slopes −2, 1, 3.
      expect(label()).to.equal(
        'The target and the network output ŷ = a0 + a1 + a2 for x from 0 to 3. The target starts at (0, 2), falls with slope 2 to (1, 0), rises with slope 1 to (2, 1), then with slope 3 to (3, 4). It bends at x = 1 and 2.',
      );
      // By hand: the output is 2 − 2x up to x = 1, then 0. Samples are 3i/299; the gap
      // x − 1 first exceeds 0.05 at sample 105 (x = 1.0535), the largest gap is 4 at x = 3.
      // The rest is said on D, not on every visit.
      const before = await details();
      expect(before).to.contain('follows the target from x = 0 to 1.04 and departs from it from x = 1.05 to 3, by up to 4 at x = 3');
      expect(before).to.contain('Mean squared error 2.463');
      expect(label()).not.to.contain('Mean squared error');
      Object.assign(lab, { w1: 1, b1: -1, w2: 2, b2: -4 });
      await lab.updateComplete;
      expect(await details()).to.contain('The output follows the target everywhere: matched.').and.contain('Mean squared error 0.000');
    });

    it('each unit plot says when the unit is silent and how it rises, with its numbers', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
      const unit1 = textAlternative($(lab, '.figure-unit1 svg'));
      expect(unit1).to.equal(
        'Unit 1: z = 1.0·x − 1.0 and a = max(0, z), for x from 0 to 3. The unit is silent (a = 0) until x = 1, then rises with slope 1 from x = 1, reaching 2 at x = 3.',
      );
    });
  });

  describe('keyboard', () => {
    it('reaches every control of the lab in a sensible order', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      $<SVGElement>(lab, '.figure-main svg').focus();
      const order = [focusName(lab)];
      // Stop at the last control: tabbing out of the page would take focus from the browser tab.
      for (let i = 0; i < 22; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focusName(lab));
      }
      expect(order).to.deep.equal([
        'plot:main',
        'main:Show data',
        'w1-range',
        'w1-number',
        'b1-range',
        'b1-number',
        'w2-range',
        'w2-number',
        'b2-range',
        'b2-number',
        // The hint first (the primary action); undo and redo are disabled until there is
        // a change; the solution, the fit, Listen and the downloads are under "More" (closed).
        'Show hint 1 of 3',
        'Reset',
        'More',
        'plot:unit0',
        'unit0:Show data',
        'plot:unit1',
        'handle:Unit 1 hinge, x',
        'handle:Unit 1 slope, w',
        'unit1:Show data',
        'plot:unit2',
        'handle:Unit 2 hinge, x',
        'handle:Unit 2 slope, w',
        'unit2:Show data',
      ]);
    });

    it('each plot is a chart explorer: a named slider along x whose value is the reading, with instructions', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const plot = $<SVGElement>(lab, '.figure-main svg');
      // A slider (screen readers pass it the arrow keys), named by its title, not its long description.
      expect(plot.getAttribute('role')).to.equal('slider');
      expect(plot.getAttribute('aria-roledescription')).to.equal('chart explorer');
      expect(plot.getAttribute('aria-label')).to.equal('Match Target');
      const [, howto] = plot.getAttribute('aria-describedby')!.split(' ');
      // On every visit only a pointer to the keys; ? says them.
      expect(lab.shadowRoot!.getElementById(howto)!.textContent).to.equal('Press ? for the keys, D for the details.');
      plot.focus();
      await sendKeys({ press: '?' });
      await lab.updateComplete;
      // The step is a round number near 1/100 of the range 3: 0.02 (0.03 would never land on a bend at 1).
      expect(plot.getAttribute('aria-valuetext')).to.equal(
        'Left and Right arrows move along x by 0.02, with Shift or Page Up and Down by 0.2; Home and End go to the ends; B and Shift+B jump to the next and previous bend; D says the details; the data table lists the values.',
      );
      for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
      await lab.updateComplete;
      // x = 10 · 0.02 = 0.2: target 2 − 0.4 = 1.6, a0 = 1.6, units 1 and 2 silent.
      // Which units are on there is part of the reading.
      expect(plot.getAttribute('aria-valuenow')).to.equal('0.2');
      expect(plot.getAttribute('aria-valuetext')).to.equal('At x = 0.2: target 1.6, ŷ 1.6, a0 1.6, a1 0, a2 0. On here: a0.');
      expect($$(lab, '.plot-cursor')).to.have.length(4); // linked across the four plots
      await sendKeys({ press: 'End' });
      await lab.updateComplete;
      expect(plot.getAttribute('aria-valuetext')).to.equal('At x = 3: target 4, ŷ 0, a0 0, a1 0, a2 0. No unit is on here.');
      // The readout is no live region (the slider's value is spoken), and it stays when focus leaves.
      const readout = $(lab, '[part="readout"]');
      expect(readout.getAttribute('role')).to.equal(null);
      $<HTMLInputElement>(lab, '#w1-range').focus();
      await lab.updateComplete;
      expect(text(readout)).to.equal('At x = 3: target 4, ŷ 0, a0 0, a1 0, a2 0. No unit is on here.');
    });

    it('the trio and a unit plot work the same way', async () => {
      const plot = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="2" b="-4"></relu-unit-plot>`);
      $<SVGElement>(plot, 'svg.plot').focus();
      await sendKeys({ press: 'End' });
      await plot.updateComplete;
      expect(text($(plot, '[part="readout"]'))).to.equal('At x = 3: z 2, a 2.');
    });
  });

  describe('live region', () => {
    it('announces the error politely once the learner pauses, not on every step', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const announcer = $(lab, '[part="announcer"]');
      expect(announcer.getAttribute('role')).to.equal('status');
      let changes = 0;
      new MutationObserver(() => changes++).observe(announcer, { childList: true, characterData: true, subtree: true });
      $<HTMLInputElement>(lab, '#w1-range').focus();
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
      await lab.updateComplete;
      expect(text(announcer)).to.equal('');
      await sleep(1200);
      expect(changes).to.equal(1);
      // By hand: w1 = 0.5 adds max(0, 0.5x) to the output, which is 2 − 2x up to x = 1.
      const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
      const target = (x: number) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 3 * x - 5);
      const mse = xs.reduce((s, x) => s + (Math.max(0, 2 - 2 * x) + 0.5 * x - target(x)) ** 2, 0) / 300;
      // One labelled message for the settled change: the error, then what the moved unit does now.
      expect(text(announcer)).to.equal(`Error ${mse.toFixed(3)}. Unit 1: z = 0.5·x + 0.0, on across the whole range (it woke up at x = 0).`);
      Object.assign(lab, { w1: 1, b1: -1, w2: 2, b2: -4 });
      await sleep(1200);
      expect(text(announcer)).to.equal('Matched! Error 0.000.');
    });
  });

  describe('data tables', () => {
    it('each plot has a toggle that shows its data as a table', async () => {
      const plot = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="1" b="-1" label="Unit 1"></relu-unit-plot>`);
      const toggle = $<HTMLButtonElement>(plot, '[part="table-toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(plot, 'table')).to.equal(null);
      toggle.click();
      await plot.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide data');
      const table = $(plot, 'table');
      expect(text(table.querySelector('caption')!)).to.equal('Unit 1');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['x', 'z', 'a']);
      const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text));
      expect(rows).to.deep.include(['2', '1', '1']);
      expect(rows).to.deep.include(['0.5', '−0.5', '0']);
      await expect(plot).to.be.accessible();
    });

    it("the lab's main table lists the target, the output and every unit", async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
      $<HTMLButtonElement>(lab, '.figure-main [part="table-toggle"]').click();
      await lab.updateComplete;
      const table = $(lab, '.figure-main table');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['x', 'target', 'ŷ', 'a0', 'a1', 'a2']);
      const row = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text)).find((r) => r[0] === '2.5')!;
      expect(row).to.deep.equal(['2.5', '2.5', '2.5', '0', '1.5', '1']);
    });
  });

  describe('theming', () => {
    it('custom properties set on an ancestor reach the drawn lines', async () => {
      const wrap = await fixture<HTMLElement>(html`<div
        style="--relu-color-target: rgb(1, 2, 3); --relu-color-output: rgb(4, 5, 6); --relu-color-z: rgb(7, 8, 9); --relu-color-a: rgb(10, 11, 12); --relu-color-accent: rgb(13, 14, 15)"
      >
        <relu-fit-lab></relu-fit-lab>
      </div>`);
      const lab = wrap.querySelector<ReluFitLab>('relu-fit-lab')!;
      await lab.updateComplete;
      const stroke = (selector: string) => getComputedStyle($(lab, selector)).stroke;
      expect(stroke('path.plot-line.series-target')).to.equal('rgb(1, 2, 3)');
      expect(stroke('path.plot-line.series-output')).to.equal('rgb(4, 5, 6)');
      expect(stroke('path.plot-line.series-z')).to.equal('rgb(7, 8, 9)');
      expect(stroke('path.plot-line.series-a')).to.equal('rgb(10, 11, 12)');
      expect(getComputedStyle($(lab, '#w1-range')).accentColor).to.equal('rgb(13, 14, 15)');
    });

    it('the light default uses the notebook colours; lines get a darker casing', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const stroke = (selector: string) => getComputedStyle($(lab, selector)).stroke;
      expect(stroke('path.plot-line.series-target')).to.equal('rgb(0, 150, 255)');
      expect(stroke('path.plot-line.series-output')).to.equal('rgb(255, 147, 0)');
      expect(stroke('path.plot-line.series-a')).to.equal('rgb(255, 64, 255)');
      expect(stroke('path.plot-casing.series-output')).not.to.equal('rgb(255, 147, 0)');
      expect(getComputedStyle($(lab, 'path.plot-line.series-output')).strokeDasharray).not.to.equal('none');
    });

    it('follows prefers-color-scheme: dark, and theme="light" overrides it', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      expect(getComputedStyle(lab).color).to.equal('rgb(236, 235, 232)');
      expect(getComputedStyle($(lab, 'path.plot-casing.series-output')).stroke).to.equal('rgba(0, 0, 0, 0)');
      lab.theme = 'light';
      await lab.updateComplete;
      expect(lab.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(lab).color).not.to.equal('rgb(236, 235, 232)');
    });
  });

  describe('language', () => {
    it('formats numbers in the language of the nearest lang attribute', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="de"><relu-fit-lab w1="0.5"></relu-fit-lab></div>`);
      const lab = wrap.querySelector<ReluFitLab>('relu-fit-lab')!;
      await lab.updateComplete;
      expect(text($(lab, '[part="error"]'))).to.match(/^\d,\d{3}$/);
      expect($$(lab, '.figure-main .plot-tick').map(text)).to.include('0,5');
      expect(text($(lab, '.figure-unit1 [part="formula"]'))).to.contain('z = 0,5·x + 0,0');
    });

    it('every string can be replaced through the strings attribute or property', async () => {
      const strings = JSON.stringify({ 'lab.reset': 'Zurücksetzen', 'lab.title': 'Ziel treffen' });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab strings=${strings}></relu-fit-lab>`);
      expect($$(lab, 'button').map(text)).to.include('Zurücksetzen');
      expect(text($(lab, '.figure-main .plot-title'))).to.equal('Ziel treffen');
      expect($(lab, '.figure-main svg').getAttribute('aria-label')).to.equal('Ziel treffen');
      lab.strings = { 'lab.hint': 'Tipp {n} von {count}' };
      await lab.updateComplete;
      expect($$(lab, 'button').map(text)).to.include('Tipp 1 von 3');
      const trio = await fixture<ReluTrio>(html`<relu-trio .strings=${{ 'trio.heading': 'Aktivierungen', 'activation.relu': 'Gleichrichter' }}></relu-trio>`);
      expect(text($(trio, '[part="heading"]'))).to.equal('Aktivierungen');
      expect($$(trio, '.plot-title').map(text)).to.include('Gleichrichter');
    });

    it('a strings attribute that is not a JSON object warns and keeps the last good strings', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab strings='{"lab.reset":"Neu"}'></relu-fit-lab>`);
      const warnings = await warningsDuring(async () => {
        lab.setAttribute('strings', '{oops');
        await lab.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-fit-lab>').and.contain('strings').and.contain('{oops');
      expect($$(lab, 'button').map(text)).to.include('Neu');
    });
  });

  describe('listen: an audio trace of the main plot', () => {
    it('plays the curves: the frequency heard follows y', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
      const rate = 22050;
      const context = new OfflineAudioContext(2, rate * 4.3, rate);
      const done = lab.listen(context);
      const buffer = await context.startRendering();
      await done;
      // y domain [0, 4] maps to 220–880 Hz exponentially; 4 s cover x from 0 to 3.
      const expected = (y: number) => 220 * 4 ** (y / 4);
      for (const [x, y] of [
        [0.5, 1],
        [1.5, 0.5],
        [2.5, 2.5],
      ]) {
        const heard = frequencyAt(buffer, 0.05 + (x / 3) * 4);
        expect(heard, `x = ${x}`).to.be.closeTo(expected(y), expected(y) * 0.04);
      }
    });

    it('is started from a button or the L key, and stoppable', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const button = $$(lab, 'button').find((b) => text(b) === 'Listen') as HTMLButtonElement;
      expect(button.getAttribute('aria-keyshortcuts')).to.equal('L');
      $<SVGElement>(lab, '.figure-main svg').focus();
      await sendKeys({ press: 'l' });
      await lab.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      // One name whether playing or not (pressed says which), described by what it plays.
      expect(text(button)).to.equal('Listen');
      expect(lab.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.contain('the target as a smooth tone');
      button.click();
      await lab.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('axe finds nothing', () => {
    for (const [mode, media] of [
      ['light', { colorScheme: 'light' }],
      ['dark', { colorScheme: 'dark' }],
      ['forced colours', { forcedColors: 'active' }],
    ] as const) {
      it(`in ${mode} mode, in every state`, async () => {
        await emulateMediaFeatures(media);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(mode === 'forced colours');
        const page = await fixture<HTMLElement>(html`<div>
          <relu-trio></relu-trio>
          <relu-unit-plot w="1" b="-1"></relu-unit-plot>
          <relu-fit-lab></relu-fit-lab>
        </div>`);
        const lab = page.querySelector<ReluFitLab>('relu-fit-lab')!;
        await nextFrame();
        await expect(page).to.be.accessible();
        lab.showHint();
        lab.showHint();
        $<HTMLButtonElement>(lab, '.figure-main [part="table-toggle"]').click();
        await lab.updateComplete;
        await expect(page).to.be.accessible();
        Object.assign(lab, { w1: 1, b1: -1, w2: 2, b2: -4 });
        await lab.updateComplete;
        await expect(page).to.be.accessible();
      });
    }
  });
});
