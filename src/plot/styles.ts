import { css } from 'lit';

/**
 * The renderer's look, driven by generic `--plot-*` custom properties that
 * the host element maps onto its own documented tokens.
 */
export const plotStyles = css`
  svg.plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: var(--plot-font, inherit);
    font-size: 11px;
    color: var(--plot-text, currentColor);
  }
  .plot-grid {
    fill: none;
    stroke: var(--plot-grid, #e6e6e6);
    stroke-width: 1;
  }
  .plot-border {
    fill: none;
    stroke: var(--plot-axis, #8a8a8a);
    stroke-width: 1;
  }
  .plot-zero line {
    stroke: var(--plot-zero, #4a4a4a);
    stroke-width: 1;
  }
  .plot-tick,
  .plot-label,
  .plot-legend-label,
  .plot-cursor-text,
  .plot-point-label {
    fill: var(--plot-text, currentColor);
  }
  .plot-label {
    font-size: 12px;
  }
  .plot-title {
    fill: var(--plot-text, currentColor);
    font-size: 14px;
    font-weight: 600;
  }
  .plot-line {
    fill: none;
    stroke: var(--plot-line, currentColor);
    stroke-width: var(--plot-line-width, 2.25);
    stroke-linejoin: round;
    stroke-linecap: round;
    stroke-dasharray: var(--plot-dash, none);
  }
  /* A darker casing under each line keeps light-coloured lines at 3:1
     contrast against a light background. */
  .plot-casing {
    fill: none;
    stroke: var(--plot-casing, color-mix(in oklab, var(--plot-line, currentColor) 65%, black));
    stroke-width: calc(var(--plot-line-width, 2.25) + 1);
    stroke-dasharray: var(--plot-dash, none);
    stroke-linejoin: round;
  }
  .plot-legend-box {
    fill: var(--plot-background, #fff);
    fill-opacity: 0.85;
    stroke: var(--plot-grid, #e6e6e6);
  }
  .plot-cursor-line {
    stroke: var(--plot-text, currentColor);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    opacity: 0.7;
  }
  .plot-cursor-dot,
  .plot-point {
    fill: var(--plot-background, #fff);
    stroke: var(--plot-line, currentColor);
    stroke-width: 2;
  }
  .plot-cursor-text,
  .plot-point-label {
    paint-order: stroke;
    stroke: var(--plot-background, #fff);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .plot-band {
    fill: var(--plot-band, color-mix(in srgb, currentColor 9%, transparent));
  }
  .plot-rule {
    stroke: var(--plot-text, currentColor);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .plot-rule-label,
  .plot-text {
    font-size: 11px;
    fill: var(--plot-text, currentColor);
    paint-order: stroke;
    stroke: var(--plot-background, #fff);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .plot-casing {
      stroke: Canvas;
    }
    .plot-band {
      fill: none;
      stroke: CanvasText;
      stroke-dasharray: 1 3;
    }
    .plot-rule {
      stroke: CanvasText;
    }
    .plot-rule-label,
    .plot-text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .plot-point,
    .plot-cursor-dot {
      stroke: CanvasText;
      fill: Canvas;
    }
    .plot-line,
    .plot-zero line,
    .plot-border,
    .plot-cursor-line {
      stroke: CanvasText;
    }
    .plot-tick,
    .plot-label,
    .plot-title,
    .plot-legend-label,
    .plot-cursor-text {
      fill: CanvasText;
    }
  }
  /* On paper the cursor (where the pointer or focus happened to be) is noise. */
  @media print {
    .plot-cursor {
      display: none;
    }
  }
`;
