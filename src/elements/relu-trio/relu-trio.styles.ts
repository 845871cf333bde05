import { css } from 'lit';

/** Lengths in em of the host's font size, as in shared.styles.ts. */
export const trioStyles = css`
  .heading {
    margin: 0 0 calc(0.5em / 1.25);
    font-size: 1.25em;
    font-weight: 650;
    text-align: center;
    line-height: 1.3;
  }
  .panels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.75em 1em;
  }
  svg.plot {
    cursor: crosshair;
  }
  .readout {
    min-height: 1.5em;
    margin: calc(0.5em / 0.95) 0 0;
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-size: 0.95em;
  }
`;
