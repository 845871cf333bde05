/**
 * The floor: the same four-plot update written by hand in vanilla SVG, with
 * no framework, no validation, no accessibility text and no theming. It draws
 * what the lab draws and changes what the lab changes on each input: the
 * network is recomputed (300 samples for the error, exact vertices for the
 * curves); the output line of the main plot and the z and a lines, hinge
 * marker, drag handles and formula of the unit whose weight moved are
 * rewritten; a plot whose nice y range changes gets new grid lines and tick
 * labels (text nodes reused); and the number box, error readout and error bar
 * follow. Hand-written code would touch only what changed, so this does too.
 */
const NS = 'http://www.w3.org/2000/svg';
const relu = (z) => (z > 0 ? z : 0);
const knots = [[0, 2], [1, 0], [2, 1], [3, 4]];
const target = (x) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
const ys = xs.map(target);

function el(parent, name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

/** Nice tick step and extent for about `count` ticks (the usual 1-2-5 rule); the Lit peer uses it too. */
export function niceTicks(lo, hi, count) {
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const step = (f >= 5 ? 10 : f >= 2 ? 5 : f >= 1 ? 2 : 1) * power;
  const a = Math.floor(lo / step) * step;
  const b = Math.ceil(hi / step) * step;
  const ticks = [];
  for (let t = a; t <= b + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return { range: [a, b], ticks, digits: Math.max(0, -Math.floor(Math.log10(step))) };
}

function plot(parent, width, height, title, names) {
  const svg = el(parent, 'svg', { viewBox: `0 0 ${width} ${height}` });
  svg.style.width = '100%';
  const m = { left: 40, right: width - 12, top: 26, bottom: height - 26 };
  el(svg, 'rect', { x: m.left, y: m.top, width: m.right - m.left, height: m.bottom - m.top, fill: 'none', stroke: '#ccc' });
  const grid = el(svg, 'path', { stroke: '#eee', fill: 'none' });
  el(svg, 'text', { x: width / 2, y: 16, 'text-anchor': 'middle', 'font-weight': 600 }, title);
  const sx = (x) => m.left + (x / 3) * (m.right - m.left);
  for (let x = 0; x <= 3; x += 0.5) el(svg, 'text', { x: sx(x), y: m.bottom + 16, 'text-anchor': 'middle', 'font-size': 11 }, x.toFixed(1));
  const yLabels = el(svg, 'g', { 'font-size': 11, 'text-anchor': 'end' });
  names.forEach((name, i) => {
    el(svg, 'line', { x1: m.left + 8, x2: m.left + 28, y1: m.top + 14 + 15 * i, y2: m.top + 14 + 15 * i, stroke: i ? '#ff9300' : '#0096ff', 'stroke-width': 2 });
    el(svg, 'text', { x: m.left + 33, y: m.top + 18 + 15 * i, 'font-size': 11 }, name);
  });
  const lines = [0, 1].map((i) => {
    el(svg, 'path', { fill: 'none', stroke: '#fff', 'stroke-width': 4 });
    return el(svg, 'path', { fill: 'none', stroke: i ? '#ff9300' : '#0096ff', 'stroke-width': 2, 'stroke-dasharray': i ? '6 3' : '' });
  });
  const casings = [...svg.querySelectorAll('path[stroke="#fff"]')];
  return { svg, m, sx, sy: null, grid, yLabels, lines, casings, key: '' };
}

/** Sets the y range; on a change, redraws the grid and the y tick labels. */
function setY(p, lo, hi, count) {
  const { range, ticks, digits } = niceTicks(lo, hi, count);
  const key = `${range}`;
  const [y0, y1] = range;
  p.sy = (y) => p.m.bottom - ((y - y0) / (y1 - y0)) * (p.m.bottom - p.m.top);
  if (key === p.key) return false;
  p.key = key;
  let d = '';
  for (let x = 0; x <= 3; x += 0.5) d += `M${p.sx(x)},${p.m.top}V${p.m.bottom}`;
  for (const t of ticks) d += `M${p.m.left},${p.sy(t)}H${p.m.right}`;
  p.grid.setAttribute('d', d);
  const labels = p.yLabels.children;
  while (labels.length > ticks.length) labels[labels.length - 1].remove();
  while (labels.length < ticks.length) el(p.yLabels, 'text', { x: p.m.left - 5, dy: '0.32em' });
  ticks.forEach((t, i) => {
    labels[i].setAttribute('y', p.sy(t));
    labels[i].textContent = t.toFixed(digits);
  });
  return true;
}

function setLine(p, i, points) {
  const d = points.map(([x, y], j) => `${j ? 'L' : 'M'}${p.sx(x).toFixed(2)},${p.sy(y).toFixed(2)}`).join('');
  p.lines[i].setAttribute('d', d);
  p.casings[i].setAttribute('d', d);
}

export function mountVanilla(page) {
  // The lab's wide layout: the main plot and controls in 2fr, the unit plots stacked in 1fr.
  Object.assign(page.style, { display: 'grid', gridTemplateColumns: '2fr 1fr', gap: '20px', fontFamily: 'system-ui' });
  const root = document.createElement('div');
  const side = document.createElement('div');
  page.append(root, side);
  const main = plot(root, 600, 360, 'Match Target', ['target', 'ŷ']);
  const knotMarks = knots.map(() => el(main.svg, 'circle', { r: 4, fill: '#0096ff' }));
  const units = [0, 1, 2].map((i) => {
    const box = document.createElement('figure');
    side.append(box);
    const p = plot(box, 300, 190, `Unit ${i}`, ['z', 'a']);
    p.hinge = el(p.svg, 'circle', { r: 4, fill: '#ff40ff' });
    p.hingeLabel = el(p.svg, 'text', { 'font-size': 11 });
    p.handles = [0, 1].map(() => el(p.svg, 'rect', { width: 14, height: 14, rx: 3, fill: '#fff', stroke: '#333' }));
    p.formula = document.createElement('figcaption');
    box.append(p.formula);
    p.params = '';
    return p;
  });
  const input = document.createElement('input');
  Object.assign(input, { type: 'range', min: '-4', max: '4', step: '0.1', value: '0' });
  const number = document.createElement('input');
  Object.assign(number, { type: 'number', min: '-4', max: '4', step: '0.1', value: '0' });
  const error = document.createElement('output');
  root.append(input, number, error);
  const barBox = el(root, 'svg', { viewBox: '0 0 100 8', preserveAspectRatio: 'none' });
  Object.assign(barBox.style, { width: '100%', height: '8px' });
  const bar = el(barBox, 'rect', { height: 8, rx: 4, fill: '#ff9300' });
  const params = { w1: 0, b1: 0, w2: 0, b2: 0 };
  const update = () => {
    const ws = [[-2, 2], [params.w1, params.b1], [params.w2, params.b2]];
    const out = (x) => ws.reduce((s, [w, b]) => s + relu(w * x + b), 0);
    let mse = 0;
    for (let i = 0; i < xs.length; i++) mse += (out(xs[i]) - ys[i]) ** 2;
    mse /= xs.length;
    error.textContent = mse.toFixed(3);
    bar.setAttribute('width', Math.max(2, 100 / (1 + mse)));
    number.value = String(params.w1);
    const cuts = [0, 3, ...ws.filter(([w]) => w).map(([w, b]) => -b / w).filter((x) => x > 0 && x < 3)].sort((a, b) => a - b);
    const vertices = cuts.map((x) => [x, out(x)]);
    const all = [...vertices.map(([, y]) => y), ...knots.map(([, y]) => y)];
    if (setY(main, Math.min(...all), Math.max(...all), 6)) {
      setLine(main, 0, knots);
      knots.forEach(([x, y], i) => {
        knotMarks[i].setAttribute('cx', main.sx(x));
        knotMarks[i].setAttribute('cy', main.sy(y));
      });
    }
    setLine(main, 1, vertices);
    ws.forEach(([w, b], i) => {
      const p = units[i];
      if (p.params === `${w},${b}`) return;
      p.params = `${w},${b}`;
      const t = -b / w;
      const inside = w && t > 0 && t < 3;
      const z = [[0, b], [3, 3 * w + b]];
      const a = inside ? [[0, relu(b)], [t, 0], [3, relu(3 * w + b)]] : [[0, relu(b)], [3, relu(3 * w + b)]];
      setY(p, Math.min(0, b, 3 * w + b), Math.max(0, b, 3 * w + b), 4);
      setLine(p, 0, z);
      setLine(p, 1, a);
      p.hinge.setAttribute('visibility', inside ? 'visible' : 'hidden');
      p.hingeLabel.setAttribute('visibility', inside ? 'visible' : 'hidden');
      if (inside) {
        p.hinge.setAttribute('cx', p.sx(t));
        p.hinge.setAttribute('cy', p.sy(0));
        p.hingeLabel.setAttribute('x', p.sx(t) + 6);
        p.hingeLabel.setAttribute('y', p.sy(0) - 7);
        p.hingeLabel.textContent = `x = ${t.toFixed(2)}`;
      }
      const hx = inside ? t : 1.5;
      [[hx, w * hx + b], [hx + 1, w * (hx + 1) + b]].forEach(([x, y], j) => {
        p.handles[j].setAttribute('x', p.sx(Math.min(3, x)) - 7);
        p.handles[j].setAttribute('y', p.sy(y) - 7);
      });
      p.formula.textContent = `z = ${w.toFixed(1)}·x ${b < 0 ? '−' : '+'} ${Math.abs(b).toFixed(1)}`;
    });
  };
  input.addEventListener('input', () => {
    params.w1 = input.valueAsNumber;
    update();
  });
  // The peers' own job: four parameters at once.
  input.setAll = (w1, b1, w2, b2) => {
    Object.assign(params, { w1, b1, w2, b2 });
    update();
  };
  update();
  return input;
}
