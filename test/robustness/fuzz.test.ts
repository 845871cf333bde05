import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/** Values authors really type, and worse. */
const EXTREMES = [
  '1e308', '-1e308', '-0', '1e-400', '0x10', ' 2 ', '', ' ', 'NaN', 'Infinity', '-Infinity', '1,5',
  'x'.repeat(5000), '<b>bold</b>', '{}', '[]', 'null', '{"a":1}', '0,2 1,', 'a,b', '3,1 2,2', '😀', '\u0000', '-',
];
const valueArb = fc.oneof(
  fc.constantFrom(...EXTREMES),
  fc.string({ maxLength: 40 }),
  fc.double().map(String),
  fc.integer().map(String),
);

/** Every attribute each element observes, as Lit lists them: a new attribute is fuzzed without being listed here. */
const observed = (tag: string) => (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
const ELEMENTS = Object.fromEntries(['relu-trio', 'relu-unit-plot', 'relu-fit-lab'].map((tag) => [tag, observed(tag)]));

/** Runs `body` and reports every warning, console.error and uncaught error meanwhile. */
async function watch(body: () => Promise<void>) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
  console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  try {
    await body();
  } finally {
    Object.assign(console, { warn, error });
    window.removeEventListener('error', onError);
  }
  return { warnings, errors };
}

describe('fuzzing every attribute of every element', () => {
  it('fuzzes every attribute the elements observe, the lab\'s newer ones too', () => {
    expect(ELEMENTS['relu-fit-lab']).to.include.members(['units', 'output-bias', 'state', 'editable-output', 'hide', 'locked', 'challenges', 'challenge', 'progress-key']);
  });

  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    it(`<${tag}> survives random and extreme attribute values`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...attributes), valueArb, async (attribute, value) => {
          const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
            tag === 'relu-fit-lab'
              ? html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`
              : tag === 'relu-trio'
                ? html`<relu-trio></relu-trio>`
                : html`<relu-unit-plot w="1" b="-1"></relu-unit-plot>`,
          );
          const { warnings, errors } = await watch(async () => {
            el.setAttribute(attribute, value);
            await el.updateComplete;
            await el.updateComplete;
          });
          expect(errors, errors.join('\n')).to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('svg.plot'), 'still renders').to.exist;
          for (const warning of warnings) {
            expect(warning).to.contain(`<${tag}>`).and.contain(`${attribute}=`);
            expect(warning).to.contain(JSON.stringify(value.slice(0, 30)).slice(0, -1));
          }
          if (tag === 'relu-fit-lab') {
            const lab = el as unknown as ReluFitLab;
            const rangeOrParam = ['w1', 'b1', 'min', 'max', 'step'].includes(attribute);
            // A bad value never costs the learner their sliders; a good new range may clamp them.
            if (!rangeOrParam || warnings.length) expect([lab.w1, lab.b1]).to.deep.equal([1, -1]);
            expect(Number.isFinite(lab.error)).to.be.true;
          }
        }),
        { numRuns: 120 },
      );
    });
  }

  it('extreme numbers that are valid are used, not rejected', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const { warnings } = await watch(async () => {
      lab.setAttribute('w1', ' 2 ');
      lab.setAttribute('b1', '-0');
      lab.setAttribute('w2', '1e-400');
      await lab.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect([lab.w1, lab.b1, lab.w2]).to.deep.equal([2, 0, 0]);
    expect(Object.is(lab.b1, -0)).to.be.false;
  });
});
