import { css } from 'lit';

export const trioStyles = css`
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    font-weight: 650;
    text-align: center;
    line-height: 1.3;
  }
  .panels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem 1rem;
  }
  svg.plot {
    cursor: crosshair;
  }
  .readout {
    min-height: 1.5em;
    margin: 0.5rem 0 0;
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-size: 0.95rem;
  }
`;
