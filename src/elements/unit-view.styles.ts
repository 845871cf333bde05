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
  /*
   * A unit that moves keeps the size of the longest caption it needs (laid unseen beneath it), so
   * a slider moved does not move what is below: the caption is centred in that room.
   */
  .roomy {
    display: inline-grid;
    align-items: center;
  }
  .roomy > * {
    grid-area: 1 / 1;
  }
  .room {
    visibility: hidden;
  }
  .equation {
    font-family: var(--relu-font-math, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    white-space: nowrap;
  }
  .wake {
    opacity: 0.85;
  }
`;
