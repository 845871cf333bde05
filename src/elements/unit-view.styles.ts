import { css } from 'lit';

/** Styles of a unit's figure, wherever it is drawn. */
export const unitFigureStyles = css`
  figure.unit {
    margin: 0;
    min-width: 0;
  }
  .series-z {
    --plot-line: var(--relu-color-z);
    --plot-dash: 6 4;
    --plot-line-width: 1.75;
  }
  .series-a {
    --plot-line: var(--relu-color-a);
  }
  .transition {
    --plot-line: var(--relu-color-a);
  }
  .plot-point-label {
    font-size: 10px;
    font-weight: 600;
  }
  .formula {
    margin: 0.15rem 0 0;
    font-size: 0.85rem;
    line-height: 1.35;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .equation {
    font-family: var(--relu-font-math, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    white-space: nowrap;
  }
  .wake {
    opacity: 0.85;
  }
`;
