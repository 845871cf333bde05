import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { meterBar, sparkline } from '../../src/plot/gauges.js';
import { vertices } from '../helpers/console.js';

function draw(content: unknown): SVGSVGElement {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(content, host);
  return host;
}

describe('gauges (src/plot/gauges.ts)', () => {
  it('sparkline(values) draws one vertex per value across the width, highest value at the top', () => {
    const values = [8, 4, 2, 1];
    const path = draw(sparkline(values, { width: 100, height: 20, className: 'series-x' })).querySelector('path.series-x')!;
    const points = vertices(path.getAttribute('d'));
    expect(points).to.have.length(4);
    expect(points[0][0]).to.be.below(points[3][0]);
    expect(points[0][1]).to.be.below(points[3][1]);
    for (const [x, y] of points) {
      expect(x).to.be.within(0, 100);
      expect(y).to.be.within(0, 20);
    }
  });

  it('sparkline(values, { log: true }) spaces decades evenly', () => {
    const points = vertices(draw(sparkline([1000, 100, 10], { width: 100, height: 40, className: 's', log: true })).querySelector('path.s')!.getAttribute('d'));
    expect(points[1][1] - points[0][1]).to.be.closeTo(points[2][1] - points[1][1], 1e-9);
  });

  it('sparkline([]) draws nothing', () => {
    expect(draw(sparkline([], { width: 100, height: 20, className: 's' })).querySelector('path')).to.equal(null);
  });

  it('meterBar(fraction) fills that share of 100, at least a sliver, and an empty sliver for NaN', () => {
    const fill = (f: number) => Number(draw(meterBar(f)).querySelector('rect.fill')!.getAttribute('width'));
    expect(fill(0.5)).to.equal(50);
    expect(fill(1.5)).to.equal(100);
    expect(fill(-1)).to.equal(2);
    expect(fill(NaN)).to.equal(2);
    expect(draw(meterBar(0.3)).querySelector('rect.track')!.getAttribute('width')).to.equal('100');
  });
});

describe('formatMeasure (src/plot/format.ts)', () => {
  it('formatMeasure(x) never reads as zero when x is not: 3 decimals (0.000 for 0), 2 significant digits below that', async () => {
    const { formatMeasure } = await import('../../src/plot/format.js');
    expect(formatMeasure(2.4634)).to.equal('2.463');
    expect(formatMeasure(0.0123)).to.equal('0.012');
    expect(formatMeasure(0.00031234)).to.equal('0.00031');
    expect(formatMeasure(0.0003)).to.equal('0.0003');
    expect(formatMeasure(0)).to.equal('0.000');
    // An exact solution's error is often float noise (3.45e-33 for 0,3 1,1 2,0 3,0): it reads as 0 does.
    expect(formatMeasure(3.451266460341927e-33)).to.equal('0.000');
    expect(formatMeasure(2e-19)).to.equal('0.0000000000000000002');
    expect(formatMeasure(0.00031234, 3, 'de')).to.equal('0,00031');
  });
});
