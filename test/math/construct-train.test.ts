import { expect } from '@open-wc/testing';
import { construct, type LessonUnit } from '../../src/math/construct.js';
import { createTrainer, isDead } from '../../src/math/train.js';
import { interpolate, net, relu } from '../helpers/reference.js';

const unit = (w: number, b: number, fixed = false, v = 1): LessonUnit => ({ w, b, v, fixed, activation: 'relu' });
const notebook = [unit(-2, 2, true), unit(0, 0), unit(0, 0)];
const target = [[0, 2], [1, 0], [2, 1], [3, 4]] as const;
const dense = Array.from({ length: 301 }, (_, i) => i / 100);
const options = { outputWeights: false, outputBias: false, min: -4, max: 4 };

describe('construct (src/math/construct.ts)', () => {
  it('construct(notebook target, notebook units) is the lesson’s solution: w1 = 1, b1 = −1, w2 = 2, b2 = −4', () => {
    const result = construct(target, notebook, 0, options);
    expect(result.ok).to.be.true;
    const [, u1, u2] = result.units;
    expect([u1.w, u1.b, u2.w, u2.b].map((x) => x + 0)).to.deep.equal([1, -1, 2, -4]);
    expect(result.units[0]).to.deep.include({ w: -2, b: 2 });
  });

  it('a zigzag with four units and editable output weights is built exactly, checked on 301 points', () => {
    const zigzag = [[0, 0], [1, 1], [2, 0], [3, 1]] as const;
    const units = [unit(0, 0), unit(0, 0), unit(0, 0), unit(0, 0)];
    const result = construct(zigzag, units, 0, { ...options, outputWeights: true, outputBias: true });
    expect(result.ok, result.reason).to.be.true;
    const f = net(result.units, result.outputBias);
    const g = interpolate(zigzag);
    for (const x of dense) expect(f(x)).to.be.closeTo(g(x), 1e-9);
  });

  it('with fixed output weights a falling change of slope cannot be built, and the reason says so', () => {
    const zigzag = [[0, 0], [1, 1], [2, 0], [3, 1]] as const;
    const result = construct(zigzag, [unit(0, 0), unit(0, 0), unit(0, 0), unit(0, 0)], 0, options);
    expect(result.ok).to.be.false;
    expect(result.reason).to.equal('no free unit can change the slope by -2 at x = 1');
  });

  it('too few units: not ok, and the reason says how many are needed', () => {
    const result = construct(target, [unit(-2, 2, true), unit(0, 0)], 0, options);
    expect(result.ok).to.be.false;
    expect(result.reason).to.match(/\d/);
  });
});

describe('createTrainer (src/math/train.ts)', () => {
  const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
  const ys = xs.map(interpolate(target));
  const mse = (units: readonly LessonUnit[]) => xs.reduce((s, x, k) => s + (net(units, 0)(x) - ys[k]) ** 2, 0) / xs.length;

  it('step() returns the MSE before the step, as computed independently', () => {
    const start = [unit(-2, 2, true), unit(0.5, -0.2), unit(1.5, -2.5)];
    const trainer = createTrainer(xs, ys, start, 0, options);
    expect(trainer.step()).to.be.closeTo(mse(start), 1e-12);
  });

  it('Adam’s first step moves each free parameter by the learning rate against a finite-difference gradient', () => {
    const start = [unit(-2, 2, true), unit(0.7, -0.3), unit(1.2, -2.1)];
    const trainer = createTrainer(xs, ys, start, 0, { ...options, learningRate: 0.01 });
    trainer.step();
    const h = 1e-6;
    for (const [i, key] of [[1, 'w'], [1, 'b'], [2, 'w'], [2, 'b']] as const) {
      const nudged = (d: number) => start.map((u, j) => (j === i ? { ...u, [key]: u[key] + d } : u));
      const gradient = (mse(nudged(h)) - mse(nudged(-h))) / (2 * h);
      const moved = trainer.units[i][key] - start[i][key];
      expect(moved, `${key}${i}`).to.be.closeTo(-0.01 * Math.sign(gradient), 1e-6);
    }
    expect(trainer.units[0]).to.deep.include({ w: -2, b: 2 });
  });

  it('isDead(unit, xs) is true exactly when the unit outputs 0 at every sample', () => {
    expect(isDead(unit(0, 0), xs)).to.be.true;
    expect(isDead(unit(-1, -0.5), xs)).to.be.true;
    expect(isDead(unit(1, -2.9), xs)).to.be.false;
    for (const u of [unit(0, 0), unit(-1, -0.5), unit(1, -2.9), unit(-1, 0.01)]) {
      expect(isDead(u, xs)).to.equal(xs.every((x) => relu(u.w * x + u.b) === 0));
    }
  });

  it('revives dead units (the notebook’s all-zero start) and reaches the target within 6000 steps', () => {
    const trainer = createTrainer(xs, ys, notebook, 0, options);
    let loss = Infinity;
    for (let k = 0; k < 6000 && loss > 1e-4; k++) loss = trainer.step();
    expect(trainer.revived).to.include.members([1, 2]);
    const worst = Math.max(...xs.map((x, k) => Math.abs(net(trainer.units, 0)(x) - ys[k])));
    expect(worst).to.be.below(0.05);
  });

  it('frozen parameters keep their values; a dead unit with a frozen bias is revived through w alone', () => {
    // b1, w2, b2 frozen at the notebook's solution; unit 1 starts dead (w1 = 0, b1 = −1: z = −1 everywhere).
    const start = [unit(-2, 2, true), unit(0, -1), unit(2, -4)];
    const frozen = new Set(['b1', 'w2', 'b2']);
    const trainer = createTrainer(xs, ys, start, 0, { ...options, frozen });
    let loss = Infinity;
    for (let k = 0; k < 6000 && loss > 1e-4; k++) loss = trainer.step();
    const [, u1, u2] = trainer.units;
    expect([u1.b, u2.w, u2.b]).to.deep.equal([-1, 2, -4]);
    expect(trainer.revived).to.deep.equal([1]);
    // With the rest fixed, only w1 = 1 fits (the unit must wake at x = 1 with slope 1).
    expect(u1.w).to.be.closeTo(1, 0.03);
    expect(mse(trainer.units)).to.be.below(1e-3);
  });

  it('a unit with w and b both frozen is never re-initialised, even when dead', () => {
    const trainer = createTrainer(xs, ys, [unit(-2, 2, true), unit(0, -1), unit(0, 0)], 0, { ...options, frozen: new Set(['w1', 'b1']) });
    for (let k = 0; k < 200; k++) trainer.step();
    expect(trainer.units[1]).to.include({ w: 0, b: -1 });
    expect(trainer.revived).to.not.include(1);
  });
});
