/**
 * The floor: the same four-plot update written by hand in vanilla SVG, with
 * no framework, no validation, no accessibility text and no theming. Each
 * input recomputes the network (300 samples for the error, exact vertices
 * for the curves) and rewrites the paths of the main plot and the three unit
 * plots and the error readout, as the lab does.
 */
const NS = 'http://www.w3.org/2000/svg';
const relu = (z) => (z > 0 ? z : 0);
const knots = [[0, 2], [1, 0], [2, 1], [3, 4]];
const target = (x) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
const ys = xs.map(target);

function plot(parent, width, height) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.style.width = '100%';
  const lines = [0, 1].map((i) => {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', i ? '#ff9300' : '#0096ff');
    p.setAttribute('stroke-width', '2');
    svg.append(p);
    return p;
  });
  parent.append(svg);
  return { svg, lines, width, height };
}

function path(points, plot, [y0, y1]) {
  const sx = (x) => 40 + (x / 3) * (plot.width - 50);
  const sy = (y) => plot.height - 30 - ((y - y0) / (y1 - y0 || 1)) * (plot.height - 50);
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x).toFixed(2)},${sy(y).toFixed(2)}`).join('');
}

export function mountVanilla(root) {
  const main = plot(root, 600, 360);
  const units = [0, 1, 2].map(() => plot(root, 300, 190));
  const input = document.createElement('input');
  input.type = 'range';
  input.min = '-4';
  input.max = '4';
  input.step = '0.1';
  input.value = '0';
  const error = document.createElement('output');
  root.append(input, error);
  const params = { w1: 0, b1: 0, w2: 0, b2: 0 };
  const update = () => {
    const ws = [[-2, 2], [params.w1, params.b1], [params.w2, params.b2]];
    const out = (x) => ws.reduce((s, [w, b]) => s + relu(w * x + b), 0);
    let mse = 0;
    for (let i = 0; i < xs.length; i++) mse += (out(xs[i]) - ys[i]) ** 2;
    error.textContent = (mse / xs.length).toFixed(3);
    const cuts = [0, 3, ...ws.filter(([w]) => w).map(([w, b]) => -b / w).filter((x) => x > 0 && x < 3)].sort((a, b) => a - b);
    const vertices = cuts.map((x) => [x, out(x)]);
    const all = [...vertices.map(([, y]) => y), ...knots.map(([, y]) => y)];
    const range = [Math.min(0, ...all), Math.max(...all)];
    main.lines[0].setAttribute('d', path(knots, main, range));
    main.lines[1].setAttribute('d', path(vertices, main, range));
    ws.forEach(([w, b], i) => {
      const z = [[0, b], [3, 3 * w + b]];
      const t = -b / w;
      const a = w && t > 0 && t < 3 ? [[0, relu(b)], [t, 0], [3, relu(3 * w + b)]] : [[0, relu(b)], [3, relu(3 * w + b)]];
      const r = [Math.min(0, b, 3 * w + b), Math.max(0, b, 3 * w + b) || 1];
      units[i].lines[0].setAttribute('d', path(z, units[i], r));
      units[i].lines[1].setAttribute('d', path(a, units[i], r));
    });
  };
  input.addEventListener('input', () => {
    params.w1 = input.valueAsNumber;
    update();
  });
  update();
  return input;
}
