import { expect } from '@open-wc/testing';
import { fill, sharedStrings, translator } from '../../src/elements/strings.js';
import { labStrings } from '../../src/index.js';
import { withLater } from '../../src/elements/relu-fit-lab/lab-strings.js';

describe('strings: fill and translator', () => {
  it('fills every {name}, repeated ones too, and leaves unknown names as written', () => {
    expect(fill('At {axis} = {x}: {axis}!', { axis: 'z', x: 1.5 })).to.equal('At z = 1.5: z!');
    expect(fill('{a} and {b}', { a: 'A' })).to.equal('A and {b}');
    expect(fill('no slots')).to.equal('no slots');
    expect(fill('{x}', {})).to.equal('{x}');
  });

  it('puts values in literally: no replacement patterns, no markup parsing', () => {
    expect(fill('v = {v}', { v: '$& $1 $$' })).to.equal('v = $& $1 $$');
    expect(fill('{v}', { v: '<b>{w}</b>', w: 'no' })).to.equal('<b>{w}</b>');
  });

  it('does not read inherited properties as values', () => {
    expect(fill('{toString} {constructor}', {})).to.equal('{toString} {constructor}');
  });

  it('translator gives overrides for known keys, the defaults otherwise, the same text on every call', () => {
    const lab = { ...sharedStrings, ...labStrings };
    const t = translator({ 'lab.reset': 'Zurücksetzen', 'no.such.key': 'x' } as never, lab);
    expect(t('lab.reset')).to.equal('Zurücksetzen');
    expect(t('lab.reset')).to.equal('Zurücksetzen');
    expect(t('table.show')).to.equal('Show data');
    expect(t('readout.value', { name: 'a', value: '1' })).to.equal('a 1');
    expect(translator(null, lab)('lab.reset')).to.equal('Reset');
    expect(t.has('lab.reset')).to.be.true;
  });

  it('English that arrives later (with code loaded on first use) is said where the table has none, never over it', () => {
    const later: Record<string, string> = {};
    // A German table that gives a plural key alone: it means it for every count.
    const table = { ...sharedStrings, 'table.show': 'Daten zeigen', 'lab.revived': 'Einheiten {units} waren still.' };
    const t = withLater(translator(null, table), () => later);
    expect(t.has('lab.trained')).to.be.false;
    Object.assign(later, { 'lab.trained': 'Fitted in {steps} steps.', 'lab.revived': 'Units {units} were silent.', 'lab.revived.one': 'Unit {units} was silent.' });
    expect(t('lab.trained', { steps: 3 })).to.equal('Fitted in 3 steps.');
    expect(t.has('lab.trained')).to.be.true;
    expect(t('lab.revived', { units: '1' })).to.equal('Einheiten 1 waren still.');
    expect(t.has('lab.revived.one'), 'no English variant under a German key').to.be.false;
    expect(t('table.show')).to.equal('Daten zeigen');
  });

  it('an element without the lab knows only the shared strings: an override of a lab key is not taken', () => {
    const t = translator({ 'lab.reset': 'Zurücksetzen', 'table.show': 'Daten zeigen' } as never);
    expect(t('table.show')).to.equal('Daten zeigen');
    expect(t.has('lab.reset')).to.be.false;
  });
});
