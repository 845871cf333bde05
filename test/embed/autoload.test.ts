import { expect } from '@open-wc/testing';
import '../../src/autoload.js';

describe('autoload', () => {
  it('registers an element only when its tag first appears', async () => {
    expect(customElements.get('relu-trio')).to.equal(undefined);
    expect(customElements.get('relu-fit-lab')).to.equal(undefined);
    document.body.append(document.createElement('relu-trio'));
    await customElements.whenDefined('relu-trio');
    expect(customElements.get('relu-trio')).to.exist;
    // Nothing asked for the lab: its code is not even loaded.
    expect(customElements.get('relu-fit-lab')).to.equal(undefined);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><relu-fit-lab></relu-fit-lab></section>';
    document.body.append(wrapper);
    await customElements.whenDefined('relu-fit-lab');
    const lab = wrapper.querySelector('relu-fit-lab') as HTMLElement & { updateComplete: Promise<unknown>; error: number };
    await lab.updateComplete;
    expect(lab.error).to.be.greaterThan(0);
  });
});
