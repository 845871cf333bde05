import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { axTree, find, walk, type AxNode } from '../helpers/ax.js';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The names of a node's descendants with `role`, in order. */
const named = (node: AxNode, role: string) => [...walk(node)].filter(({ node: n }) => n.role === role).map(({ node: n }) => n.name);

/** What the lab's live region says, each time it says something. */
function listen(lab: ReluFitLab) {
  const heard: string[] = [];
  const announcer = $(lab, '[part="announcer"]');
  new MutationObserver(() => {
    const said = text(announcer);
    if (said) heard.push(said);
  }).observe(announcer, { childList: true, characterData: true, subtree: true });
  return heard;
}

describe('a screen-reader learner (the accessibility tree and live-region speech)', () => {
  it('hears the target as pieces with their slopes and bends, from a chart explorer named by its title', async () => {
    await fixture(html`<relu-fit-lab id="sr"></relu-fit-lab>`);
    const tree = await axTree('#sr');
    const explorer = find(tree, 'slider', 'Match Target')!;
    expect(explorer.properties.roledescription ?? explorer.description).to.exist;
    // By hand from the knots (0, 2), (1, 0), (2, 1), (3, 4).
    expect(explorer.description).to.contain('The target starts at (0, 2), falls with slope 2 to (1, 0), rises with slope 1 to (2, 1), then with slope 3 to (3, 4). It bends at x = 1 and 2.');
    // Short on every visit: what it shows, the target, and where to find more (no error, no key list).
    expect(explorer.description).to.contain('Press ? for the keys, D for the details.');
    expect(explorer.description).not.to.contain('Mean squared error');
    expect(explorer.description.split(/\s+/).length).to.be.below(70);
    // Named once, by the explorer: no figure around it says "Match Target" first.
    expect([...walk(tree)].filter(({ node }) => node.name === 'Match Target' && !/StaticText|InlineTextBox/.test(node.role)).map(({ node }) => node.role)).to.deep.equal(['slider']);
    expect(named(tree, 'figure')).to.deep.equal(['The network']);
  });

  it('finds the parameters grouped per unit and named for what they are', async () => {
    await fixture(html`<relu-fit-lab id="sr"></relu-fit-lab>`);
    const tree = await axTree('#sr');
    for (const unit of [1, 2]) {
      const group = find(tree, 'group', `Unit ${unit}`)!;
      expect(group, `group Unit ${unit}`).to.exist;
      expect(named(group, 'slider')).to.deep.equal([`w${unit}, slope`, `b${unit}, bias`]);
      expect(named(group, 'spinbutton')).to.deep.equal([`w${unit}, exact value`, `b${unit}, exact value`]);
    }
  });

  it('drags handles that are sliders outside any image, with value text, there for a silent unit, reversible', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab id="sr"></relu-fit-lab>`);
    const tree = await axTree('#sr');
    for (const name of ['Unit 1 hinge, x', 'Unit 1 slope, w', 'Unit 2 hinge, x', 'Unit 2 slope, w']) {
      const entry = [...walk(tree)].find(({ node }) => node.role === 'slider' && node.name === name)!;
      expect(entry, name).to.exist;
      expect(entry.ancestors.map((a) => a.role), name).to.not.include.members(['image', 'img']);
    }
    // Value text: Chromium's DevTools tree leaves valuetext empty even for an HTML slider with
    // aria-valuetext (it gives valuenow), so read the attribute screen readers are given.
    const valueText = (selector: string) => $(lab, selector).getAttribute('aria-valuetext');
    expect(valueText('.figure-unit1 .handle.slope')).to.equal('w1 = 0; b1 = 0');
    // Unit 1 is silent (w1 = b1 = 0): its hinge handle is there and says so.
    expect(valueText('.figure-unit1 .handle.hinge')).to.equal('no hinge in view; b1 = 0');
    Object.assign(lab, { w1: 1, b1: -1 });
    await lab.updateComplete;
    const hinge = $<SVGGElement>(lab, '.figure-unit1 .handle.hinge');
    hinge.focus();
    await sendKeys({ press: 'ArrowRight' });
    await lab.updateComplete;
    expect(hinge.getAttribute('aria-valuetext')).to.equal('hinge at x = 1.1; b1 = −1.1');
    await sendKeys({ press: 'ArrowLeft' });
    await lab.updateComplete;
    expect([lab.w1, lab.b1]).to.deep.equal([1, -1]);
    const slope = $<SVGGElement>(lab, '.figure-unit1 .handle.slope');
    slope.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await lab.updateComplete;
    expect([lab.w1, lab.b1]).to.deep.equal([1, -1]);
  });

  it('hears one labelled message per settled change, never a stale one, from the one live region', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab id="sr"></relu-fit-lab>`);
    const tree = await axTree('#sr');
    // One live region: the error value is no <output> (a live region of its own), the readout is no status.
    expect([...walk(tree)].filter(({ node }) => node.role === 'status')).to.have.length(1);
    const heard = listen(lab);
    $<HTMLInputElement>(lab, '#w1-range').focus();
    // Three settled changes in quick succession, then a pause: only the last is spoken.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => heard.length > 0, 'spoken after the pause', { timeout: 3000 });
    await sleep(300);
    expect(heard).to.have.length(1);
    // By hand: w1 = 0.3 adds max(0, 0.3x) to the output 2 − 2x (up to x = 1).
    const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
    const target = (x: number) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 3 * x - 5);
    const mse = xs.reduce((s, x) => s + (Math.max(0, 2 - 2 * x) + 0.3 * x - target(x)) ** 2, 0) / 300;
    expect(heard[0]).to.equal(`Error ${mse.toFixed(3)}. Unit 1: z = 0.3·x + 0.0, on across the whole range (it woke up at x = 0).`);
  });

  it('hears a hint when it is shown, and "Parameters reset" on Reset', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab id="sr" w1="1"></relu-fit-lab>`);
    const heard = listen(lab);
    lab.showHint();
    await waitUntil(() => heard.length > 0, 'the hint is spoken', { timeout: 3000 });
    expect(heard[0]).to.match(/^Hint 1: Start with unit 1 and leave w2 and b2 at 0/);
    $<HTMLInputElement>(lab, '#b1-range').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => heard.length > 1, 'the change is spoken', { timeout: 3000 });
    lab.reset();
    await waitUntil(() => heard.length > 2, 'Reset is spoken', { timeout: 3000 });
    // Back to the author's w1 = 1, b1 = 0.
    expect(heard[2]).to.match(/^Parameters reset\. Error \d\.\d{3}\.$/);
  });

  it('is not cluttered: no empty paragraph or list, no subscript read as "a 0", Listen has one name', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab id="sr"></relu-fit-lab>`);
    $<HTMLDetailsElement>(lab, 'details.more').open = true;
    const tree = await axTree('#sr');
    const nodes = [...walk(tree)].map(({ node }) => node);
    expect(nodes.filter((n) => (n.role === 'paragraph' || n.role === 'list') && !n.children.length && !n.name)).to.have.length(0);
    expect(nodes.filter((n) => n.role === 'subscript')).to.have.length(0);
    expect(nodes.some((n) => n.name === 'ŷ = a0 + a1 + a2')).to.be.true;
    // Undo and Redo are named once: no description repeating the name.
    for (const name of ['Undo', 'Redo']) expect(find(tree, 'button', name)!.description ?? '', name).to.equal('');
    const listenButton = find(tree, 'button', 'Listen')!;
    expect(listenButton.description).to.contain('Plays the plot as sound');
  });

  it('keeps the details (D) while a drag is in flight, and tells the new fit once it is released', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab id="sr"></relu-fit-lab>`);
    const plot = $<SVGElement>(lab, '.figure-main svg');
    plot.focus();
    await sendKeys({ press: 'd' });
    await lab.updateComplete;
    const details = () => plot.getAttribute('aria-valuetext')!;
    const before = details();
    expect(before).to.contain('Mean squared error 2.463');
    const range = $<HTMLInputElement>(lab, '#w1-range');
    range.value = '0.5';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await lab.updateComplete;
    expect(lab.w1).to.equal(0.5);
    expect(details()).to.equal(before);
    range.dispatchEvent(new Event('change', { bubbles: true }));
    await lab.updateComplete;
    expect(details()).to.not.equal(before);
    expect(details()).to.contain('Mean squared error').and.not.contain('Mean squared error 2.463');
  });
});
