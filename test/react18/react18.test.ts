// React 18 comes from this folder's own node_modules: it is an npm workspace (see package.json here).
import { expect, nextFrame } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { createReactComponents } from '../../src/react.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluMatchEvent } from '../../src/elements/events.js';

const { ReluFitLab: Lab } = createReactComponents(React as never);

describe('React 18 through relu-lab/react wrappers', () => {
  it('is React 18', () => {
    expect(React.version.startsWith('18.')).to.be.true;
  });

  it('passes properties and typed event props (onReluMatch)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = ReactDOMClient.createRoot(host);
    const seen: string[] = [];
    const render = (b2: number) =>
      ReactDOM.flushSync(() =>
        root.render(
          React.createElement(Lab, {
            w1: 1,
            b1: -1,
            w2: 2,
            b2,
            onReluMatch: (event: ReluMatchEvent) => seen.push(`match ${event.detail.b2}`),
          }),
        ),
      );
    render(0);
    const lab = host.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expect([lab.w1, lab.w2, lab.b2]).to.deep.equal([1, 2, 0]);
    render(-4);
    await lab.updateComplete;
    await nextFrame();
    expect(lab.matched).to.be.true;
    expect(seen).to.deep.equal(['match -4']);
    root.unmount();
    host.remove();
  });
});
