import { css } from 'lit';

export const labStyles = css`
  /* A page of many labs lays out and paints only those near the viewport. */
  :host {
    content-visibility: auto;
    contain-intrinsic-size: auto 720px;
  }
  .lab {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'main' 'controls' 'units';
    gap: 1rem;
  }
  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      grid-template-areas: 'main units' 'controls units';
      grid-template-rows: auto 1fr;
      column-gap: 1.25rem;
    }
  }
  .layout.no-units {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'main' 'controls';
  }
  .main {
    grid-area: main;
    min-width: 0;
  }
  .figure-main {
    border-radius: 8px;
    transition: box-shadow 0.3s ease;
  }
  .is-matched .figure-main {
    box-shadow: 0 0 0 2px var(--_success);
  }
  .units {
    grid-area: units;
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-width: 0;
  }
  .controls {
    grid-area: controls;
    min-width: 0;
    /* The slider grid follows the width of its own column, not the whole lab's. */
    container-type: inline-size;
  }
  .is-matched .series-output {
    --plot-dash: none;
  }
  /* Matched, the output lies on the target: the target is drawn wider beneath it, so both stay visible. */
  .is-matched .series-target {
    --plot-line-width: 7;
  }
  .sliders {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35rem 1.25rem;
  }
  /*
   * One row per unit: w and b side by side, or w, b and v when output weights are
   * editable (two columns would split a unit's three sliders across rows, so those
   * stay one column until three fit).
   */
  @container (min-width: 28rem) {
    .sliders:not(.with-output) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 40rem) {
    .sliders.with-output {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .slider {
    display: grid;
    grid-template-columns: 2rem minmax(0, 1fr) 4.75rem;
    align-items: center;
    gap: 0.5rem;
  }
  label {
    font-weight: 600;
    font-style: italic;
    font-family: var(--relu-font-math, Georgia, 'Times New Roman', serif);
    font-size: 1.1rem;
    text-align: right;
  }
  label sub {
    font-style: normal;
    font-size: 0.7em;
  }
  input[type='range'] {
    width: 100%;
    min-width: 0;
    margin: 0;
    height: 2.75rem; /* a comfortable touch target */
    accent-color: var(--_accent);
    background: transparent;
    touch-action: pan-y;
  }
  input[type='number'] {
    width: 100%;
    font: inherit;
    font-variant-numeric: tabular-nums;
    padding: 0.35rem 0.4rem;
    border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 6px;
    background: transparent;
    color: inherit;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .feedback {
    margin-top: 0.75rem;
  }
  .error-line {
    display: grid;
    grid-template-columns: auto auto minmax(4rem, 1fr);
    align-items: center;
    gap: 0.6rem;
    font-size: 0.95rem;
  }
  abbr {
    text-decoration: none;
  }
  .error-value {
    font-variant-numeric: tabular-nums;
    font-weight: 650;
    min-width: 3.5em;
  }
  .error-bar {
    width: 100%;
    height: 0.5rem;
  }
  .error-bar .track {
    fill: color-mix(in srgb, currentColor 12%, transparent);
  }
  .error-bar .fill {
    fill: var(--relu-color-output, #ff9300);
    transition: width 0.15s ease-out;
  }
  .is-matched .error-bar .fill {
    fill: var(--_success);
  }
  .status {
    min-height: 1.5em;
    margin: 0.5rem 0 0;
    font-weight: 600;
    color: var(--_success);
  }
  .badge {
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    background: var(--_success);
    color: #fff;
    font-size: 0.85em;
    margin-right: 0.25em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  button {
    font: inherit;
    font-size: 0.95rem;
    min-height: 2.5rem;
    padding: 0.4rem 0.9rem;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .hints {
    margin: 0.75rem 0 0;
    padding-left: 1.4rem;
    line-height: 1.5;
  }
  .hints:empty {
    display: none;
  }
  .hints li + li {
    margin-top: 0.4rem;
  }
  .hints .solution {
    list-style: none;
    margin-left: -1.4rem;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, transparent);
  }
  @media (prefers-reduced-motion: reduce) {
    .figure-main,
    .error-bar .fill {
      transition: none;
    }
  }
  .figure {
    position: relative;
  }
  svg.handles {
    position: absolute;
    left: 0;
    top: 0;
    width: 100%;
    height: auto;
    overflow: visible;
    pointer-events: none;
  }
  .handle {
    pointer-events: all;
    cursor: grab;
    touch-action: none;
    fill: var(--plot-background);
    stroke: var(--relu-color-a, #ff40ff);
    stroke-width: 2.5;
  }
  .handle.slope {
    stroke: var(--relu-color-z, #0096ff);
  }
  .handle:active {
    cursor: grabbing;
  }
  .handle:focus {
    outline: none;
  }
  .handle:focus-visible {
    stroke: var(--_accent);
    stroke-width: 4;
  }
  .figure.is-on svg.plot {
    outline: 2px solid color-mix(in srgb, var(--relu-color-a, #ff40ff) 55%, transparent);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .loss {
    margin: 0.75rem 0 0;
    max-width: 20rem;
  }
  .loss figcaption {
    font-size: 0.8rem;
    opacity: 0.85;
  }
  .note-failed {
    border-left-color: var(--relu-color-output, #ff9300) !important;
  }
  .knot {
    --plot-line-width: 2;
  }
  .plot-point.knot {
    r: 3.5px;
  }
  @media (forced-colors: active) {
    .error-bar .fill {
      fill: Highlight;
    }
    .error-bar .track {
      fill: GrayText;
    }
    .is-matched .figure-main {
      box-shadow: none;
      outline: 2px solid Highlight;
    }
    .badge {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    input:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    .handle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .handle:focus-visible {
      stroke: Highlight;
    }
    .figure.is-on svg.plot {
      outline-color: Highlight;
    }
  }
`;
