import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { formatNumber, formatShort } from '../../src/plot/format.js';
import { createFrame } from '../../src/plot/frame.js';
import { axes, legend, lines, zeroLines } from '../../src/plot/marks.js';
import { linePath } from '../../src/plot/path.js';
import { clamp, scaleLinear } from '../../src/plot/scale.js';
import { axisTicks, niceExtent, tickDigits } from '../../src/plot/ticks.js';

/** Renders marks into a fresh <svg> and returns it. */
function draw(content: unknown): SVGSVGElement {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(svg`${content}`, host);
  return host;
}

describe('plot/scale', () => {
  it('scaleLinear(domain, range) maps and inverts linearly, also reversed', () => {
    const x = scaleLinear([0, 10], [0, 100]);
    expect(x(5)).to.equal(50);
    expect(x.invert(25)).to.equal(2.5);
    const y = scaleLinear([-1, 1], [200, 0]);
    expect(y(1)).to.equal(0);
    expect(y(0)).to.equal(100);
    expect(y.invert(50)).to.equal(0.5);
  });

  it('scaleLinear maps a zero-width domain to the middle of the range', () => {
    expect(scaleLinear([3, 3], [0, 100])(42)).to.equal(50);
    expect(scaleLinear([0, 10], [5, 5]).invert(5)).to.equal(5);
  });

  it('clamp(value, min, max) limits', () => {
    expect(clamp(5, 0, 3)).to.equal(3);
    expect(clamp(-1, 0, 3)).to.equal(0);
  });
});

describe('plot/ticks', () => {
  it('niceExtent rounds outward to tick multiples', () => {
    expect(niceExtent([0.13, 0.87], 10)).to.deep.equal([0.1, 0.9]);
    expect(niceExtent([0.13, 0.87], 5)).to.deep.equal([0, 1]);
    expect(niceExtent([0, 4.2], 4)).to.deep.equal([0, 5]);
  });

  it('niceExtent widens a single value and falls back when nothing is finite', () => {
    expect(niceExtent([3])).to.deep.equal([2, 4]);
    expect(niceExtent([NaN, Infinity])).to.deep.equal([0, 1]);
    expect(niceExtent([], 5, [-1, 1])).to.deep.equal([-1, 1]);
  });

  it('axisTicks gives round values and [] for NaN', () => {
    expect(axisTicks([-5, 5], 5)).to.deep.equal([-4, -2, 0, 2, 4]);
    expect(axisTicks([0, 3], 5)).to.deep.equal([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(axisTicks([NaN, 1])).to.deep.equal([]);
  });

  it('tickDigits is the number of fraction digits the tick step needs', () => {
    expect(tickDigits([0, 100])).to.equal(0);
    expect(tickDigits([0, 3])).to.equal(1);
    expect(tickDigits([0, 1])).to.equal(1);
    expect(tickDigits([0, 0.05])).to.equal(2);
    expect(tickDigits([NaN, 1])).to.equal(0);
  });
});

describe('plot/format', () => {
  it('formatNumber uses a true minus, fixed digits and never −0', () => {
    expect(formatNumber(-1.5, 1)).to.equal('\u22121.5');
    expect(formatNumber(2, 2)).to.equal('2.00');
    expect(formatNumber(-0.001, 2)).to.equal('0.00');
    expect(formatNumber(NaN)).to.equal('NaN');
  });

  it('formatNumber and formatShort follow the locale', () => {
    expect(formatNumber(0.5, 1, 'de')).to.equal('0,5');
    expect(formatShort(0.5, 2, 'de')).to.equal('0,5');
    expect(formatShort(-5, 2, 'en')).to.equal('\u22125');
    expect(formatShort(1.25, 1, 'not a locale!')).to.match(/^1[.,]3$|^1[.,]2$/);
  });
});

describe('plot/path', () => {
  const identity = scaleLinear([0, 1], [0, 1]);
  it('linePath joins points and leaves a gap at a non-finite value', () => {
    expect(linePath([[0, 0], [1, 1], [2, NaN], [3, 3], [4, 4]], identity, identity)).to.equal(
      'M0,0L1,1M3,3L4,4',
    );
  });
  it('linePath rounds to 0.01 and gives "" for no drawable point', () => {
    expect(linePath([[0.123456, 1 / 3]], identity, identity)).to.equal('M0.12,0.33');
    expect(linePath([[NaN, 1]], identity, identity)).to.equal('');
  });
});

describe('plot/marks', () => {
  const frame = createFrame({
    width: 200,
    height: 100,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    xDomain: [0, 4],
    yDomain: [-1, 1],
  });

  it('createFrame maps the domains onto the area inside the margins, y upward', () => {
    const f = createFrame({ width: 300, height: 200, margin: { top: 10, right: 20, bottom: 30, left: 40 }, xDomain: [0, 1], yDomain: [0, 1] });
    expect([f.x(0), f.x(1), f.y(0), f.y(1)]).to.deep.equal([40, 280, 170, 10]);
  });

  it('createFrame gives the same frame for equal options (so marks keyed on it skip), a new one otherwise', () => {
    const xDomain: [number, number] = [0, 3];
    const options = { width: 300, height: 200, xDomain, yDomain: [-1, 2] as const, xTickCount: 6, locale: 'en' };
    const a = createFrame(options);
    expect(createFrame({ ...options, xDomain: [0, 3], yDomain: [-1, 2] }) === a).to.equal(true);
    expect(createFrame({ ...options, yDomain: [-1, 3] }) === a).to.equal(false);
    expect(createFrame({ ...options, locale: 'de' }) === a).to.equal(false);
    expect(createFrame({ ...options, margin: { left: 1 } }) === a).to.equal(false);
    // The caller changing its array afterwards does not change the frame it was given.
    xDomain[1] = 9;
    expect(a.x.domain).to.deep.equal([0, 3]);
    expect(a.x(3)).to.equal(a.right);
  });

  it('lines draws each series as a path with its class, in screen space', () => {
    const el = draw(lines(frame, [{ key: 's', label: 'S', className: 'series-s', points: [[0, -1], [2, 1], [4, 0]] }]));
    const path = el.querySelector('path.plot-line.series-s')!;
    expect(path.getAttribute('d')).to.equal('M0,100L100,0L200,50');
  });

  it('zeroLines draws x = 0 and y = 0 only inside the domain', () => {
    expect(draw(zeroLines(frame)).querySelectorAll('line')).to.have.length(2);
    const away = createFrame({ width: 10, height: 10, xDomain: [1, 2], yDomain: [1, 2] });
    expect(draw(zeroLines(away)).querySelectorAll('line')).to.have.length(0);
  });

  it('axes labels every tick in the locale and the axes', () => {
    const el = draw(axes(createFrame({ width: 300, height: 200, xDomain: [0, 1], yDomain: [0, 1], locale: 'de' }), { x: 'x', y: 'y' }));
    const ticks = [...el.querySelectorAll('.plot-tick')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['0,0', '0,2', '0,4', '0,6', '0,8', '1,0', '0,0', '0,2', '0,4', '0,6', '0,8', '1,0']);
    expect([...el.querySelectorAll('.plot-label')].map((t) => t.textContent)).to.deep.equal(['x', 'y']);
  });

  it('legend shows a swatch with the series class and the label as text, never markup', () => {
    const el = draw(legend(frame, [{ key: 'a', label: '<b>a</b>', className: 'series-a', points: [] }]));
    expect(el.querySelector('line.series-a')).to.exist;
    expect(el.querySelector('.plot-legend-label')!.textContent).to.equal('<b>a</b>');
    expect(el.querySelector('b')).to.equal(null);
  });
});

describe('tickStep: the round spacing of about n ticks', () => {
  it('is a 1, 2 or 5 times a power of ten near the range over n, and 1 for an empty range', async () => {
    const { tickStep } = await import('../../src/plot/ticks.js');
    // By hand: 3/100 = 0.03 rounds to 0.02 (d3's rule: 0.03 is nearer 0.02 than 0.05 on its scale); 3/30 = 0.1; 10/100 = 0.1; 4/10 = 0.4 → 0.5.
    expect(tickStep([0, 3], 100)).to.equal(0.02);
    expect(tickStep([0, 3], 30)).to.equal(0.1);
    expect(tickStep([-5, 5], 100)).to.equal(0.1);
    expect(tickStep([-2, 2], 10)).to.equal(0.5);
    expect(tickStep([0, 2000], 10)).to.equal(200);
    expect(tickStep([3, 0], 100)).to.equal(0.02); // either order
    expect(tickStep([1, 1], 100)).to.equal(1);
  });
});
