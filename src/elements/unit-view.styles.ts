import { css } from 'lit';

/** Styles of a unit's caption, wherever a unit is drawn. */
export const unitFigureStyles = css`
  .plot-point-label {
    font-size: 10px;
    font-weight: 600;
  }
  .formula {
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
