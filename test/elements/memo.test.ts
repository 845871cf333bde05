import { expect } from '@open-wc/testing';
import { Memo, sameFields } from '../../src/elements/memo.js';

describe('Memo (src/elements/memo.ts)', () => {
  it('get(slot, input) recomputes only when a field changed; arrays compare item by item', () => {
    let runs = 0;
    const memo = new Memo((o: { a: number; list: readonly object[] }) => (runs++, o.a + o.list.length));
    const item = {};
    expect(memo.get(0, { a: 1, list: [item] })).to.equal(2);
    expect(memo.get(0, { a: 1, list: [item] })).to.equal(2);
    expect(runs).to.equal(1);
    memo.get(0, { a: 1, list: [{}] });
    expect(runs).to.equal(2);
    memo.get(0, { a: 2, list: [{}] });
    expect(runs).to.equal(3);
  });

  it('sameFields(a, b) is false for a missing or extra field and for NaN against a number', () => {
    expect(sameFields({ a: 1 }, { a: 1, b: 2 })).to.be.false;
    expect(sameFields({ a: NaN }, { a: NaN })).to.be.true;
    expect(sameFields({ a: NaN }, { a: 0 })).to.be.false;
  });
});
