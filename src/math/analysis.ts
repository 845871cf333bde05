/**
 * One analysis of a lesson's mathematics: what the free units must do to
 * turn the network into the target, whether they can, one way they can, and
 * if they cannot, reasons that are each true. Everything the lab says about
 * a lesson (hints, solution, fit notes, success and "no solution" texts)
 * reads from this; nothing else keeps its own idea of the lesson.
 *
 * The model. Over the target's x range [x0, xn] a ReLU unit a = max(0, w·x + b)
 * weighted by v is one of: silent throughout, on throughout (a straight line),
 * or hinged at x = −b/w inside the range, where it changes the output's slope
 * by |w|·v: it wakes up there (w > 0, silent to the left) or goes silent there
 * (w < 0, on to the left). Leaky ReLU is (1 − α)·ReLU + α·z, a linear unit a
 * line. The output must bend where the target bends (less what the fixed units
 * do) by exactly the target's change of slope, and start with its value and
 * slope at x0; the rest follows. So a solution is an assignment of the free
 * units to the bends (waking or going silent there, with v's sign) and to the
 * edges (on or silent throughout), and values within the slider range and the
 * locks, found by linear programming (in v·w and v·b, which makes a unit's
 * contribution linear whatever v is; src/math/simplex.ts). The search covers every such assignment,
 * so "no exact solution" is said only when none exists; when it gives up (a
 * very large lesson, smooth units) the answer is "unknown", never "no".
 */

import { LEAKY_SLOPE, activations, type ActivationName } from './activations.js';
import type { LessonUnit } from './lesson.js';
import { networkOutput, unitBreakpoints, type Interval } from './network.js';
import { piecewiseLinear, type Point } from './piecewise.js';
import { simplex, type LinearRow } from './simplex.js';

/** A lesson as the analysis needs it. */
export interface LessonShape {
  readonly knots: readonly Point[];
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  /** The slider range of every free parameter (w and b; v and c when the output is editable). */
  readonly min: number;
  readonly max: number;
  /** The slider step: a solution on this grid is preferred when one is exact. */
  readonly step?: number;
  /** Whether the free units' output weights v and the output bias c may change. */
  readonly editableOutput: boolean;
  /** Parameters that keep their values: `w1`, `b1`, `v1` (unit 1), `c`. */
  readonly locked: ReadonlySet<string>;
}

/** A real bend: where the slope changes (a knot the line passes straight through is not one). */
export interface Bend {
  readonly x: number;
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

/** What a unit does over the target's x range. */
export type Role =
  /** Silent left of x, on to the right (w > 0). */
  | { readonly kind: 'wakes'; readonly x: number }
  /** On left of x, silent to the right (w < 0). */
  | { readonly kind: 'sleeps'; readonly x: number }
  /** On (a straight line) throughout. */
  | { readonly kind: 'on' }
  /** Silent throughout. */
  | { readonly kind: 'off' }
  /** A constant (w = 0; a smooth unit's only straight form). */
  | { readonly kind: 'flat' };

/** Why a unit cannot hinge at a bend with the change needed there. */
export type HingeCause =
  /** Its w and b are locked (its hinge, if any, stays where it is). */
  | { readonly unit: number; readonly why: 'locked' }
  /** Locked at this value, b = −w·x cannot put the hinge there. */
  | { readonly unit: number; readonly why: 'lockedB' | 'lockedW'; readonly value: number }
  /** b = −w·x would leave the slider range for every w. */
  | { readonly unit: number; readonly why: 'range' }
  /** Its output weight is locked at `value` (or, when null, its range has one sign): its hinge changes the slope with v's sign only. */
  | { readonly unit: number; readonly why: 'sign'; readonly value: number | null }
  /** Its activation has no hinge. */
  | { readonly unit: number; readonly why: 'smooth' | 'linear' };

/** A reason there is no exact solution (each is checked true), or why the analysis cannot tell. */
export type Reason =
  /** A fixed unit is a smooth curve (it bends everywhere) and no free unit can undo it. */
  | { readonly kind: 'curved'; readonly unit: number; readonly activation: ActivationName }
  /** More bends than free units able to hinge at one (each unit hinges at one point at most). */
  | { readonly kind: 'bends'; readonly xs: readonly number[]; readonly count: number }
  /** No free unit can hinge at this bend with a change of this sign. */
  | { readonly kind: 'cannotHinge'; readonly x: number; readonly change: number; readonly causes: readonly HingeCause[] }
  /** All the free units hinged here together cannot change the slope this much. */
  | { readonly kind: 'tooSteep'; readonly x: number; readonly change: number; readonly reach: number }
  /** Every arrangement was tried: none gives the target's start (value and slope at x0) with its bends. */
  | { readonly kind: 'arrangement'; readonly x: number; readonly value: number; readonly slope: number }
  /** Without these locks there is an exact solution. */
  | { readonly kind: 'locks'; readonly names: readonly string[] }
  /** (unknown) Smooth units: the analysis cannot tell whether their curves can cancel. */
  | { readonly kind: 'smooth'; readonly units: readonly number[] }
  /** (unknown) Too many arrangements to try them all. */
  | { readonly kind: 'effort' };

export interface Solution {
  /** Every unit (fixed ones as they are), with the free ones' values. */
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  /** What each unit does over the x range (null for fixed units). */
  readonly roles: readonly (Role | null)[];
  /** Whether every free value lies on the slider grid. */
  readonly onGrid: boolean;
}

export interface Analysis {
  readonly domain: Interval;
  /** The target's real bends. */
  readonly bends: readonly Bend[];
  /** What the free units (and c, when free) must supply: the target less the fixed parts. */
  readonly needs: { readonly bends: readonly Bend[]; readonly value: number; readonly slope: number };
  /** Whether an exact solution exists within the slider range and the locks. */
  readonly exact: 'yes' | 'no' | 'unknown';
  /** One exact solution, when `exact` is 'yes'. */
  readonly solution: Solution | null;
  /** Why not (when 'no'), or why the analysis cannot tell (when 'unknown'). */
  readonly reasons: readonly Reason[];
}

const TOL = 1e-9;
const MAX_LPS = 1500;
const MAX_NODES = 50_000;
const GRID_TRIES = 200;

/** The straight pieces of f over [x0, xn] given its values at sorted cuts: its real bends, start value and slope. */
function shapeOf(xs: readonly number[], f: (x: number) => number): { bends: Bend[]; value: number; slope: number } {
  const ys = xs.map(f);
  const slopes = xs.slice(1).map((x, i) => (ys[i + 1] - ys[i]) / (x - xs[i]));
  const scale = 1 + Math.max(...slopes.map(Math.abs));
  const bends: Bend[] = [];
  let before = slopes[0];
  for (let i = 1; i < slopes.length; i++) {
    const after = slopes[i];
    if (Math.abs(after - before) > TOL * scale) {
      bends.push({ x: xs[i], before, after, change: after - before });
      before = after;
    }
  }
  return { bends, value: ys[0], slope: slopes[0] };
}

/** The target's real bends. */
export function bendsOf(knots: readonly Point[]): Bend[] {
  return shapeOf(
    knots.map(([x]) => x),
    piecewiseLinear(knots),
  ).bends;
}

type Kind = 'hinge' | 'linear' | 'smooth';
const kindOf = (a: ActivationName): Kind => (a === 'relu' || a === 'leaky-relu' ? 'hinge' : a === 'linear' ? 'linear' : 'smooth');
const leakOf = (a: ActivationName) => (a === 'leaky-relu' ? LEAKY_SLOPE : 0);

/** A free unit's freedom: its activation, and each parameter's interval (a point when locked or fixed). */
interface Free {
  readonly index: number;
  readonly unit: LessonUnit;
  readonly kind: Kind;
  readonly alpha: number;
  readonly w: Interval;
  readonly b: Interval;
  readonly v: Interval;
  readonly wLocked: boolean;
  readonly bLocked: boolean;
  readonly vLocked: boolean;
  /** Signs v can take. */
  readonly signs: readonly (1 | -1)[];
  /** Units with the same freedom are interchangeable: the same key. */
  readonly key: string;
}

function freedomOf(shape: LessonShape): Free[] {
  const { min, max, locked } = shape;
  return shape.units.flatMap((unit, index) => {
    if (unit.fixed) return [];
    const is = (k: string) => locked.has(`${k}${index}`);
    const vLocked = !shape.editableOutput || is('v');
    const point = (x: number): Interval => [x, x];
    const w = is('w') ? point(unit.w) : ([min, max] as Interval);
    const b = is('b') ? point(unit.b) : ([min, max] as Interval);
    const v = vLocked ? point(unit.v) : ([min, max] as Interval);
    const signs = ([1, -1] as const).filter((s) => (s > 0 ? v[1] >= 0 : v[0] < 0));
    const key = [unit.activation, is('w') ? unit.w : '*', is('b') ? unit.b : '*', vLocked ? unit.v : '*'].join();
    return [{ index, unit, kind: kindOf(unit.activation), alpha: leakOf(unit.activation), w, b, v, wLocked: is('w'), bLocked: is('b'), vLocked, signs, key }];
  });
}

/** The common part of two intervals, allowing for rounding (b = −w·x may miss a range's end by 1e-16). */
const meet = (a: Interval, b: Interval): Interval | null => {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  if (lo <= hi) return [lo, hi];
  return lo - hi <= TOL * (1 + Math.abs(lo)) ? [hi, lo] : null;
};
const times = (a: Interval, b: Interval): Interval => {
  const c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
  return [Math.min(...c), Math.max(...c)];
};

/** The w a unit can take with its hinge at x, waking (w > 0) or going silent (w < 0): b = −w·x in range. */
function hingeW(f: Free, x: number, wakes: boolean): Interval | null {
  // b = −w·x within f.b.
  const fromB: Interval = Math.abs(x) < TOL ? (f.b[0] <= 0 && f.b[1] >= 0 ? [-Infinity, Infinity] : [1, -1]) : x > 0 ? [-f.b[1] / x, -f.b[0] / x] : [-f.b[0] / x, -f.b[1] / x];
  const w = meet(f.w, fromB);
  if (!w) return null;
  // w > 0 to wake there, w < 0 to go silent: a unit with w = 0 has no hinge.
  const [lo, hi] = wakes ? [Math.max(w[0], 0), w[1]] : [w[0], Math.min(w[1], 0)];
  return (wakes ? hi : -lo) > TOL ? [lo, hi] : null;
}

/** The changes of slope a unit can make hinged at x, waking or going silent, with v's sign s. */
function hingeChange(f: Free, x: number, wakes: boolean, s: 1 | -1): Interval | null {
  if (f.kind !== 'hinge') return null;
  const w = hingeW(f, x, wakes);
  const v = meet(f.v, s > 0 ? [0, Infinity] : [-Infinity, 0]);
  if (!w || !v) return null;
  // Change at the hinge: (1 − α)·|w|·v.
  const [lo, hi] = times([Math.abs(w[0]), Math.abs(w[1])].sort((a, b) => a - b) as unknown as Interval, v);
  return [(1 - f.alpha) * lo, (1 - f.alpha) * hi];
}

/** Why unit f cannot make a change of this sign at x. */
function hingeCause(f: Free, x: number): HingeCause {
  const unit = f.index;
  if (f.kind !== 'hinge') return { unit, why: f.kind === 'linear' ? 'linear' : 'smooth' };
  const any = [true, false].some((wakes) => hingeW(f, x, wakes));
  if (!any) {
    if (f.wLocked && f.bLocked) return { unit, why: 'locked' };
    if (f.bLocked) return { unit, why: 'lockedB', value: f.unit.b };
    if (f.wLocked) return { unit, why: 'lockedW', value: f.unit.w };
    return { unit, why: 'range' };
  }
  // It can hinge there, but only with v's one sign.
  return { unit, why: 'sign', value: f.vLocked ? f.unit.v : null };
}

/** The necessary conditions that fail, each as a true reason. */
function necessary(needs: Bend[], free: Free[]): Reason[] {
  const reasons: Reason[] = [];
  const capable = new Set<number>();
  for (const bend of needs) {
    let reach: Interval = [0, 0];
    let some = false;
    for (const f of free) {
      for (const wakes of [true, false]) {
        for (const s of f.signs) {
          const t = hingeChange(f, bend.x, wakes, s);
          if (!t) continue;
          capable.add(f.index);
          reach = [reach[0] + Math.min(0, t[0]), reach[1] + Math.max(0, t[1])];
          if (Math.sign(t[1] || t[0]) === Math.sign(bend.change) || t[0] * t[1] < 0) some = true;
        }
      }
    }
    if (!some) reasons.push({ kind: 'cannotHinge', x: bend.x, change: bend.change, causes: free.map((f) => hingeCause(f, bend.x)) });
    else if (bend.change > reach[1] * (1 + TOL) + TOL || bend.change < reach[0] * (1 + TOL) - TOL) {
      reasons.push({ kind: 'tooSteep', x: bend.x, change: bend.change, reach: bend.change > 0 ? reach[1] : reach[0] });
    }
  }
  if (!reasons.length && needs.length > capable.size) reasons.push({ kind: 'bends', xs: needs.map((b) => b.x), count: capable.size });
  return reasons;
}

/** An assignment: each free unit's role and v's sign. */
interface Placed {
  readonly f: Free;
  readonly role: Role;
  readonly s: 1 | -1;
}

/** A small linear program over signed variables (each split into two non-negative parts for the solver). */
class Program {
  private readonly index = new Map<string, number>();
  private readonly costs: number[] = [];
  private readonly rows: LinearRow[] = [];

  variable(name: string, cost = 0): void {
    this.index.set(name, this.costs.length);
    this.costs.push(cost, cost);
  }
  /** Σ coefficient·variable + constant, compared with 0. */
  row(terms: readonly (readonly [string, number])[], constant: number, op: 'eq' | 'ge' | 'le'): void {
    const split = terms.flatMap(([v, c]) => {
      const j = this.index.get(v)!;
      return [[j, c], [j + 1, -c]] as const;
    });
    this.rows.push({ terms: split, op, rhs: -constant });
  }
  /** The variables' values; null when infeasible; 'stalled' when the solver gave up. */
  solve(): Map<string, number> | null | 'stalled' {
    const result = simplex(this.costs, this.rows);
    if (result.status === 'stalled') return 'stalled';
    if (result.status !== 'optimal') return null;
    const { x } = result;
    return new Map([...this.index].map(([name, j]) => [name, x[j] - x[j + 1]]));
  }
}

/** Solves one assignment: the free units' values, or null when the slider range and the locks allow none. */
function realise(shape: LessonShape, needs: ReturnType<typeof shapeOf>, domain: Interval, placed: readonly Placed[], cFree: boolean): { units: LessonUnit[]; outputBias: number } | null | 'stalled' {
  const [x0, xn] = domain;
  const { min, max } = shape;
  const lp = new Program();
  const slope: [string, number][] = [];
  const value: [string, number][] = [];
  const changes = new Map<number, [string, number][]>(needs.bends.map((b) => [b.x, []]));
  for (const { f, role, s } of placed) {
    const [P, Q, V, K] = [`P${f.index}`, `Q${f.index}`, `V${f.index}`, `K${f.index}`];
    if (role.kind === 'flat') {
      // w = 0: the unit is the constant v·act(b); its range over b and v is an interval.
      lp.variable(K);
      const act = activations[f.unit.activation].fn;
      const [lo, hi] = flatRange(f, s, act);
      lp.row([[K, 1]], -lo, 'ge');
      lp.row([[K, 1]], -hi, 'le');
      value.push([K, 1]);
      continue;
    }
    lp.variable(P, 1e-3);
    lp.variable(Q, 1e-3);
    lp.variable(V);
    // v within its interval and with sign s; P = v·w, Q = v·b within the range times v.
    const v = meet(f.v, s > 0 ? [0, Infinity] : [-Infinity, 0])!;
    lp.row([[V, 1]], -v[0], 'ge');
    lp.row([[V, 1]], -v[1], 'le');
    if (!f.vLocked) {
      // Prefer v = ±1 (a unit's slope is then its w).
      lp.variable(`D${f.index}`, 1);
      lp.row([[`D${f.index}`, 1], [V, -1]], s, 'ge');
      lp.row([[`D${f.index}`, 1], [V, 1]], -s, 'ge');
    }
    for (const [X, lock, range, locked] of [[P, f.unit.w, f.w, f.wLocked], [Q, f.unit.b, f.b, f.bLocked]] as const) {
      if (locked) lp.row([[X, 1], [V, -lock]], 0, 'eq');
      else {
        lp.row([[X, s], [V, -s * range[0]]], 0, 'ge');
        lp.row([[X, s], [V, -s * range[1]]], 0, 'le');
      }
    }
    const a = f.alpha;
    const z = (x: number): [string, number][] => [[P, s * x], [Q, s]]; // s·v·(w·x + b), the sign of z
    switch (role.kind) {
      case 'wakes':
      case 'sleeps': {
        const wakes = role.kind === 'wakes';
        lp.row([[Q, 1], [P, role.x]], 0, 'eq');
        lp.row([[P, s]], 0, wakes ? 'ge' : 'le');
        changes.get(role.x)!.push([P, (1 - a) * (wakes ? 1 : -1)]);
        const k = wakes ? a : 1; // its slope left of the hinge
        slope.push([P, k]);
        value.push([P, k * (x0 - role.x)]);
        break;
      }
      case 'on':
      case 'off': {
        const on = role.kind === 'on';
        if (f.kind === 'hinge') for (const x of [x0, xn]) lp.row(z(x), 0, on ? 'ge' : 'le');
        const k = on || f.kind === 'linear' ? 1 : a;
        slope.push([P, k]);
        value.push([P, k * x0], [Q, k]);
        break;
      }
    }
  }
  if (cFree) {
    lp.variable('c', 1e-3);
    lp.row([['c', 1]], -min, 'ge');
    lp.row([['c', 1]], -max, 'le');
    value.push(['c', 1]);
  }
  for (const bend of needs.bends) lp.row(changes.get(bend.x)!, -bend.change, 'eq');
  lp.row(slope, -needs.slope, 'eq');
  lp.row(value, -needs.value, 'eq');
  const got = lp.solve();
  if (!got || got === 'stalled') return got;
  const units = shape.units.map((u) => ({ ...u }));
  for (const { f, role } of placed) {
    const at = (name: string) => got.get(`${name}${f.index}`) ?? 0;
    if (role.kind === 'flat') {
      units[f.index] = { ...f.unit, ...flatUnit(f, at('K')) };
      continue;
    }
    const v = at('V');
    const keep = (x: number, range: Interval, locked: boolean, current: number) => (locked ? current : Math.min(range[1], Math.max(range[0], x)));
    if (Math.abs(v) < TOL) {
      // A unit weighted 0 adds nothing: it keeps its values.
      units[f.index] = { ...f.unit, v: f.vLocked ? f.unit.v : 0 };
      continue;
    }
    units[f.index] = {
      ...f.unit,
      w: keep(at('P') / v, f.w, f.wLocked, f.unit.w),
      b: keep(at('Q') / v, f.b, f.bLocked, f.unit.b),
      v: f.vLocked ? f.unit.v : v,
    };
  }
  return { units, outputBias: cFree ? (got.get('c') ?? 0) : shape.outputBias };
}

/** The constants v·act(b) a smooth unit can make with w = 0 and v of sign s. */
function flatRange(f: Free, s: 1 | -1, act: (z: number) => number): Interval {
  const v = meet(f.v, s > 0 ? [0, Infinity] : [-Infinity, 0])!;
  const zs = [f.b[0], f.b[1], ...(f.unit.activation === 'gelu' ? [-0.7517916] : [])].filter((z) => z >= f.b[0] && z <= f.b[1]);
  const a = zs.map(act);
  return times([Math.min(...a), Math.max(...a)], v);
}

/** Values w = 0, b, v that make the constant k (found within flatRange). */
function flatUnit(f: Free, k: number): { w: number; b: number; v: number } {
  const act = activations[f.unit.activation].fn;
  if (f.vLocked) {
    // Solve v·act(b) = k for b by bisection over the b range (act is monotone there, gelu aside).
    const goal = k / f.unit.v;
    let [lo, hi] = f.b;
    if (act(lo) > act(hi)) [lo, hi] = [hi, lo];
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (act(mid) < goal) lo = mid;
      else hi = mid;
    }
    return { w: 0, b: f.bLocked ? f.unit.b : (lo + hi) / 2, v: f.unit.v };
  }
  const b = f.bLocked ? f.unit.b : act(f.b[1]) !== 0 ? f.b[1] : f.b[0];
  return { w: 0, b, v: act(b) === 0 ? 0 : k / act(b) };
}

/**
 * Every assignment of the free units to the bends (waking or going silent there) and the edges
 * (on or silent throughout), depth first, bends left to right; each bend's units must be able to
 * make its change together. `visit` returns true to stop. False when the effort ran out.
 */
function search(needs: Bend[], free: Free[], visit: (placed: Placed[]) => boolean): 'found' | 'done' | 'effort' {
  let nodes = 0;
  const taken = new Set<number>();
  const placed: Placed[] = [];
  const options = (f: Free, x: number): { role: Role; s: 1 | -1; t: Interval }[] =>
    [true, false].flatMap((wakes) =>
      f.signs.flatMap((s) => {
        const t = hingeChange(f, x, wakes, s);
        return t ? [{ role: { kind: wakes ? 'wakes' : 'sleeps', x } as Role, s, t }] : [];
      }),
    );
  // The first still free unit of each kind: interchangeable units are taken in order.
  const available = (from: number, chosen: readonly Free[]) =>
    free.filter((f, k) => k >= from && !taken.has(f.index) && free.slice(0, k).every((e) => e.key !== f.key || taken.has(e.index) || chosen.includes(e)));

  const leftovers = (k: number): boolean | 'effort' => {
    if (++nodes > MAX_NODES) return 'effort';
    const rest = free.filter((f) => !taken.has(f.index));
    if (k === rest.length) return visit(placed);
    const f = rest[k];
    const flat = meet(f.w, [0, 0]) ? [{ kind: 'flat' } as Role] : []; // a smooth unit is straight only with w = 0
    const roles: Role[] = f.kind === 'hinge' ? [{ kind: 'off' }, { kind: 'on' }] : f.kind === 'linear' ? [{ kind: 'on' }] : flat;
    for (const role of roles) {
      for (const s of f.signs) {
        // Interchangeable leftovers take roles in a fixed order (no repeats of the same arrangement).
        const previous = placed[placed.length - 1];
        if (previous && previous.f.key === f.key && k > 0 && order(previous) > order({ f, role, s })) continue;
        placed.push({ f, role, s });
        const done = leftovers(k + 1);
        placed.pop();
        if (done) return done;
      }
    }
    return false;
  };

  const bend = (j: number): boolean | 'effort' => {
    if (++nodes > MAX_NODES) return 'effort';
    if (j === needs.length) return leftovers(0);
    const remaining = free.filter((f) => !taken.has(f.index)).length;
    if (remaining < needs.length - j) return false;
    const { x, change } = needs[j];
    // Choose a non-empty group of units for this bend, each with a role and sign, whose changes can sum to `change`.
    // Smaller groups first: one unit per bend is the lesson's way.
    const group = (size: number, from: number, chosen: Free[], lo: number, hi: number): boolean | 'effort' => {
      if (chosen.length === size) {
        const slack = TOL * (1 + Math.abs(change));
        return lo <= change + slack && hi >= change - slack ? bend(j + 1) : false;
      }
      for (const f of available(from, chosen)) {
        const k = free.indexOf(f);
        for (const o of options(f, x)) {
          taken.add(f.index);
          placed.push({ f, role: o.role, s: o.s });
          const done = group(size, k + 1, [...chosen, f], lo + o.t[0], hi + o.t[1]);
          placed.pop();
          taken.delete(f.index);
          if (done) return done;
        }
      }
      return false;
    };
    for (let size = 1; size <= remaining - (needs.length - j - 1); size++) {
      const done = group(size, 0, [], 0, 0);
      if (done) return done;
    }
    return false;
  };
  const outcome = bend(0);
  return outcome === 'effort' ? 'effort' : outcome ? 'found' : 'done';
}

const order = (p: Placed) => ['off', 'on', 'flat'].indexOf(p.role.kind) * 2 + (p.s > 0 ? 0 : 1);

/** The largest gap between the network and the target at the target's knots and the network's kinks. */
export function exactGap(knots: readonly Point[], units: readonly LessonUnit[], outputBias: number): number {
  const domain: Interval = [knots[0][0], knots[knots.length - 1][0]];
  const net = { units, outputWeights: units.map((u) => u.v), outputBias };
  const target = piecewiseLinear(knots);
  const xs = new Set(knots.map(([x]) => x));
  for (const u of units) for (const k of unitBreakpoints(u, domain) ?? []) xs.add(k);
  const mid = [...xs].sort((a, b) => a - b);
  // Midpoints too: a smooth unit is checked between the cuts as well.
  for (let i = 1; i < mid.length; i++) xs.add((mid[i - 1] + mid[i]) / 2);
  return Math.max(...[...xs].map((x) => Math.abs(networkOutput(net, x) - target(x))));
}

const snapTo = (x: number, min: number, step: number) => {
  const digits = Math.min(12, Math.max(0, -Math.floor(Math.log10(step)) + 2));
  return Number((min + Math.round((x - min) / step) * step).toFixed(digits)) + 0;
};

/**
 * A unit's contribution depends on v·w and v·b only, so a free v may change when w and b follow:
 * the grid value of v nearest ±1 that puts w and b on the grid (within the range and the locks).
 */
function regrid(u: LessonUnit, i: number, shape: LessonShape): LessonUnit {
  const { step, min, max, locked } = shape;
  if (!step || u.fixed || !shape.editableOutput || locked.has(`v${i}`) || u.v === 0 || u.w === 0) return u;
  const on = (x: number) => Math.abs(snapTo(x, min, step) - x) <= 1e-9 * (1 + Math.abs(x)) && x >= min - 1e-9 && x <= max + 1e-9;
  const [P, Q, s] = [u.v * u.w, u.v * u.b, Math.sign(u.v)];
  const first = Math.round((s - min) / step);
  for (let k = 0; k < 400; k++) {
    for (const j of k ? [first + k, first - k] : [first]) {
      const v = snapTo(min + j * step, min, step);
      if (v * s <= 0 || v < min || v > max) continue;
      const [w, b] = [P / v, Q / v];
      const keeps = (!locked.has(`w${i}`) || Math.abs(w - u.w) < 1e-9) && (!locked.has(`b${i}`) || Math.abs(b - u.b) < 1e-9);
      if (keeps && on(w) && on(b)) return { ...u, v, w: snapTo(w, min, step), b: snapTo(b, min, step) };
    }
  }
  return u;
}

/** The solution on the slider grid when that stays exact, else as found. */
function onGrid(shape: LessonShape, found: { units: LessonUnit[]; outputBias: number }, roles: (Role | null)[], scale: number): Solution {
  const { step, min, max } = shape;
  if (step) {
    const snap = (x: number, locked: boolean) => (locked ? x : Math.min(max, Math.max(min, snapTo(x, min, step))));
    const units = found.units.map((u, i) => regrid(u, i, shape)).map((u, i) =>
      u.fixed ? u : { ...u, w: snap(u.w, shape.locked.has(`w${i}`)), b: snap(u.b, shape.locked.has(`b${i}`)), v: shape.editableOutput ? snap(u.v, shape.locked.has(`v${i}`)) : u.v },
    );
    const c = shape.editableOutput ? snap(found.outputBias, shape.locked.has('c')) : found.outputBias;
    if (exactGap(shape.knots, units, c) <= 1e-9 * scale) return { units, outputBias: c, roles, onGrid: true };
  }
  // Off the grid: the values without the solver's rounding dust (1.9999999999999996 reads 2) where that stays exact.
  const clean = (x: number) => Number(x.toPrecision(12)) + 0;
  const units = found.units.map((u) => (u.fixed ? u : { ...u, w: clean(u.w), b: clean(u.b), v: clean(u.v) }));
  const c = clean(found.outputBias);
  if (exactGap(shape.knots, units, c) <= 1e-9 * scale) return { units, outputBias: c, roles, onGrid: false };
  return { ...found, roles, onGrid: false };
}

/** The analysis of a lesson. Pure; the same lesson always gives the same analysis. */
export function analyse(shape: LessonShape): Analysis {
  const { knots, units } = shape;
  const domain: Interval = [knots[0][0], knots[knots.length - 1][0]];
  const bends = bendsOf(knots);
  const free = freedomOf(shape);
  const cFree = shape.editableOutput && !shape.locked.has('c');
  const fixed = units.flatMap((u, i) => (u.fixed ? [{ u, i }] : []));
  const curved = fixed.filter(({ u }) => kindOf(u.activation) === 'smooth' && u.w !== 0 && u.v !== 0);
  const fixedNet = { units: fixed.map(({ u }) => u), outputWeights: fixed.map(({ u }) => u.v), outputBias: cFree ? 0 : shape.outputBias };
  const cuts = new Set(knots.map(([x]) => x));
  for (const { u } of fixed) for (const k of unitBreakpoints(u, domain) ?? []) cuts.add(k);
  const target = piecewiseLinear(knots);
  const needs = shapeOf(
    [...cuts].sort((a, b) => a - b),
    (x) => target(x) - networkOutput(fixedNet, x),
  );
  const smoothFree = free.filter((f) => f.kind === 'smooth').map((f) => f.index);
  const base = { domain, bends, needs };
  const no = (reasons: Reason[]): Analysis => ({ ...base, exact: 'no', solution: null, reasons });
  const unknown = (reasons: Reason[]): Analysis => ({ ...base, exact: 'unknown', solution: null, reasons });
  if (curved.length) {
    // A fixed smooth curve bends everywhere: only smooth free units could undo it.
    return smoothFree.length ? unknown([{ kind: 'smooth', units: [...curved.map(({ i }) => i), ...smoothFree] }]) : no(curved.map(({ u, i }) => ({ kind: 'curved', unit: i, activation: u.activation })));
  }
  const necessaryReasons = necessary(needs.bends, free);
  if (necessaryReasons.length) return no([...necessaryReasons, ...locksReason(shape)]);
  const scale = 1 + Math.max(...knots.map(([, y]) => Math.abs(y)));
  let found: Solution | null = null;
  let undecided = false;
  let lps = 0;
  let since = 0;
  // The first exact solution, or a later one on the slider grid if one comes within GRID_TRIES more tries.
  const outcome = search(needs.bends, free, (placed) => {
    if (++lps > MAX_LPS || (found && ++since > GRID_TRIES)) return true;
    const got = realise(shape, needs, domain, placed, cFree);
    // A program the solver gave up on, or a solution that rounding spoilt: this arrangement is undecided, not impossible.
    if (got === 'stalled' || (got && exactGap(knots, got.units, got.outputBias) > 1e-7 * scale)) undecided = true;
    if (!got || got === 'stalled' || exactGap(knots, got.units, got.outputBias) > 1e-7 * scale) return false;
    const roles = units.map((_, i) => placed.find((p) => p.f.index === i)?.role ?? null);
    const solution = onGrid(shape, got, roles, scale);
    found ??= solution;
    if (solution.onGrid) found = solution;
    return solution.onGrid;
  });
  if (found) return { ...base, exact: 'yes', solution: found, reasons: [] };
  if (outcome === 'effort' || lps > MAX_LPS || undecided) return unknown([{ kind: 'effort' }]);
  if (smoothFree.length) return unknown([{ kind: 'smooth', units: smoothFree }]);
  return no([{ kind: 'arrangement', x: domain[0], value: needs.value, slope: needs.slope }, ...locksReason(shape)]);
}

/** The locks as a reason, when the lesson without them has an exact solution. */
function locksReason(shape: LessonShape): Reason[] {
  const names = [...shape.locked].filter((name) => (name === 'c' ? shape.editableOutput : shape.units[Number(name.slice(1))]?.fixed === false));
  return names.length && analyse({ ...shape, locked: new Set() }).exact === 'yes' ? [{ kind: 'locks', names }] : [];
}
