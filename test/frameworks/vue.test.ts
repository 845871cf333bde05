import { expect, nextFrame } from '@open-wc/testing';
import { createApp, h, ref } from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { LabState } from '../../src/elements/events.js';

describe('Vue 3', () => {
  it('sets properties, and on… listeners receive the events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const b2 = ref(0);
    const changes: LabState[] = [];
    const matches: LabState[] = [];
    const app = createApp({
      setup: () => () =>
        h('relu-fit-lab', {
          w1: 1,
          b1: -1,
          w2: 2,
          b2: b2.value,
          onReluMatch: (event: CustomEvent<LabState>) => matches.push(event.detail),
          onReluChange: (event: CustomEvent<LabState>) => changes.push(event.detail),
        }),
    });
    app.mount(host);
    const lab = host.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 2, 0]);
    b2.value = -4;
    await nextFrame();
    await lab.updateComplete;
    expect(lab.matched).to.be.true;
    expect(matches).to.have.length(1);
    lab.reset();
    await lab.updateComplete;
    expect(changes.length).to.be.greaterThan(0);
    app.unmount();
    host.remove();
  });
});
