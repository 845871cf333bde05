import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { sendKeys } from '@web/test-runner-commands';
import { axTree, find, walk } from '../helpers/ax.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/** #25's items for a learner with a screen reader and a newcomer, on the bundle users load (dist/relu-lab.bundle.js). */
await import(/* @vite-ignore */ `${'/dist/relu-lab.bundle.js'}`);

const $ = <T extends Element = HTMLElement>(lab: Element, selector: string) => lab.shadowRoot!.querySelector<T>(selector)!;
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const idle = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('what the page says matches the values shown (the bundle)', () => {
  it("undone back to the start, the solution's explanation is gone; redo brings it back", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await lab.revealSolution();
    await lab.updateComplete;
    expect(text($(lab, '.hints'))).to.contain('w1 = 1, b1 = −1');
    lab.undo();
    await lab.updateComplete;
    expect(text($(lab, '[part="hints"]'))).to.equal('');
    expect($(lab, '[part="hints"]').hidden).to.be.true;
    lab.redo();
    await lab.updateComplete;
    expect(text($(lab, '.hints'))).to.contain('w1 = 1, b1 = −1');
  });

  it("a fit's loss chart and note go with the fitted values: moving away hides them", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await lab.train();
    await lab.updateComplete;
    expect(lab.shadowRoot!.querySelector('[part~="loss"]'), 'loss chart after the fit').to.exist;
    lab.undo();
    await lab.updateComplete;
    expect(lab.shadowRoot!.querySelector('[part~="loss"]') === null, 'no loss chart once undone').to.be.true;
    expect(text($(lab, '[part="hints"]'))).to.equal('');
  });

  it('the hidden copy of the explorer readout is not read in browse mode', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    expect($(lab, '[part="readout"]').getAttribute('aria-hidden')).to.equal('true');
    await idle(0);
  });
});

describe('explorer keys (the bundle)', () => {
  const at = (plot: Element) => Number(plot.getAttribute('aria-valuenow'));
  const press = async (lab: ReluFitLab, key: string) => {
    const [modifier, main] = key.includes('+') ? key.split('+') : [null, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: main });
    if (modifier) await sendKeys({ up: modifier });
    await lab.updateComplete;
  };

  it('Page Up and Down move ten steps; B and Shift+B land exactly on the bends and knots', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const plot = $<SVGElement>(lab, '.figure-main svg');
    plot.focus();
    await press(lab, 'PageUp');
    expect(at(plot)).to.equal(0.2); // ten steps of 0.02 (the range is 3)
    await press(lab, 'PageUp');
    await press(lab, 'PageDown');
    expect(at(plot)).to.equal(0.2);
    // The target's knots are at x = 0, 1, 2, 3; the output bends at x = 1 (unit 0's hinge).
    await press(lab, 'KeyB');
    expect(at(plot)).to.equal(1);
    expect(plot.getAttribute('aria-valuetext')).to.match(/^At x = 1: target 0, ŷ 0,/);
    await press(lab, 'KeyB');
    expect(at(plot)).to.equal(2);
    await press(lab, 'KeyB');
    await press(lab, 'KeyB'); // past the last it stays
    expect(at(plot)).to.equal(3);
    await press(lab, 'Shift+KeyB');
    expect(at(plot)).to.equal(2);
    // Arrow steps from a bend land on round numbers and come back to it.
    for (let i = 0; i < 50; i++) await sendKeys({ press: 'ArrowLeft' });
    await lab.updateComplete;
    expect(at(plot)).to.equal(1);
  });

  it("a unit plot's B goes to its hinge; a moved network's bends follow the learner's values", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1.5"></relu-fit-lab>`);
    const unit = $<SVGElement>(lab, '.figure-unit1 svg');
    unit.focus();
    await press(lab, 'KeyB');
    expect(at(unit)).to.equal(1.5);
    const main = $<SVGElement>(lab, '.figure-main svg');
    main.focus();
    await press(lab, 'Home');
    await press(lab, 'KeyB');
    await press(lab, 'KeyB');
    expect(at(main)).to.equal(1.5); // after the knot at 1, the output's bend where unit 1 wakes
  });

  it('D says the details and ? the keys until the cursor moves; keys with Ctrl, Alt or Meta are left to the page', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const plot = $<SVGElement>(lab, '.figure-main svg');
    plot.focus();
    await press(lab, 'KeyD');
    expect(plot.getAttribute('aria-valuetext')).to.contain('Mean squared error 2.463');
    await press(lab, 'ArrowRight');
    expect(plot.getAttribute('aria-valuetext')).to.match(/^At x = 0.02:/);
    await press(lab, '?');
    expect(plot.getAttribute('aria-valuetext')).to.match(/^Left and Right arrows move along x by 0.02/);
    await press(lab, 'Escape');
    expect(plot.getAttribute('aria-valuetext')).to.equal('no reading yet: press an arrow key');
    await press(lab, 'Control+KeyB');
    await press(lab, 'Alt+PageUp');
    expect(plot.getAttribute('aria-valuetext')).to.equal('no reading yet: press an arrow key');
  });
});

describe('a challenge sequence, heard (the bundle)', () => {
  const challenges = JSON.stringify([
    { title: 'Ramp', target: '0,2 1,0 2,1 3,4' }, // the notebook's target
    { title: 'Valley', target: '0,2 1,0 3,2' },
  ]);

  it('the heading is the first tab stop, so a learner tabbing in hears where in the sequence they are', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button><relu-fit-lab challenges=${challenges}></relu-fit-lab></div>`);
    const lab = page.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const heading = lab.shadowRoot!.activeElement!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(text(heading)).to.equal('Challenge 1 of 2: Ramp');
  });

  it('a solved challenge in the list is named with a space before "(solved)"', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${challenges}></relu-fit-lab>`);
    for (const [id, value] of [['w1', '1'], ['b1', '-1'], ['w2', '2'], ['b2', '-4']]) {
      const range = $<HTMLInputElement>(lab, `#${id}-range`);
      range.value = value;
      range.dispatchEvent(new Event('input', { bubbles: true }));
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await lab.updateComplete;
    }
    const items = [...lab.shadowRoot!.querySelectorAll('[part="challenge-item"]')];
    expect(items.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['1. Ramp (solved)', '2. Valley']);
  });
});

describe('handles, as a newcomer drags them (the bundle)', () => {
  /** The client x of `x` in a unit plot's data, read off its own ticks and screen transform. */
  const at = (lab: ReluFitLab, unit: number, x: number) => {
    const plot = $<SVGSVGElement>(lab, `.figure-unit${unit} svg.plot`);
    const tick = (text: string) => [...plot.querySelectorAll('.plot-tick')].find((t) => t.getAttribute('text-anchor') === 'middle' && Number(t.textContent) === Number(text))!;
    const [x1, x2] = [Number(tick('1').getAttribute('x')), Number(tick('2').getAttribute('x'))];
    return new DOMPoint(x1 + (x - 1) * (x2 - x1), 0).matrixTransform(plot.getScreenCTM()!).x;
  };
  const press = async (lab: ReluFitLab, key: string) => {
    await sendKeys({ press: key });
    await lab.updateComplete;
  };

  it("a flat unit's hinge handle, dropped at x = 2, wakes the unit with its hinge there", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const changes: Event[] = [];
    lab.addEventListener('relu-change', (e) => changes.push(e));
    const handle = $(lab, '.figure-unit1 .handle.hinge');
    const box = handle.getBoundingClientRect();
    handle.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerId: 1, bubbles: true }));
    $(lab, '.figure-unit1 .handle.hinge').dispatchEvent(new PointerEvent('pointerup', { clientX: at(lab, 1, 2), clientY: box.y + box.height / 2, pointerId: 1, bubbles: true }));
    await lab.updateComplete;
    expect(lab.w1).to.equal(1);
    expect(lab.b1).to.be.closeTo(-2, 0.11); // the hinge where it was dropped, b on its 0.1 grid
    expect(changes).to.have.length(1);
    expect($(lab, '.figure-unit1 .handle.hinge').classList.contains('outside')).to.be.false;
  });

  it('the hinge keys move the hinge along x by 0.1 (Shift: 1), whatever w is; the slope keys keep the hinge', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="0.1" b1="0"></relu-fit-lab>`);
    $(lab, '.figure-unit1 .handle.hinge').focus();
    await press(lab, 'ArrowRight');
    // With w = 0.1 the b grid (0.1) puts hinges at whole numbers only: one press goes to the next, x = 1.
    expect([lab.w1, lab.b1]).to.deep.equal([0.1, -0.1]);
    await sendKeys({ down: 'Shift' });
    await press(lab, 'ArrowRight');
    await sendKeys({ up: 'Shift' });
    // Ten steps of 0.1 from x = 1 is x = 2 (never a hinge at x = 10, out of view).
    expect(-lab.b1 / lab.w1).to.be.closeTo(2, 1e-9);
    lab.w1 = 1;
    lab.b1 = -1;
    await lab.updateComplete;
    $(lab, '.figure-unit1 .handle.slope').focus();
    await press(lab, 'ArrowUp');
    expect([lab.w1, lab.b1]).to.deep.equal([1.1, -1.1]); // the hinge stays at x = 1
    await press(lab, 'ArrowUp');
    await press(lab, 'ArrowDown');
    await press(lab, 'ArrowDown');
    expect([lab.w1, lab.b1]).to.deep.equal([1, -1]);
  });

  it('presses on one handle in a row are one undo step, as for a slider', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    $(lab, '.figure-unit1 .handle.hinge').focus();
    for (let i = 0; i < 3; i++) await press(lab, 'ArrowRight');
    expect(lab.b1).to.equal(-1.3);
    lab.undo();
    await lab.updateComplete;
    expect(lab.b1).to.equal(-1);
  });

  it("a slope handle's touch disc stops at the element's edge: a click just past it reaches the page", async () => {
    const page = await fixture<HTMLElement>(html`<div style="display: flex; width: 900px">
      <relu-fit-lab style="width: 700px" w1="4" b1="0"></relu-fit-lab><a href="#next" style="flex: 1">next</a>
    </div>`);
    const lab = page.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    const right = lab.getBoundingClientRect().right;
    const slopes = [...lab.shadowRoot!.querySelectorAll('.handle.slope .mark')].map((m) => m.getBoundingClientRect());
    const edge = slopes.sort((a, b) => b.right - a.right)[0];
    expect(right - edge.right, 'the rightmost mark is near the edge').to.be.below(24);
    const hit = document.elementFromPoint(right + 6, edge.y + edge.height / 2);
    // A boolean, not the element: chai would print a whole lab on failure.
    expect(hit?.closest('relu-fit-lab') === null, `a click past the edge reaches ${hit?.tagName}`).to.be.true;
  });
});

describe('below the fold (dist/embed.html and the bundle)', () => {
  it('a cross-origin embed far below the fold posts its real height without being scrolled to', async () => {
    const messages: { type: string; detail: { height?: number } }[] = [];
    const page = document.createElement('div');
    page.style.height = '6000px';
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts'); // an opaque origin: throttled out of view, as on a course site
    Object.assign(frame.style, { position: 'absolute', top: '4000px', width: '960px', height: '820px', border: '0' });
    const listener = (event: MessageEvent) => event.source === frame.contentWindow && messages.push(event.data);
    window.addEventListener('message', listener);
    frame.src = `/__cors/dist/embed.html?${new URLSearchParams({ origin: location.origin, element: 'relu-fit-lab' })}`;
    page.append(frame);
    document.body.append(page);
    const end = performance.now() + 5000;
    while (!messages.some((m) => m.type === 'resize') && performance.now() < end) await idle(25);
    window.removeEventListener('message', listener);
    page.remove();
    const resize = messages.find((m) => m.type === 'resize');
    expect(resize, 'a resize message').to.exist;
    expect(resize!.detail.height).to.be.above(400).and.not.equal(820);
  });

  it('a lab below the fold is laid out and painted like one in view (full-page screenshots, print)', async () => {
    const page = await fixture<HTMLElement>(html`<div><div style="height: 5000px"></div><relu-fit-lab></relu-fit-lab></div>`);
    const lab = page.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    await idle(50);
    expect(getComputedStyle(lab).contentVisibility).to.equal('visible');
    expect($(lab, '.figure-main svg').getBoundingClientRect().height).to.be.above(100);
  });
});

describe('nothing drawn over anything else (the bundle)', () => {
  const rects = (lab: Element, selector: string) => [...lab.shadowRoot!.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it("a hinge label at the plot's left edge keeps off the y tick labels", async () => {
    for (const markup of [html`<relu-fit-lab w1="4"></relu-fit-lab>`, html`<relu-fit-lab target="-2,0 0,2 2,0" w1="1" b1="2"></relu-fit-lab>`]) {
      const lab = await fixture<ReluFitLab>(markup);
      const ticks = rects(lab, '.figure-unit1 .plot-tick[text-anchor="end"]');
      for (const label of rects(lab, '.figure-unit1 .plot-point-label')) expect(ticks.some((t) => overlap(t, label))).to.be.false;
    }
  });

  it("an idle unit's hinge handle keeps off the 0.0 tick", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const mark = rects(lab, '.figure-unit1 .handle.hinge .mark')[0];
    expect(rects(lab, '.figure-unit1 .plot-tick').some((t) => overlap(t, mark))).to.be.false;
  });

  it("a legend moves off the corner where a line starts (Unit 0's z and a start top left)", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const box = rects(lab, '.figure-unit0 .plot-legend-box')[0];
    // Neither line (z dashed, a solid) runs under the legend anywhere along its length.
    for (const path of [...lab.shadowRoot!.querySelectorAll<SVGPathElement>('.figure-unit0 path.plot-line')]) {
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(path.getScreenCTM()!);
        expect(p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom, `${path.getAttribute('class')} at ${at}`).to.be.false;
      }
    }
  });

  it('in the dark theme the element paints its background, so its content keeps off that edge', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab theme="dark"></relu-fit-lab>`);
    const host = lab.getBoundingClientRect();
    const inner = $(lab, '.lab').getBoundingClientRect();
    expect(inner.left - host.left).to.be.at.least(8);
    expect(host.bottom - inner.bottom).to.be.at.least(8);
  });
});

describe('a unit moved moves nothing below it (the bundle)', () => {
  const heights = (root: Element) => [
    root.getBoundingClientRect().height,
    ...[...root.shadowRoot!.querySelectorAll('.caption')].map((c) => c.getBoundingClientRect().height),
  ];
  // Slider values (one decimal) and a fit's (three), negative and positive, hinges in view and out of it
  // (the room is for a hinge within ±100: a unit with w near 0 and its hinge further still can grow).
  const value = fc.oneof(fc.integer({ min: -40, max: 40 }).map((k) => k / 10), fc.integer({ min: -4000, max: 4000 }).map((k) => k / 1000));
  const near = (w: number, b: number) => w === 0 || Math.abs(b / w) < 100;

  it('at 320, 375, 768 and 1100 px the lab, each caption and a unit plot following it keep their heights for any w1, b1, w2, b2 in range', async () => {
    for (const width of [320, 375, 768, 1100]) {
      const box = await fixture<HTMLElement>(html`<div style="width:${width}px">
        <relu-unit-plot for="lab" unit="1"></relu-unit-plot><relu-fit-lab id="lab"></relu-fit-lab>
      </div>`);
      const [plot, lab] = [box.querySelector('relu-unit-plot')!, box.querySelector<ReluFitLab>('relu-fit-lab')!];
      await lab.updateComplete;
      await idle(0);
      const start = [heights(lab), heights(plot)];
      await fc.assert(
        fc.asyncProperty(fc.tuple(value, value, value, value).filter(([w1, b1, w2, b2]) => near(w1, b1) && near(w2, b2)), async ([w1, b1, w2, b2]) => {
          Object.assign(lab, { w1, b1, w2, b2 });
          await lab.updateComplete;
          await (plot as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect([heights(lab), heights(plot)], `${width} px: w1 ${w1}, b1 ${b1}, w2 ${w2}, b2 ${b2}`).to.deep.equal(start);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('with editable-output the output\'s caption keeps its height too, for any output weights and c (and the lab, at 320 and 1100 px)', async () => {
    for (const width of [320, 1100]) {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output style="width:${width}px"></relu-fit-lab>`);
      await idle(0);
      const start = heights(lab);
      await fc.assert(
        fc.asyncProperty(fc.tuple(value, value, value, value).filter(([, , , w1]) => near(w1, 0)), async ([v1, v2, c, w1]) => {
          lab.units = lab.units.map((u, i) => (i === 1 ? { ...u, v: v1, w: w1 } : i === 2 ? { ...u, v: v2 } : u));
          lab.outputBias = c;
          await lab.updateComplete;
          expect(heights(lab), `${width} px: v1 ${v1}, v2 ${v2}, c ${c}, w1 ${w1}`).to.deep.equal(start);
        }),
        { numRuns: 30 },
      );
    }
  });

  it('the room a caption keeps is not read: the formula part says the unit alone, and the accessibility tree has it once', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    expect(text($(lab, '.figure-unit1 [part="formula"]'))).to.equal('z = 1.0·x − 1.0 · silent until x = 1, where it wakes up');
    const nodes = [...walk(await axTree('relu-fit-lab'))].map(({ node }) => node);
    const names = nodes.filter((n) => n.role === 'StaticText').map((n) => n.name ?? '');
    expect(names.filter((name) => name.includes('where it wakes up'))).to.deep.equal(['silent until x = 1, where it wakes up']);
    expect(names.filter((name) => name.includes('88.88'))).to.deep.equal([]);
  });
});

describe('smaller things a newcomer saw (the bundle)', () => {
  it('a fixed unit weighted in ŷ says both in one bracket: "Unit 0 (×2 in ŷ, fixed)"', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab units='[{"w":1,"b":0,"v":2,"fixed":true},{}]'></relu-fit-lab>`);
    expect(text($(lab, '.figure-unit0 .plot-title'))).to.equal('Unit 0 (×2 in ŷ, fixed)');
    expect(text($(lab, '.figure-unit1 .plot-title'))).to.equal('Unit 1');
  });
});

describe('a challenge shown, heard once and cleanly (the bundle)', () => {
  it('an author\'s prompt that ends in a full stop is not followed by another ("rise.. The target")', async () => {
    const list = JSON.stringify([
      { title: 'Ramp', target: '0,0 1,0 3,2', units: [{}] },
      { title: 'Valley', target: '0,1 1,0 3,2', units: [{ w: -1, b: 1, fixed: true }, {}], prompt: 'Unit 0 is fixed; add the rise.' },
    ]);
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${list}></relu-fit-lab>`);
    lab.challenge = 1;
    await lab.updateComplete;
    const announcer = $(lab, '[part="announcer"]');
    const end = performance.now() + 3000;
    while (!text(announcer).startsWith('Challenge 2 of 2') && performance.now() < end) await idle(25);
    expect(text(announcer)).to.match(/^Challenge 2 of 2: Valley\. Unit 0 is fixed; add the rise\. The target starts at \(0, 1\), falls with slope 1 to \(1, 0\)/);
  });
});

describe('what a screen reader is given (the bundle, through Chromium\'s accessibility tree)', () => {
  it('the explorer is named once and described briefly; Undo and Redo are named once, with no description repeating it', async () => {
    await fixture(html`<relu-fit-lab id="ax-bundle"></relu-fit-lab>`);
    const tree = await axTree('#ax-bundle');
    const explorer = find(tree, 'slider', 'Match Target')!;
    expect(explorer.description.split(/\s+/).length, explorer.description).to.be.below(70);
    expect(explorer.description).to.contain('Press ? for the keys, D for the details.').and.not.contain('Mean squared error');
    const named = [...walk(tree)].filter(({ node }) => node.name === 'Match Target' && !/StaticText|InlineTextBox/.test(node.role));
    expect(named.map(({ node }) => node.role)).to.deep.equal(['slider']);
    for (const name of ['Undo', 'Redo']) expect(find(tree, 'button', name)!.description, name).to.equal('');
  });
});
