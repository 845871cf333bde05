import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';
import { plural, sharedStrings, translator, type StringKey } from '../../src/elements/strings.js';
import { labPlurals, labTable } from '../../src/elements/relu-fit-lab/lab-strings.js';
import { labStrings } from '../../src/index.js';
import { localeStrings } from '../../src/locales/registry.js';
import { registerLocale } from '../../src/locales/register.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import es from '../../src/locales/es.js';
import { warningsDuring } from '../helpers/console.js';

const english: Record<string, string> = { ...sharedStrings, ...labStrings };
const TABLES = { es, de, ar } as Record<string, Record<string, string>>;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many'];

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: Element) => $$(el, 'button').map(text);
const placeholders = (template: string) => new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
/** The plural key a variant belongs to (`challenge.complete` of `challenge.complete.two`), if it is one. */
const pluralBase = (key: string) => {
  const dot = key.lastIndexOf('.');
  const base = key.slice(0, dot);
  return (labPlurals as readonly string[]).includes(base) && CATEGORIES.includes(key.slice(dot + 1)) ? base : undefined;
};

/** A lab in `lang`, inside a div that carries the attribute. */
async function labIn(lang: string, attributes = '') {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} .innerHTML=${`<relu-fit-lab ${attributes}></relu-fit-lab>`}></div>`);
  const lab = wrap.querySelector<ReluFitLab>('relu-fit-lab')!;
  await lab.updateComplete;
  return lab;
}

/** Types the lab's own solution into its number boxes (the learner's commits), challenge by challenge to the end. */
async function solveAll(lab: ReluFitLab) {
  for (;;) {
    const solution = await lab.solve();
    for (const [i, u] of solution.units.entries()) {
      if (lab.units[i].fixed) continue;
      for (const [id, value] of [[`w${i}`, u.w], [`b${i}`, u.b]] as const) {
        const box = $<HTMLInputElement>(lab, `#${id}-number`);
        box.value = String(value);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new Event('change', { bubbles: true }));
        await lab.updateComplete;
      }
    }
    const next = $<HTMLButtonElement>(lab, '[part~="next"]');
    if (!next) return;
    next.click();
    await lab.updateComplete;
  }
}

describe('languages (relu-lab/locales/)', () => {
  describe('every table is complete', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      it(`${lang}: exactly the English keys, plus plural variants only of the keys said with plural()`, () => {
        const missing = Object.keys(english).filter((key) => !Object.hasOwn(table, key));
        const extra = Object.keys(table).filter((key) => !Object.hasOwn(english, key) && !pluralBase(key));
        expect(missing, `${lang} lacks`).to.deep.equal([]);
        expect(extra, `${lang} has keys English lacks`).to.deep.equal([]);
        for (const [key, value] of Object.entries(table)) expect(value, `${lang} ${key}`).to.be.a('string').and.not.equal('');
      });

      it(`${lang}: the same {placeholders} as English for each key (a plural variant: some of its key's)`, () => {
        const wrong: string[] = [];
        for (const [key, value] of Object.entries(table)) {
          const base = pluralBase(key);
          const own = [...placeholders(value)].sort();
          if (base) {
            // "Challenge solved!" needs no {count}: a plural form may leave out what its category says.
            const allowed = placeholders(english[base]);
            if (own.some((p) => !allowed.has(p))) wrong.push(`${key}: {${own}} not within {${[...allowed]}}`);
          } else if (own.join() !== [...placeholders(english[key])].sort().join()) {
            wrong.push(`${key}: {${own}} for English {${[...placeholders(english[key])].sort()}}`);
          }
        }
        expect(wrong).to.deep.equal([]);
      });

      it(`${lang}: translated, not copied (only symbols, names and formulas stay as in English)`, () => {
        const same = Object.keys(english).filter((key) => table[key] === english[key] && !/[{]/.test(english[key]) && /[a-z]{4}/i.test(english[key]));
        // Activation names (ReLU, Leaky ReLU, Softplus, …) are names in every language; Spanish says "Error" too.
        const alike = ['lab.errorShort', ...(lang === 'es' ? ['lab.error'] : [])];
        expect(same.filter((key) => !key.startsWith('activation.') && !alike.includes(key)), lang).to.deep.equal([]);
      });
    }
  });

  it('importing a table registers it in the one registry on globalThis, by lower-case language', () => {
    const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('relu-lab.locales')];
    expect(registry).to.be.instanceOf(Map);
    expect(registry.get('de')).to.equal(de);
    expect(registry.get('es')).to.equal(es);
    expect(registry.get('ar')).to.equal(ar);
    expect(localeStrings('de-AT')).to.equal(de);
    expect(localeStrings('DE-ch')).to.equal(de);
    expect(localeStrings('es-419')).to.equal(es);
    expect(localeStrings('en')).to.equal(undefined);
    expect(localeStrings('fr-FR')).to.equal(undefined);
    expect(localeStrings(undefined)).to.equal(undefined);
    expect(localeStrings('')).to.equal(undefined);
  });

  it('a German page: German buttons, titles and text alternatives, numbers with a decimal comma', async () => {
    const lab = await labIn('de', 'w1="0.5"');
    expect(buttons(lab)).to.include.members(['Zurücksetzen', 'Tipp 1 von 3 zeigen', 'Lösung zeigen', 'Automatisch anpassen']);
    expect($$(lab, '.plot-title').map(text)).to.deep.equal(['Ziel treffen', 'Einheit 0 (fest)', 'Einheit 1', 'Einheit 2']);
    expect(text($(lab, '[part="error"]'))).to.match(/^\d,\d{3}$/);
    expect(text($(lab, '.figure-unit1 [part="formula"]'))).to.contain('z = 0,5·x + 0,0');
    expect($(lab, '.figure-main svg').getAttribute('aria-label')).to.equal('Ziel treffen');
    expect(lab.shadowRoot!.textContent).not.to.contain('Show data');
    expect(lab.shadowRoot!.textContent).to.contain('Daten zeigen');
  });

  it('lang="ar": Arabic; lang="es": Spanish; lang="de-AT": the German table; lang="fr" (none loaded): English', async () => {
    expect(buttons(await labIn('ar'))).to.include.members(['إعادة الضبط', 'أظهر الحل']);
    expect(buttons(await labIn('es'))).to.include.members(['Restablecer', 'Mostrar la solución', 'Mostrar pista 1 de 3']);
    const austrian = await labIn('de-AT');
    expect(buttons(austrian)).to.include('Zurücksetzen');
    expect(text($(austrian, '[part="error"]'))).to.match(/^\d,\d{3}$/);
    const french = await labIn('fr');
    expect(buttons(french)).to.include('Reset');
  });

  it('the trio and a unit plot follow the page language too', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="es"><relu-trio></relu-trio><relu-unit-plot w="1" b="-1"></relu-unit-plot></div>`);
    const trio = wrap.querySelector<ReluTrio>('relu-trio')!;
    const plot = wrap.querySelector<ReluUnitPlot>('relu-unit-plot')!;
    await Promise.all([trio.updateComplete, plot.updateComplete]);
    expect(text($(trio, '[part="heading"]'))).to.equal('Funciones de activación comunes');
    expect($$(trio, '.plot-title').map(text)).to.deep.equal(['Lineal', 'Sigmoide', 'ReLU']);
    expect(text($(plot, '.plot-title'))).to.equal('Unidad');
    expect($(plot, 'svg').getAttribute('aria-label') ?? '').to.contain('Unidad');
  });

  it('the strings property overrides single keys on top of the language, and giving it up goes back to the table', async () => {
    const lab = await labIn('de');
    lab.strings = { 'lab.reset': 'Neu anfangen' };
    await lab.updateComplete;
    expect(buttons(lab)).to.include.members(['Neu anfangen', 'Lösung zeigen']);
    lab.strings = {};
    await lab.updateComplete;
    expect(buttons(lab)).to.include('Zurücksetzen');
    // The attribute too.
    const attributed = await labIn('de', `strings='{"lab.solution": "Auflösen"}'`);
    expect(buttons(attributed)).to.include.members(['Auflösen', 'Zurücksetzen']);
  });

  it('a whole table as the strings property, on an English page: that language, and no warning about the lab’s keys on a trio', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab .strings=${ar}></relu-fit-lab>`);
    expect(buttons(lab)).to.include('إعادة الضبط');
    const warnings = await warningsDuring(async () => {
      const trio = await fixture<ReluTrio>(html`<relu-trio .strings=${de}></relu-trio>`);
      expect(text($(trio, '[part="heading"]'))).to.equal('Gängige Aktivierungsfunktionen');
    });
    expect(warnings).to.deep.equal([]);
    // A key no language has is still a mistake worth a warning.
    const typo = await warningsDuring(() => fixture(html`<relu-trio .strings=${{ 'trio.headin': 'x' }}></relu-trio>`));
    expect(typo.join()).to.contain('unknown key trio.headin');
  });

  it('a language registered after the elements rendered reaches them (a table loaded by a later script)', async () => {
    const lab = await labIn('x-pig');
    expect(buttons(lab)).to.include('Reset');
    registerLocale('x-pig', { 'lab.reset': 'Esetray', 'lab.title': 'Atchmay Argettay' });
    await lab.updateComplete;
    expect(buttons(lab)).to.include('Esetray');
    expect($$(lab, '.plot-title').map(text)[0]).to.equal('Atchmay Argettay');
    // Keys the table lacks stay English.
    expect(buttons(lab)).to.include('Show the solution');
  });

  describe('plurals through Intl.PluralRules', () => {
    it('plural() takes the table’s form for the count’s category (Arabic: zero, one, two, few, many, other), else the key itself', () => {
      const t = translator(null, labTable(english, ar));
      const say = (count: number) => plural(t, 'ar', 'challenge.complete', count, { count });
      expect(say(1)).to.equal(ar['challenge.complete.one']);
      expect(say(2)).to.equal('حُلّ التحديان كلاهما!');
      expect(say(3)).to.equal('حُلّت التحديات الـ3 كلها!');
      expect(say(10)).to.equal('حُلّت التحديات الـ10 كلها!');
      expect(say(11)).to.equal('حُلّت التحديات كلها، وعددها 11 تحديًا!');
      expect(say(100)).to.equal('حُلّت التحديات كلها، وعددها 100!');
      // No .zero form in the table: the key itself.
      expect(say(0)).to.equal('حُلّت التحديات كلها، وعددها 0!');
      const keeps = (n: number) => plural(t, 'ar', 'lab.hintKeeps', n, { names: 'w1 وb1' });
      expect(keeps(2)).to.equal('وهي تُبقي w1 وb1 كما هما (مقفلان).');
      expect(plural(t, 'ar', 'reason.bends', 0, { xs: '1', count: 0 })).to.contain('لا توجد وحدة حرة');
    });

    it('English keeps its one/other forms; German takes .one for 1 and the key for 2', () => {
      const en = translator(null, labTable(english));
      expect(plural(en, 'en', 'challenge.complete', 1, { count: 1 })).to.equal('Challenge solved!');
      expect(plural(en, 'en', 'challenge.complete', 2, { count: 2 })).to.equal('All 2 challenges solved!');
      expect(plural(en, undefined, 'challenge.complete', 1, { count: 1 })).to.equal('Challenge solved!');
      expect(plural(en, 'not a language!', 'challenge.complete', 1, { count: 1 })).to.equal('All 1 challenges solved!');
      const t = translator(null, labTable(english, de));
      expect(plural(t, 'de', 'challenge.complete', 1, { count: 1 })).to.equal('Aufgabe gelöst!');
      expect(plural(t, 'de-AT', 'challenge.complete', 2, { count: 2 })).to.equal('Alle 2 Aufgaben gelöst!');
    });

    it('a layer that gives a plural key alone drops the forms below it: said for every count', () => {
      const t = translator(null, labTable(english, de, { 'challenge.complete': 'Fertig: {count}' }));
      expect(plural(t, 'de', 'challenge.complete', 1, { count: 1 })).to.equal('Fertig: 1');
      // Its own forms are kept, and other keys' forms are untouched.
      const u = translator(null, labTable(english, { 'challenge.complete': 'Done: {count}', 'challenge.complete.two': 'Both done' }));
      expect(plural(u, 'ar', 'challenge.complete', 2, { count: 2 })).to.equal('Both done');
      expect(plural(u, 'en', 'challenge.announceComplete', 1, { count: 1 })).to.equal('Challenge solved.');
      // Only strings, only known keys and variants of plural keys; not `.other`, not a variant of another key.
      const v = translator(null, labTable(english, { 'lab.reset.two': 'x', 'challenge.complete.other': 'x', 'lab.title': 5, 'nope': 'x' }));
      expect(v.has('lab.reset.two')).to.be.false;
      expect(v.has('challenge.complete.other')).to.be.false;
      expect(v.has('nope')).to.be.false;
      expect(v('lab.title' as StringKey)).to.equal('Match Target');
    });

    it('in the lab: Arabic says the two-challenge and the few-challenge forms when every challenge is solved', async () => {
      const two = JSON.stringify([{ title: 'أ', target: '0,2 1,0 2,1 3,4' }, { title: 'ب', target: '0,2 1,0 2,1 3,4' }]);
      const lab = await labIn('ar', `challenges='${two}'`);
      await solveAll(lab);
      expect(text($(lab, '[part="complete"]'))).to.equal('حُلّ التحديان كلاهما!');
      const three = JSON.stringify([{ target: '0,2 1,0 2,1 3,4' }, { target: '0,2 1,0 2,1 3,4' }, { target: '0,2 1,0 2,1 3,4' }]);
      const again = await labIn('ar', `challenges='${three}'`);
      await solveAll(again);
      expect(text($(again, '[part="complete"]'))).to.equal('حُلّت التحديات الـ3 كلها!');
    });

    it('a plural variant in the strings property is taken, and not warned about', async () => {
      const warnings = await warningsDuring(async () => {
        const list = JSON.stringify([{ target: '0,2 1,0 2,1 3,4' }, { target: '0,2 1,0 2,1 3,4' }]);
        const lab = await labIn('ar', `challenges='${list}'`);
        lab.strings = { 'challenge.complete.two': 'كلاهما!' };
        await lab.updateComplete;
        await solveAll(lab);
        expect(text($(lab, '[part="complete"]'))).to.equal('كلاهما!');
      });
      expect(warnings.filter((w) => w.includes('strings'))).to.deep.equal([]);
    });
  });

  it('right to left: in a dir="rtl" page the plots are still drawn left to right', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><relu-fit-lab w1="1" b1="-1"></relu-fit-lab></div>`);
    const lab = wrap.querySelector<ReluFitLab>('relu-fit-lab')!;
    await lab.updateComplete;
    expect(getComputedStyle($(lab, '.figure-main svg')).direction).to.equal('ltr');
    // The x ticks 0 … 3 from left to right; the y ticks' labels left of the plot, ending at its left edge.
    const ticks = $$(lab, '.figure-main text.plot-tick').filter((t) => t.getAttribute('text-anchor') === 'middle');
    const xs = ticks.map((t) => (t as SVGTextElement).getBoundingClientRect().left);
    expect(xs.length).to.be.greaterThan(2);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    const yTick = $$(lab, '.figure-main text.plot-tick').find((t) => t.getAttribute('text-anchor') === 'end') as SVGTextElement;
    const anchor = new DOMPoint(Number(yTick.getAttribute('x')), 0).matrixTransform(yTick.getScreenCTM()!);
    expect(yTick.getBoundingClientRect().right).to.be.closeTo(anchor.x, 1);
    await expect(lab).to.be.accessible();
  });
});
