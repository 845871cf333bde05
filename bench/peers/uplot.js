/**
 * A peer: the lab's four-plot job drawn with uPlot (the fastest charting library
 * people pick), as a page author would: the main plot (target and output over the
 * 300 samples) and three unit plots (z and a), a slider and its number box, the
 * error readout and bar. On input, the network is recomputed and the main plot
 * and the moved unit's plot get new data (uPlot re-ranges and redraws them).
 */
import uPlot from 'uplot';

const relu = (z) => (z > 0 ? z : 0);
const target = (x) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
const ys = xs.map(target);

function chart(parent, width, height, title, names) {
  return new uPlot(
    {
      title,
      width,
      height,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false } },
      series: [{}, { label: names[0], stroke: '#0096ff', width: 2 }, { label: names[1], stroke: names[1] === 'a' ? '#ff40ff' : '#ff9300', width: 2, dash: [6, 3] }],
    },
    [xs, xs.map(() => 0), xs.map(() => 0)],
    parent,
  );
}

export function mount(page) {
  Object.assign(page.style, { display: 'grid', gridTemplateColumns: '2fr 1fr', gap: '20px', fontFamily: 'system-ui' });
  const root = document.createElement('div');
  const side = document.createElement('div');
  page.append(root, side);
  const main = chart(root, 600, 360, 'Match Target', ['target', 'ŷ']);
  const units = [0, 1, 2].map((i) => chart(side, 300, 190, `Unit ${i}`, ['z', 'a']));
  const input = document.createElement('input');
  Object.assign(input, { type: 'range', min: '-4', max: '4', step: '0.1', value: '0' });
  const number = document.createElement('input');
  Object.assign(number, { type: 'number', min: '-4', max: '4', step: '0.1', value: '0' });
  const error = document.createElement('output');
  const bar = document.createElement('div');
  Object.assign(bar.style, { height: '8px', background: '#ff9300', borderRadius: '4px' });
  root.append(input, number, error, bar);
  const params = [[-2, 2], [0, 0], [0, 0]];
  const drawUnit = (i) => {
    const [w, b] = params[i];
    units[i].setData([xs, xs.map((x) => w * x + b), xs.map((x) => relu(w * x + b))]);
  };
  const update = (moved) => {
    const out = xs.map((x) => params.reduce((s, [w, b]) => s + relu(w * x + b), 0));
    let mse = 0;
    for (let i = 0; i < xs.length; i++) mse += (out[i] - ys[i]) ** 2;
    mse /= xs.length;
    error.textContent = mse.toFixed(3);
    bar.style.width = `${Math.max(2, 100 / (1 + mse))}%`;
    number.value = String(params[1][0]);
    main.setData([xs, ys, out]);
    for (const i of moved) drawUnit(i);
  };
  input.addEventListener('input', () => {
    params[1] = [input.valueAsNumber, params[1][1]];
    update([1]);
  });
  // The peers' own job: four parameters at once.
  input.setAll = (w1, b1, w2, b2) => {
    params[1] = [w1, b1];
    params[2] = [w2, b2];
    update([1, 2]);
  };
  update([0, 1, 2]);
  return input;
}
