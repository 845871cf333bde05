import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { solve as yalps } from 'yalps';
import { simplex, type LinearRow } from '../../src/math/simplex.js';

/** The lesson analysis's simplex against yalps, a maintained solver, on random small programs. */
describe('simplex (src/math/simplex.ts)', () => {
  it('solves a textbook program: max 3x + 2y with x + y ≤ 4, x + 3y ≤ 6, x ≤ 3 gives (3, 1)', () => {
    const rows: LinearRow[] = [
      { terms: [[0, 1], [1, 1]], op: 'le', rhs: 4 },
      { terms: [[0, 1], [1, 3]], op: 'le', rhs: 6 },
      { terms: [[0, 1]], op: 'le', rhs: 3 },
    ];
    const result = simplex([-3, -2], rows);
    expect(result.status).to.equal('optimal');
    expect([...(result as { x: Float64Array }).x]).to.deep.equal([3, 1]);
  });

  it('says infeasible for x + y = 1 with x ≥ 2 (x, y ≥ 0)', () => {
    const result = simplex([0, 0], [{ terms: [[0, 1], [1, 1]], op: 'eq', rhs: 1 }, { terms: [[0, 1]], op: 'ge', rhs: 2 }]);
    expect(result.status).to.equal('infeasible');
  });

  it('agrees with yalps on 3,000 random programs: the same status, the same optimum, and its point satisfies every row', () => {
    const rowArb = (n: number) =>
      fc.record({
        terms: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: -4, max: 4 })), { minLength: 1, maxLength: n }),
        op: fc.constantFrom('eq', 'ge', 'le', 'le'),
        rhs: fc.integer({ min: -6, max: 6 }),
      });
    const programArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        costs: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        rows: fc.array(rowArb(n), { minLength: 1, maxLength: 7 }),
        // Every variable bounded, so the program is never unbounded.
        bound: fc.integer({ min: 1, max: 9 }),
      }),
    );
    let optimal = 0;
    fc.assert(
      fc.property(programArb, ({ costs, rows, bound }) => {
        const all: LinearRow[] = [...(rows as LinearRow[]), ...costs.map((_, j) => ({ terms: [[j, 1]] as [number, number][], op: 'le' as const, rhs: bound }))];
        const ours = simplex(costs, all);
        const constraints = Object.fromEntries(all.map((r, i) => [`r${i}`, { [r.op === 'eq' ? 'equal' : r.op === 'ge' ? 'min' : 'max']: r.rhs }]));
        const variables = Object.fromEntries(
          costs.map((c, j) => [`x${j}`, { cost: c, ...Object.fromEntries(all.map((r, i) => [`r${i}`, r.terms.filter(([k]) => k === j).reduce((s, [, a]) => s + a, 0)])) }]),
        );
        const theirs = yalps({ direction: 'minimize', objective: 'cost', constraints, variables }, { precision: 1e-10 });
        expect(ours.status).to.equal(theirs.status === 'optimal' ? 'optimal' : 'infeasible');
        if (ours.status !== 'optimal') return;
        optimal++;
        const x = ours.x;
        expect(costs.reduce((s, c, j) => s + c * x[j], 0)).to.be.closeTo(theirs.result, 1e-7);
        for (const r of all) {
          const lhs = r.terms.reduce((s, [j, a]) => s + a * x[j], 0);
          if (r.op === 'eq') expect(lhs).to.be.closeTo(r.rhs, 1e-7);
          else if (r.op === 'ge') expect(lhs).to.be.at.least(r.rhs - 1e-7);
          else expect(lhs).to.be.at.most(r.rhs + 1e-7);
        }
        for (const v of x) expect(v).to.be.at.least(-1e-9);
      }),
      { numRuns: 3000, seed: 42 },
    );
    expect(optimal).to.be.above(300);
  });
});
