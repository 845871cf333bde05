/**
 * A peer: the lab's four-plot job as a minimal Lit element, the floor for any
 * Lit component: the main plot (target, output from its exact vertices, grid,
 * ticks, legend) and three unit plots (z, a, hinge), a slider and its number
 * box, the error readout and bar, all from one template. No validation, no
 * accessibility text, no theming, no caching beyond Lit's own.
 */
import { LitElement, html, svg } from 'lit';
import { niceTicks } from '../vanilla.js';

const relu = (z) => (z > 0 ? z : 0);
const knots = [[0, 2], [1, 0], [2, 1], [3, 4]];
const target = (x) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
const ys = xs.map(target);


function plot(width, height, title, lines, count) {
  const m = { left: 40, right: width - 12, top: 26, bottom: height - 26 };
  const all = lines.flatMap((l) => l.points.map(([, y]) => y));
  const { range: [y0, y1], ticks, digits } = niceTicks(Math.min(...all), Math.max(...all), count);
  const sx = (x) => m.left + (x / 3) * (m.right - m.left);
  const sy = (y) => m.bottom - ((y - y0) / (y1 - y0)) * (m.bottom - m.top);
  const d = (points) => points.map(([x, y], j) => `${j ? 'L' : 'M'}${sx(x).toFixed(2)},${sy(y).toFixed(2)}`).join('');
  return html`<svg viewBox="0 0 ${width} ${height}" style="width:100%">
    <rect x=${m.left} y=${m.top} width=${m.right - m.left} height=${m.bottom - m.top} fill="none" stroke="#ccc"></rect>
    ${ticks.map((t) => svg`<line x1=${m.left} x2=${m.right} y1=${sy(t)} y2=${sy(t)} stroke="#eee"></line><text x=${m.left - 5} y=${sy(t)} dy="0.32em" text-anchor="end" font-size="11">${t.toFixed(digits)}</text>`)}
    ${[0, 0.5, 1, 1.5, 2, 2.5, 3].map((x) => svg`<text x=${sx(x)} y=${m.bottom + 16} text-anchor="middle" font-size="11">${x.toFixed(1)}</text>`)}
    <text x=${width / 2} y="16" text-anchor="middle" font-weight="600">${title}</text>
    ${lines.map((l, i) => svg`<path d=${d(l.points)} fill="none" stroke="#fff" stroke-width="4"></path><path d=${d(l.points)} fill="none" stroke=${l.color} stroke-width="2" stroke-dasharray=${i ? '6 3' : ''}></path>
      <line x1=${m.left + 8} x2=${m.left + 28} y1=${m.top + 14 + 15 * i} y2=${m.top + 14 + 15 * i} stroke=${l.color} stroke-width="2"></line><text x=${m.left + 33} y=${m.top + 18 + 15 * i} font-size="11">${l.name}</text>`)}
  </svg>`;
}

class BenchLit extends LitElement {
  static properties = { w1: { type: Number }, b1: { type: Number }, w2: { type: Number }, b2: { type: Number } };
  constructor() {
    super();
    this.w1 = 0;
    this.b1 = 0;
    this.w2 = 0;
    this.b2 = 0;
  }
  render() {
    const ws = [[-2, 2], [this.w1, this.b1], [this.w2, this.b2]];
    const out = (x) => ws.reduce((s, [w, b]) => s + relu(w * x + b), 0);
    let mse = 0;
    for (let i = 0; i < xs.length; i++) mse += (out(xs[i]) - ys[i]) ** 2;
    mse /= xs.length;
    const cuts = [0, 3, ...ws.filter(([w]) => w).map(([w, b]) => -b / w).filter((x) => x > 0 && x < 3)].sort((a, b) => a - b);
    const main = plot(600, 360, 'Match Target', [
      { name: 'target', color: '#0096ff', points: knots },
      { name: 'ŷ', color: '#ff9300', points: cuts.map((x) => [x, out(x)]) },
    ], 6);
    const units = ws.map(([w, b], i) => {
      const t = -b / w;
      const inside = w && t > 0 && t < 3;
      return html`<figure>${plot(300, 190, `Unit ${i}`, [
        { name: 'z', color: '#0096ff', points: [[0, b], [3, 3 * w + b]] },
        { name: 'a', color: '#ff40ff', points: inside ? [[0, relu(b)], [t, 0], [3, relu(3 * w + b)]] : [[0, relu(b)], [3, relu(3 * w + b)]] },
      ], 4)}<figcaption>z = ${w.toFixed(1)}·x ${b < 0 ? '−' : '+'} ${Math.abs(b).toFixed(1)}</figcaption></figure>`;
    });
    return html`<div style="display:grid;grid-template-columns:2fr 1fr;gap:20px;font-family:system-ui">
      <div>${main}
        <input id="w1" type="range" min="-4" max="4" step="0.1" .value=${String(this.w1)} @input=${(e) => (this.w1 = e.target.valueAsNumber)} />
        <input type="number" min="-4" max="4" step="0.1" .value=${String(this.w1)} />
        <output>${mse.toFixed(3)}</output>
        <div style="height:8px;border-radius:4px;background:#ff9300;width:${Math.max(2, 100 / (1 + mse))}%"></div>
      </div>
      <div>${units}</div>
    </div>`;
  }
}
customElements.define('bench-lit', BenchLit);

export function mount(page) {
  const el = document.createElement('bench-lit');
  page.append(el);
  el.performUpdate?.();
  const input = el.shadowRoot.querySelector('#w1');
  // The peers' own job: four parameters at once.
  input.setAll = (w1, b1, w2, b2) => Object.assign(el, { w1, b1, w2, b2 });
  return input;
}
