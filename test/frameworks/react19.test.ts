import { expect, nextFrame } from '@open-wc/testing';
// React is CommonJS: default imports, converted by the test runner.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { LabState } from '../../src/elements/events.js';

describe('React 19: the elements directly, no wrapper', () => {
  it('sets properties, and on… props receive the events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = ReactDOMClient.createRoot(host);
    const matches: LabState[] = [];
    const render = (w2: number) =>
      ReactDOM.flushSync(() =>
        root.render(
          React.createElement('relu-fit-lab', {
            w1: 1,
            b1: -1,
            w2,
            b2: -4,
            'onrelu-match': (event: CustomEvent<LabState>) => matches.push(event.detail),
          }),
        ),
      );
    render(0);
    const lab = host.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 0, -4]);
    expect(lab.matched).to.be.false;
    render(2);
    await lab.updateComplete;
    await nextFrame();
    expect(lab.matched).to.be.true;
    expect(matches).to.have.length(1);
    expect(matches[0].w2).to.equal(2);
    root.unmount();
    host.remove();
  });
});
