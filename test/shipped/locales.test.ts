import { expect, fixture, html } from '@open-wc/testing';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';

/**
 * The languages as users load them: the one-tag bundle (dist/relu-lab.bundle.js) with the
 * built tables beside it (dist/locales/*.js, what `relu-lab/locales/de.js` resolves to and
 * what a second script tag loads from a CDN).
 */
const load = (path: string) => import(/* @vite-ignore */ `${path}`);
await load('/dist/relu-lab.bundle.js');
const { default: de } = await load('/dist/locales/de.js');
const { default: ar } = await load('/dist/locales/ar.js');

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: Element) => $$(el, 'button').map(text);

async function labIn(lang: string) {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><relu-fit-lab w1="0.5"></relu-fit-lab></div>`);
  const lab = wrap.querySelector<ReluFitLab>('relu-fit-lab')!;
  await lab.updateComplete;
  return lab;
}

describe('languages on the built files (dist/locales/*.js beside the bundle)', () => {
  it('the bundle carries no translation: each table is its own module', async () => {
    // (Plain ASCII phrases: the test server may escape the rest.)
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    expect(bundle).to.contain('Show the solution');
    for (const phrase of ['Automatisch anpassen', 'Tipps verbergen', 'Ocultar pistas', 'Mostrar datos']) expect(bundle, phrase).not.to.contain(phrase);
    const table = await (await fetch('/dist/locales/de.js')).text();
    expect(table).to.contain('Automatisch anpassen');
    // Only the small register module beside it: no element code, no Lit.
    expect([...table.matchAll(/^\s*import\b[^;]*?["']([^"']+)["']/gm)].map((m) => m[1])).to.deep.equal(['./register.js']);
  });

  it('registers into the registry the bundle reads: a German lab, with German numbers', async () => {
    const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('relu-lab.locales')];
    expect(registry.get('de')).to.equal(de);
    const lab = await labIn('de');
    expect(buttons(lab)).to.include.members(['Zurücksetzen', 'Tipp 1 von 3 zeigen', 'Lösung zeigen']);
    expect(text(lab.shadowRoot!.querySelector('[part="error"]'))).to.match(/^\d,\d{3}$/);
    expect(buttons(await labIn('de-AT'))).to.include('Zurücksetzen');
  });

  it('lang="ar" is Arabic; the strings property still wins key by key; a whole table works as the strings property', async () => {
    const lab = await labIn('ar');
    expect(buttons(lab)).to.include('إعادة الضبط');
    lab.strings = { 'lab.reset': 'ابدأ من جديد' };
    await lab.updateComplete;
    expect(buttons(lab)).to.include.members(['ابدأ من جديد', 'أظهر الحل']);
    const trio = await fixture<ReluTrio>(html`<relu-trio .strings=${de}></relu-trio>`);
    expect(text(trio.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Gängige Aktivierungsfunktionen');
    expect(ar['lab.reset']).to.equal('إعادة الضبط');
  });

  it('a table loaded after the elements rendered (a later script) reaches them', async () => {
    const lab = await labIn('es');
    expect(buttons(lab)).to.include('Reset');
    await load('/dist/locales/es.js');
    await lab.updateComplete;
    expect(buttons(lab)).to.include.members(['Restablecer', 'Mostrar la solución']);
  });
});
