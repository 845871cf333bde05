import { css } from 'lit';

/**
 * A gradient step's arrows under the sliders (lab-controls.ts draws them after a step): adopted
 * by the lab with the Step code (lab-lazy.ts), so the first load does not carry them. Lengths in
 * em of the host, as in relu-fit-lab.styles.ts.
 */
export const stepStyles = css`
  /* A gradient step's arrow under a slider's track: from the thumb, the way the step moved it. */
  .slider.has-gradient {
    position: relative;
  }
  .gradient {
    position: absolute;
    inset-inline-start: calc(2.5em + 0.5em + (100% - 2.5em - 5.75em - 1em) * var(--at));
    bottom: -0.35em;
    width: calc((100% - 2.5em - 5.75em - 1em) * var(--length));
    height: 0;
    border-top: 2px solid var(--relu-color-output, #ff9300);
    pointer-events: none;
  }
  .gradient.down {
    translate: -100% 0;
  }
  .gradient::after {
    content: '';
    position: absolute;
    top: -5px;
    border: 4px solid transparent;
  }
  .gradient.up::after {
    inset-inline-end: -6px;
    border-inline-start: 6px solid var(--relu-color-output, #ff9300);
  }
  .gradient.down::after {
    inset-inline-start: -6px;
    border-inline-end: 6px solid var(--relu-color-output, #ff9300);
  }
  :host(:dir(rtl)) .gradient.down {
    translate: 100% 0;
  }
`;
