/**
 * A small linear-programming solver for the lesson analysis: the two-phase
 * simplex method on a dense tableau, with Bland's rule (no cycling). The
 * analysis solves programs of a few dozen variables; a general solver
 * (yalps, which the tests use as the reference) costs four times the bytes.
 */

/** One constraint: Σ coefficient·x[index] compared with rhs. */
export interface LinearRow {
  readonly terms: readonly (readonly [index: number, coefficient: number])[];
  readonly op: 'eq' | 'ge' | 'le';
  readonly rhs: number;
}

export type SimplexResult = { readonly status: 'optimal'; readonly x: Float64Array } | { readonly status: 'infeasible' | 'unbounded' | 'stalled' };

const EPS = 1e-9;
const MAX_PIVOTS = 20_000;

/**
 * Minimises Σ cost[j]·x[j] over x ≥ 0 subject to `rows`. 'stalled' when it gives up (more pivots
 * than it allows): the caller must not read that as infeasible.
 */
export function simplex(costs: readonly number[], rows: readonly LinearRow[]): SimplexResult {
  const n = costs.length;
  const m = rows.length;
  // Each row as Σ a·x (≤ or =) b with b ≥ 0: a ≤ row keeps its slack as the starting basis; only
  // equalities and ≥ rows with b > 0 need an artificial variable.
  const norm = rows.map((r) => {
    const flip = r.rhs < 0 || (r.rhs === 0 && r.op === 'ge');
    const op = r.op === 'eq' ? 'eq' : (r.op === 'le') !== flip ? 'le' : 'ge';
    return { terms: r.terms, sign: flip ? -1 : 1, op, rhs: Math.abs(r.rhs) };
  });
  const slacks = norm.filter((r) => r.op !== 'eq').length;
  const artificials = norm.filter((r) => r.op !== 'le').length;
  const width = n + slacks + artificials + 1; // x, slacks, artificials, right-hand side
  const rhsCol = width - 1;
  const real = n + slacks;
  const t: Float64Array[] = [];
  const basis: number[] = [];
  let [slack, artificial] = [n, real];
  for (const r of norm) {
    const row = new Float64Array(width);
    for (const [j, a] of r.terms) row[j] += r.sign * a;
    row[rhsCol] = r.rhs;
    if (r.op === 'le') {
      row[slack] = 1;
      basis.push(slack++);
    } else {
      if (r.op === 'ge') row[slack++] = -1;
      row[artificial] = 1;
      basis.push(artificial++);
    }
    t.push(row);
  }
  const scale = 1 + Math.max(0, ...rows.map((r) => Math.abs(r.rhs)));

  const pivot = (r: number, c: number, objective: Float64Array) => {
    const row = t[r];
    const p = row[c];
    for (let j = 0; j < width; j++) row[j] /= p;
    const eliminate = (other: Float64Array) => {
      const f = other[c];
      if (f !== 0) for (let j = 0; j < width; j++) other[j] -= f * row[j];
    };
    for (let i = 0; i < m; i++) if (i !== r) eliminate(t[i]);
    eliminate(objective);
    basis[r] = c;
  };
  /** Pivots until no column below `allowed` improves `objective`; false when unbounded, null when stalled. */
  const run = (objective: Float64Array, allowed: number): boolean | null => {
    for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
      let enter = -1;
      for (let j = 0; j < allowed && enter < 0; j++) if (objective[j] < -EPS) enter = j;
      if (enter < 0) return true;
      let leave = -1;
      let best = Infinity;
      for (let i = 0; i < m; i++) {
        const a = t[i][enter];
        if (a <= EPS) continue;
        const ratio = t[i][rhsCol] / a;
        if (ratio < best - EPS || (ratio <= best + EPS && basis[i] < basis[leave])) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) return false;
      pivot(leave, enter, objective);
    }
    return null;
  };

  if (artificials) {
    // Phase 1: minimise the sum of the artificials.
    const phase1 = new Float64Array(width);
    for (let i = 0; i < m; i++) {
      if (basis[i] < real) continue;
      for (let j = 0; j < width; j++) if (j < real || j === rhsCol) phase1[j] -= t[i][j];
    }
    const first = run(phase1, width - 1);
    if (first === null) return { status: 'stalled' };
    if (-phase1[rhsCol] > EPS * scale) return { status: 'infeasible' };
    // Artificials still in the basis (at 0): pivot them out where the row allows it.
    for (let i = 0; i < m; i++) {
      if (basis[i] < real) continue;
      const j = t[i].findIndex((a, k) => k < real && Math.abs(a) > EPS);
      if (j >= 0) pivot(i, j, phase1);
    }
  }
  // Phase 2: the real costs, over x and the slacks only.
  const phase2 = new Float64Array(width);
  costs.forEach((c, j) => (phase2[j] = c));
  for (let i = 0; i < m; i++) {
    const c = phase2[basis[i]];
    if (c !== 0) for (let j = 0; j < width; j++) phase2[j] -= c * t[i][j];
  }
  const second = run(phase2, real);
  if (second === null) return { status: 'stalled' };
  if (!second) return { status: 'unbounded' };
  const x = new Float64Array(n);
  for (let i = 0; i < m; i++) if (basis[i] < n) x[basis[i]] = t[i][rhsCol];
  return { status: 'optimal', x };
}
