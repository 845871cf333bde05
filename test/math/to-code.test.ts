import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../src/math/activations.js';
import { meanSquaredError } from '../../src/math/errors.js';
import * as math from '../../src/math/index.js';
import {
  createLesson,
  evaluate,
  sampleTarget,
  setOutputBias,
  setParam,
  setTarget,
  setUnits,
  type Lesson,
  type Outcome,
} from '../../src/math/lesson.js';
import { networkOutputs } from '../../src/math/network.js';
import { seededRandom as random } from '../../src/math/train.js';
import type { Point } from '../../src/math/piecewise.js';
import {
  CODE_LANGUAGES,
  codeModelError,
  codeModelOf,
  pythonFloat,
  toCode,
  type CodeModel,
  type CodeUnit,
} from '../../src/math/to-code.js';

/*
 * The scripts `toCode` writes, checked as text and run by a real Python
 * (test/math/python-plugin.mjs): the NumPy script must print the MSE the lab
 * computes to 1e-9, absolute for an MSE up to 1 and relative above
 * (|python − lab| ≤ 1e-9 · max(1, |lab|)). The PyTorch and Keras scripts are
 * compiled (`python3 -m py_compile`), which needs neither library.
 * Python 3 with NumPy must be installed (.ci/run installs it): without it
 * these tests fail, they never skip.
 */

interface PythonRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

const runPython = async (scripts: readonly string[], compile = false) =>
  (await executeServerCommand('relu-python', { scripts, compile })) as PythonRun[];

/** The number after `MSE` in a script's output (Python's `nan` and `inf` included). */
function printedMse(run: PythonRun): number {
  expect(run.code, `python exited with ${run.code}:\n${run.stderr}`).to.equal(0);
  const match = /^MSE (\S+)$/m.exec(run.stdout);
  expect(match, `no "MSE <value>" line in:\n${run.stdout}`).to.not.equal(null);
  const text = match![1];
  return text === 'nan' ? NaN : text === 'inf' ? Infinity : Number(text);
}

const TOLERANCE = 1e-9;
const agrees = (python: number, lab: number) =>
  (Number.isNaN(python) && Number.isNaN(lab)) || Math.abs(python - lab) <= TOLERANCE * Math.max(1, Math.abs(lab));

/** The largest |python − lab| / max(1, |lab|) seen, reported at the end. */
let worst = 0;

/** Runs the NumPy script of each model and expects the lab's MSE from each. */
async function expectLabMse(cases: readonly { model: CodeModel; lab: number; name: string }[]) {
  const runs = await runPython(cases.map(({ model }) => toCode(model, 'numpy')));
  runs.forEach((run, i) => {
    const { lab, name } = cases[i];
    const python = printedMse(run);
    const gap = Math.abs(python - lab) / Math.max(1, Math.abs(lab));
    if (Number.isFinite(gap)) worst = Math.max(worst, gap);
    expect(agrees(python, lab), `${name}: python printed ${python}, the lab computes ${lab}`).to.be.true;
  });
}

/** Compiles the PyTorch and Keras scripts of each model. */
async function expectCompiles(models: readonly CodeModel[]) {
  const scripts = models.flatMap((model) => [toCode(model, 'pytorch'), toCode(model, 'keras')]);
  const runs = await runPython(scripts, true);
  runs.forEach((run, i) => expect(run.code, `py_compile failed:\n${run.stderr}\n${scripts[i]}`).to.equal(0));
}

const lessonOf = (outcome: Outcome): Lesson => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.lesson;
};

/** The error `<relu-fit-lab>` shows for a lesson: its own evaluate over its own samples. */
const labError = (lesson: Lesson) => evaluate(lesson, sampleTarget(lesson.knots)).error;

/** The notebook's lesson with w1, b1, w2, b2 set as a learner sets them. */
function notebook(w1: number, b1: number, w2: number, b2: number): Lesson {
  let lesson = createLesson();
  for (const [index, key, value] of [[1, 'w', w1], [1, 'b', b1], [2, 'w', w2], [2, 'b', b2]] as const) {
    lesson = lessonOf(setParam(lesson, index, key, value));
  }
  return lesson;
}

/** A custom lesson: its own target, four units of mixed activations, output weights set and c ≠ 0. */
function mixedLesson(): Lesson {
  let lesson = lessonOf(setTarget(createLesson(), '-1.5,0.25 -0.4,1.3 0.7,-0.8 1.9,0.6 2.6,2.15'));
  lesson = lessonOf(
    setUnits(lesson, [
      { w: 0.123456789, b: -1e-7, v: 0.987654321, fixed: true, activation: 'relu' },
      { w: -1.3, b: 0.4, v: 0.7, activation: 'leaky-relu' },
      { w: 2.1, b: -1.7, v: -1.9, activation: 'gelu' },
      { w: -3.2, b: 0.9, v: 2.4, activation: 'sigmoid' },
    ]),
  );
  return lessonOf(setOutputBias(lesson, 0.35));
}


/** 50 noisy points of y = sin(2x) on [−2, 2], and a network to fit them. */
function pointsModel(): CodeModel {
  const next = random(26);
  const points: Point[] = Array.from({ length: 50 }, () => {
    const x = -2 + 4 * next();
    return [x, Math.sin(2 * x) + 0.2 * (next() - 0.5)] as const;
  });
  return {
    units: [
      { w: 1.7, b: 0.3, v: 1.1, activation: 'tanh' },
      { w: -0.6, b: 1.2, v: -0.45, activation: 'softplus' },
      { w: 2.2, b: -0.5, v: 0.8, activation: 'relu' },
    ],
    outputBias: -0.15,
    target: { kind: 'points', points },
    title: 'Noisy sine',
    formula: 'y = sin(2x) + noise',
  };
}

/** The lab's MSE for a points target, with the repo's own network and error functions. */
function pointsError(model: CodeModel): number {
  if (model.target.kind !== 'points') throw new Error('a points model');
  const xs = model.target.points.map(([x]) => x);
  const ys = model.target.points.map(([, y]) => y);
  const network = { units: model.units, outputWeights: model.units.map((u) => u.v), outputBias: model.outputBias };
  return meanSquaredError(networkOutputs(network, xs), ys);
}

const unitsOf = (lesson: Lesson) => lesson.units.map(({ w, b, v, activation }) => ({ w, b, v, activation }));

describe('math/to-code: "Take it to Python"', function () {
  this.timeout(120_000);

  describe('the scripts as text', () => {
    it('is its own module (relu-lab/to-code.js), not in the root the one-tag bundle carries', async () => {
      expect('toCode' in math).to.be.false;
      expect(CODE_LANGUAGES).to.deep.equal(['numpy', 'pytorch', 'keras']);
      const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
      expect(bundle).not.to.contain('import numpy');
      // Nor the formula parser: `fn` lessons load it on first use (relu-lab.curves.js).
      expect(bundle).not.to.contain('write * between');
      expect(await (await fetch('/dist/relu-lab.curves.js')).text()).to.contain('write * between');
    });

    it('writes numbers Python reads back as the same doubles: shortest form, floats, −0, exponents', () => {
      expect(pythonFloat(0.1)).to.equal('0.1');
      expect(pythonFloat(2)).to.equal('2.0');
      expect(pythonFloat(-4)).to.equal('-4.0');
      expect(pythonFloat(-0)).to.equal('-0.0');
      expect(pythonFloat(0)).to.equal('0.0');
      expect(pythonFloat(1e-7)).to.equal('1e-7');
      expect(pythonFloat(-2.5e-8)).to.equal('-2.5e-8');
      expect(pythonFloat(1e21)).to.equal('1e+21');
      expect(pythonFloat(5e-324)).to.equal('5e-324');
      expect(pythonFloat(0.1 + 0.2)).to.equal('0.30000000000000004');
      expect(pythonFloat(123456789012345680000)).to.equal('123456789012345680000.0');
      expect(pythonFloat(NaN)).to.equal('float("nan")');
      expect(pythonFloat(Infinity)).to.equal('float("inf")');
      expect(pythonFloat(-Infinity)).to.equal('-float("inf")');
    });

    it('codeModelOf(lesson) is the lesson\'s units and output bias and its knots over 300 samples', () => {
      const lesson = mixedLesson();
      const model = codeModelOf(lesson, { title: 'Mixed' });
      expect(model.units).to.deep.equal(unitsOf(lesson));
      expect(model.outputBias).to.equal(0.35);
      expect(model.target).to.deep.equal({ kind: 'knots', knots: lesson.knots, domain: [-1.5, 2.6], samples: 300 });
      expect(model.title).to.equal('Mixed');
      expect(codeModelError(model)).to.equal(labError(lesson));
      expect(codeModelError(pointsModel())).to.equal(pointsError(pointsModel()));
    });

    it('each script starts with a comment: what it rebuilds, from relu-lab, and that it prints the lab\'s MSE', () => {
      const model = codeModelOf(notebook(1, -1, 0, 0), { title: 'The notebook' });
      const shown = String(Number(codeModelError(model).toPrecision(6)));
      for (const [language, name] of [['numpy', 'NumPy'], ['pytorch', 'PyTorch'], ['keras', 'Keras']] as const) {
        const code = toCode(model, language);
        const lines = code.split('\n');
        const head = lines.slice(0, lines.findIndex((line) => !line.startsWith('#')));
        const text = head.map((line) => line.slice(2)).join(' ');
        expect(text).to.include('relu-lab "The notebook": the network and its target, rebuilt in ' + name);
        expect(text).to.include('One hidden layer of 3 units (ReLU)');
        expect(text).to.include(`prints the mean squared error (MSE) the lab shows: about ${shown}`);
        expect(code.endsWith('\n')).to.be.true;
        for (const line of code.split('\n')) expect(line.length, line).to.be.at.most(88);
      }
    });

    it('NumPy: the knots, np.linspace over the domain with 300 samples, np.interp, w, b, v, c and a printed MSE', () => {
      const code = toCode(codeModelOf(notebook(1, -1, 2, -4)), 'numpy');
      expect(code).to.include('import numpy as np\n');
      expect(code).to.not.include('import math');
      expect(code).to.include('knots = np.array([[0.0, 2.0], [1.0, 0.0], [2.0, 1.0], [3.0, 4.0]])\n');
      expect(code).to.include('x = np.linspace(0.0, 3.0, 300)\n');
      expect(code).to.include('y = np.interp(x, knots[:, 0], knots[:, 1])\n');
      expect(code).to.include('w = np.array([-2.0, 1.0, 2.0])  # slopes\n');
      expect(code).to.include('b = np.array([2.0, -1.0, -4.0])  # biases\n');
      expect(code).to.include('v = np.array([1.0, 1.0, 1.0])  # output weights\n');
      expect(code).to.include('c = 0.0  # output bias\n');
      expect(code).to.include('def relu(z):');
      expect(code).to.include('a = relu(z)\nyhat = c + a @ v\n');
      expect(code).to.include('mse = np.mean((yhat - y) ** 2)\nprint("MSE", float(mse))\n');
    });

    it('NumPy: mixed activations get one function each and a list, GELU through math.erf', () => {
      const code = toCode(codeModelOf(mixedLesson()), 'numpy');
      expect(code).to.include('import math\n');
      for (const name of ['relu', 'leaky_relu', 'gelu', 'sigmoid']) expect(code).to.include(`def ${name}(z):`);
      expect(code).to.not.include('def tanh(z):');
      expect(code).to.include('return np.where(z >= 0, z, 0.3 * z)');
      expect(code).to.include('erf = np.vectorize(math.erf, otypes=[float])');
      expect(code).to.include('activations = [relu, leaky_relu, gelu, sigmoid]\n');
      expect(code).to.include('a = np.column_stack([f(z[:, i]) for i, f in enumerate(activations)])\n');
      expect(code).to.include('w = np.array([0.123456789, -1.3, 2.1, -3.2])');
      expect(code).to.include('b = np.array([-1e-7, 0.4, -1.7, 0.9])');
      expect(code).to.include('c = 0.35  # output bias');
    });

    it('NumPy: a points target is written as x and y arrays, wrapped, with its formula in a comment', () => {
      const model = pointsModel();
      const code = toCode(model, 'numpy');
      expect(code).to.include('# The target: 50 data points (x, y), each counted once in the MSE.\n');
      expect(code).to.include('# They come from y = sin(2x) + noise.\n');
      expect(code).to.include('x = np.array([\n');
      expect(code).to.include('y = np.array([\n');
      expect(code).to.not.include('linspace');
      if (model.target.kind !== 'points') throw new Error('points');
      for (const [x, y] of model.target.points) {
        expect(code).to.include(pythonFloat(x));
        expect(code).to.include(pythonFloat(y));
      }
    });

    it('NumPy: knots are continued along their end segments when the domain reaches past them', () => {
      const model: CodeModel = {
        units: [{ w: 1, b: 0, v: 1, activation: 'relu' }],
        outputBias: 0,
        target: { kind: 'knots', knots: [[0, 0], [1, 2], [2, 1]], domain: [-1, 3], samples: 5 },
      };
      const code = toCode(model, 'numpy');
      expect(code).to.include('knots = np.array([[-1.0, -2.0], [0.0, 0.0], [1.0, 2.0], [2.0, 1.0], [3.0, 0.0]])');
      expect(code).to.include('x = np.linspace(-1.0, 3.0, 5)');
    });

    it('PyTorch: nn.Sequential(nn.Linear(1, n), activation, nn.Linear(n, 1)) in float64 with the lab\'s weights', () => {
      const code = toCode(codeModelOf(notebook(1, -1, 0, 0)), 'pytorch');
      expect(code).to.include('import torch\nfrom torch import nn\n');
      expect(code).to.include('torch.set_default_dtype(torch.float64)');
      expect(code).to.include('hidden = nn.Linear(1, 3)');
      expect(code).to.include('activation = nn.ReLU()\n');
      expect(code).to.include('output = nn.Linear(3, 1)');
      expect(code).to.include('model = nn.Sequential(hidden, activation, output)\n');
      expect(code).to.include('with torch.no_grad():\n    hidden.weight.copy_(torch.from_numpy(w).reshape(3, 1))\n');
      expect(code).to.include('    output.bias.fill_(c)\n');
      expect(code).to.include('print("MSE", mse.item())\n');
      expect(code).to.not.include('UnitActivations');
    });

    it('PyTorch: mixed activations go through one small UnitActivations module', () => {
      const code = toCode(codeModelOf(mixedLesson()), 'pytorch');
      expect(code).to.include('class UnitActivations(nn.Module):');
      expect(code).to.include(
        'activation = UnitActivations(\n    nn.ReLU(), nn.LeakyReLU(negative_slope=0.3), nn.GELU(approximate="none"),\n    nn.Sigmoid(),\n)',
      );
      expect(toCode(codeModelOf({ ...createLesson(), units: [{ w: 1, b: 0, v: 1, fixed: false, activation: 'softplus' }] }), 'pytorch')).to.include(
        'activation = nn.Softplus(threshold=40.0)',
      );
    });

    it('Keras: keras.Sequential with Input, Dense(n, activation) and Dense(1), float64, set_weights', () => {
      const code = toCode(codeModelOf(notebook(1, -1, 0, 0)), 'keras');
      expect(code).to.include('import keras\nimport numpy as np\nfrom keras import layers\n');
      expect(code).to.include('keras.config.set_floatx("float64")');
      expect(code).to.include('hidden = layers.Dense(3, activation=keras.activations.relu)');
      expect(code).to.include('output = layers.Dense(1)');
      expect(code).to.include('model = keras.Sequential([keras.Input(shape=(1,)), hidden, output])\n');
      expect(code).to.include('hidden.set_weights([w.reshape(1, 3), b])');
      expect(code).to.include('output.set_weights([v.reshape(3, 1), np.array([c])])');
      expect(code).to.include('print("MSE", float(mse))\n');
    });

    it('Keras: mixed activations go through a Lambda layer; leaky ReLU at 0.3 and the exact GELU', () => {
      const code = toCode(codeModelOf(mixedLesson()), 'keras');
      expect(code).to.include('keras.activations.leaky_relu(z, negative_slope=0.3)');
      expect(code).to.include('keras.activations.gelu(z, approximate=False)');
      expect(code).to.include("# Unit i's activation is activations[i].\n");
      expect(code).to.include('activations = [keras.activations.relu, leaky_relu, gelu, keras.activations.sigmoid]\n');
      expect(code).to.include('activation = layers.Lambda(unit_activations)');
      expect(code).to.include('model = keras.Sequential([keras.Input(shape=(1,)), hidden, activation, output])');
      expect(code).to.include('hidden = layers.Dense(4)  #');
    });

    it('text from the model stays inside one comment line: a title or formula cannot add code', () => {
      const model = { ...pointsModel(), title: 'A\nraise SystemExit(3)\r\u2028#', formula: 'y = 1\nimport os' };
      for (const language of CODE_LANGUAGES) {
        const code = toCode(model, language);
        for (const line of code.split('\n')) {
          if (line.includes('SystemExit') || line.includes('import os')) expect(line.startsWith('#'), line).to.be.true;
        }
      }
    });
  });

  describe('the scripts run by Python', () => {
    before(async () => {
      const found = (await executeServerCommand('relu-python-version', {})) as { python: string; numpy: string | null; stderr: string; code: number | null };
      if (found.code !== 0 || !found.numpy) {
        throw new Error(
          `Python 3 with NumPy is needed to check "Take it to Python" (.ci/run installs python3 and python3-numpy): ` +
            `${found.python} answered ${found.code}: ${found.stderr.trim()}`,
        );
      }
      console.log(`to-code: ${found.python}, NumPy ${found.numpy}`);
    });

    after(() => console.log(`to-code: largest |python − lab| / max(1, |lab|) seen: ${worst}`));

    it('the notebook\'s lesson: Python prints the lab\'s MSE at several settings, 0 when matched', async () => {
      const settings = [[0, 0, 0, 0], [1, -1, 0, 0], [0.3, -0.1, -2.7, 3.9], [1, -1, 2, -4], [-4, 4, 4, -4]] as const;
      const lessons = settings.map(([w1, b1, w2, b2]) => notebook(w1, b1, w2, b2));
      const matched = evaluate(lessons[3], sampleTarget(lessons[3].knots));
      expect(matched.matched).to.be.true;
      expect(matched.error).to.be.at.most(1e-12);
      await expectLabMse(lessons.map((lesson, i) => ({ model: codeModelOf(lesson), lab: labError(lesson), name: `notebook ${settings[i]}` })));
      const [run] = await runPython([toCode(codeModelOf(lessons[3]), 'numpy')]);
      expect(printedMse(run)).to.be.at.most(1e-9);
    });

    it('a custom target, four units (ReLU, leaky ReLU, GELU, sigmoid), output weights and c: the lab\'s MSE', async () => {
      const lesson = mixedLesson();
      await expectLabMse([{ model: codeModelOf(lesson), lab: labError(lesson), name: 'mixed lesson' }]);
    });

    it('the NumPy script\'s x are the lab\'s samples bit for bit; its target and output agree to 1e-12', async () => {
      const lesson = mixedLesson();
      const samples = sampleTarget(lesson.knots);
      const predicted = evaluate(lesson, samples).predicted;
      const dump = '\nimport json\nprint("DATA", json.dumps({"x": x.tolist(), "y": y.tolist(), "yhat": yhat.tolist()}))\n';
      const [run] = await runPython([toCode(codeModelOf(lesson), 'numpy') + dump]);
      expect(run.code, run.stderr).to.equal(0);
      const data = JSON.parse(/^DATA (.*)$/m.exec(run.stdout)![1]) as { x: number[]; y: number[]; yhat: number[] };
      expect(data.x).to.deep.equal(samples.xs);
      data.y.forEach((y, i) => expect(y).to.be.closeTo(samples.target[i], 1e-12));
      data.yhat.forEach((y, i) => expect(y).to.be.closeTo(predicted[i], 1e-12));
    });

    it('50 data points (an fn lesson\'s noisy samples): the lab\'s MSE', async () => {
      const model = pointsModel();
      await expectLabMse([{ model, lab: pointsError(model), name: 'points' }]);
    });

    it('each activation alone, and a domain past the knots: the lab\'s MSE', async () => {
      const cases = ACTIVATION_NAMES.map((activation) => {
        const units: CodeUnit[] = [
          { w: 1.9, b: -2.3, v: 1.4, activation },
          { w: -2.6, b: 1.1, v: -0.8, activation },
          { w: 40, b: -60, v: 0.01, activation }, // large |z|: saturation, overflow-free exp
        ];
        const model: CodeModel = { units, outputBias: 0.2, target: { kind: 'knots', knots: [[0, 1], [1.5, -1], [3, 2]], domain: [-0.5, 3.5], samples: 300 } };
        return { model, lab: codeModelError(model), name: activation };
      });
      await expectLabMse(cases);
    });

    it('random lessons (fast-check): Python prints the lab\'s MSE for every one', async () => {
      const activation = fc.constantFrom(...ACTIVATION_NAMES);
      const value = fc.oneof(
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.constantFrom(-0, 0, 1e-7, -2.5e-8, 0.1, 1 / 3),
        fc.integer({ min: -40, max: 40 }).map((k) => k / 10),
      );
      const unit = fc.record({ w: value, b: value, v: value, activation }) as fc.Arbitrary<CodeUnit>;
      const knots = fc
        .array(fc.tuple(fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 2, maxLength: 9 })
        .map((steps) => {
          let x = -3;
          return steps.map(([dx, y]) => [(x += dx), y] as Point);
        });
      const knotsTarget = knots.map((k) => ({ kind: 'knots' as const, knots: k, domain: [k[0][0], k[k.length - 1][0]] as const, samples: 300 }));
      const pointsTarget = fc
        .array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 1, maxLength: 60 })
        .map((points) => ({ kind: 'points' as const, points: points as Point[] }));
      const model = fc.record({
        units: fc.array(unit, { minLength: 1, maxLength: 12 }),
        outputBias: value,
        target: fc.oneof(knotsTarget, pointsTarget),
      }) as fc.Arbitrary<CodeModel>;
      const models = fc.sample(model, { numRuns: 40, seed: 26 });
      for (const m of models) {
        for (const language of CODE_LANGUAGES) {
          for (const line of toCode(m, language).split('\n')) expect(line.length, line).to.be.at.most(88);
        }
      }
      await expectLabMse(models.map((m, i) => ({ model: m, lab: codeModelError(m), name: `random model ${i}: ${JSON.stringify(m)}` })));
      await expectCompiles(models.slice(0, 10));
    });

    it('a title trying to add code changes nothing: the script still prints the MSE and exits 0', async () => {
      const model = { ...codeModelOf(notebook(1, -1, 0, 0)), title: 'x\nraise SystemExit(3)', formula: 'y\rraise SystemExit(4)' };
      await expectLabMse([{ model, lab: codeModelError(model), name: 'hostile title' }]);
    });

    it('PyTorch and Keras scripts compile (python3 -m py_compile) for every lesson above', async () => {
      const lessons = [notebook(0, 0, 0, 0), notebook(1, -1, 2, -4), mixedLesson()];
      const single = ACTIVATION_NAMES.map((activation: ActivationName) =>
        codeModelOf({ ...createLesson(), units: [{ w: 1, b: 0, v: 1, fixed: false, activation }] }),
      );
      await expectCompiles([...lessons.map((l) => codeModelOf(l, { title: 'Lesson' })), pointsModel(), ...single]);
    });
  });
});
