import { css } from 'lit';

/**
 * Lengths and container-query breakpoints are in em of the host's font size, as in
 * shared.styles.ts, never rem: a page's 62.5% root font size must not move the
 * breakpoints or shrink the text. labColumns() in lab-view.ts mirrors the layout.
 */
export const labStyles = css`
  .lab {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'main' 'controls' 'units';
    gap: 1em;
  }
  @container (min-width: 40em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      grid-template-areas: 'main units' 'controls units';
      grid-template-rows: auto 1fr;
      column-gap: 1.25em;
    }
  }
  .layout.no-units {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'main' 'controls';
  }
  /* hide="main": the controls (and the unit plots, beside them when there is room). */
  .layout.no-main {
    grid-template-rows: auto;
    grid-template-areas: 'controls' 'units';
  }
  @container (min-width: 40em) {
    .layout.no-main {
      grid-template-areas: 'controls units';
    }
  }
  .layout.no-main.no-units {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'controls';
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
    gap: 0.5em;
    align-content: start;
    min-width: 0;
  }
  .controls {
    grid-area: controls;
    min-width: 0;
    /* The slider grid follows the width of its own column, not the whole lab's. */
    container-type: inline-size;
  }
  /* The output formula may be long (many units, output weights): it breaks between terms. */
  .equation.output {
    white-space: normal;
  }
  .equation.output .term {
    white-space: nowrap;
  }
  .is-matched .series-output {
    --plot-dash: none;
  }
  /* Matched, the output lies on the target: the target is drawn wider beneath it, so both stay visible. */
  .network {
    margin: 0.75em 0 0;
  }
  .network-title {
    font-weight: 600;
    font-size: 0.9em;
    text-align: center;
  }
  .network-plot {
    display: block;
    direction: ltr; /* a diagram of x → units → ŷ, left to right in every language */
    overflow: visible;
    font-family: var(--plot-font, inherit);
    width: 100%;
    max-width: 34em;
    height: auto;
    margin: 0 auto;
  }
  /* Narrow (under 360 px), the formulas follow the diagram as a list, left to right as in it. */
  .network-list {
    direction: ltr;
    list-style: none;
    width: fit-content;
    margin: 0.25em auto 0;
    padding: 0;
    text-align: left;
  }
  .network-edge {
    stroke: color-mix(in srgb, currentColor 35%, transparent);
    stroke-width: 1.25;
  }
  .network-node {
    fill: var(--plot-background, Canvas);
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .network-node.is-fixed {
    stroke-dasharray: 3 2;
  }
  .network-key {
    font-weight: 400;
  }
  .network-label {
    font-family: var(--relu-font-math, Georgia, 'Times New Roman', serif);
    font-style: italic;
    font-size: 15px;
    fill: currentColor;
  }
  .network-formula,
  .network-weight {
    font-family: var(--relu-font-math, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    font-size: 12px;
    fill: currentColor;
  }
  /* An output weight sits where the edges into Σ cross: a halo of the background keeps it legible. */
  .network-weight {
    paint-order: stroke;
    stroke: var(--plot-background, Canvas);
    stroke-width: 3px;
  }
  .network-formula.is-fixed {
    opacity: 0.8;
  }
  .network-weight:not(.is-fixed) {
    fill: var(--_accent);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .network-edge,
    .network-node {
      stroke: CanvasText;
    }
    .network-node {
      fill: Canvas;
    }
    .network-label,
    .network-formula,
    .network-weight,
    .network-weight:not(.is-fixed) {
      fill: CanvasText;
    }
  }
  .segment-number {
    font-weight: 700;
  }
  .is-matched .series-target {
    --plot-line-width: 7;
  }
  .sliders {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35em 1.25em;
  }
  /*
   * One row per unit: w and b side by side, or w, b and v when output weights are
   * editable (two columns would split a unit's three sliders across rows, so those
   * stay one column until three fit).
   */
  @container (min-width: 28em) {
    .sliders:not(.with-output) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 40em) {
    .sliders.with-output {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  /* A wide lab: each unit's group of rows takes no box; its rows sit in the sliders' grid. */
  .unit-rows:not(.unit-group) {
    display: contents;
  }
  /* A narrow lab: each free unit's sliders with its plot right under them. */
  .sliders.grouped {
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .unit-group {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35em 1.25em;
    padding-top: 0.5em;
    border-top: 1px solid color-mix(in srgb, currentColor 15%, transparent);
  }
  .unit-group > .figure {
    grid-column: 1 / -1;
  }
  @container (min-width: 28em) {
    .sliders.grouped {
      grid-template-columns: minmax(0, 1fr);
    }
    .unit-group:not(.with-output) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .units:empty {
    display: none;
  }
  .slider {
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr) 5.25em;
    align-items: center;
    gap: 0.5em;
  }
  label {
    font-weight: 600;
    font-style: italic;
    font-family: var(--relu-font-math, Georgia, 'Times New Roman', serif);
    font-size: 1.1em;
    text-align: end;
  }
  label sub {
    font-style: normal;
    font-size: 0.7em;
  }
  /* Sliders go left to right as the plots' x does, on a dir="rtl" page too. */
  input[type='range'] {
    direction: ltr;
    width: 100%;
    min-width: 0;
    margin: 0;
    font-size: inherit; /* not the form controls' 13.33px: the height is in the host's em */
    height: 2.75em; /* a comfortable touch target */
    accent-color: var(--_accent);
    background: transparent;
    touch-action: pan-y;
  }
  /* No spin buttons (the slider and the arrow keys step): the box keeps its width for the value, '-3.686' after a fit. */
  /* Numbers read left to right in every language ("−2.148", never "2.148−"), aligned to the line's start. */
  input[role='spinbutton'] {
    appearance: textfield;
    direction: ltr;
    text-align: left;
    width: 100%;
    font: inherit;
    font-variant-numeric: tabular-nums;
    padding: 0.35em 0.4em;
    border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 6px;
    background: transparent;
    color: inherit;
  }
  /* On a right-to-left page the value sits at the box's right, where that page's text starts. */
  input[role='spinbutton']:dir(rtl) {
    text-align: right;
  }
  input[role='spinbutton']::-webkit-inner-spin-button,
  input[role='spinbutton']::-webkit-outer-spin-button {
    appearance: none;
    margin: 0;
  }
  /* A locked parameter reads as a value, not a field: no box, a lock, a greyed track. */
  .slider.is-locked {
    position: relative;
  }
  .slider.is-locked input[role='spinbutton'] {
    border-color: transparent;
    padding-inline-end: 1.3em;
    font-weight: 600;
  }
  /* The box reads left to right, but on a right-to-left page its padlock sits at its left. */
  .slider.is-locked input[role='spinbutton']:dir(rtl) {
    padding-inline: 1.3em 0.4em;
  }
  .slider.is-locked input[type='range'] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .lock {
    position: absolute;
    inset-inline-end: 0.35em;
    top: 50%;
    width: 0.75em;
    height: 0.75em;
    translate: 0 -50%;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    opacity: 0.7;
    pointer-events: none;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .feedback {
    margin-top: 0.75em;
  }
  .error-line {
    display: grid;
    grid-template-columns: auto auto minmax(calc(4em / 0.95), 1fr);
    align-items: center;
    gap: calc(0.6em / 0.95);
    font-size: 0.95em;
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
    height: calc(0.5em / 0.95); /* inside .error-line */
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
    margin: 0.5em 0 0;
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
    margin-inline-end: 0.25em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  button {
    /* Also inside the "More" disclosure, whose content slot does not pass box-sizing down. */
    box-sizing: border-box;
    font: inherit;
    font-size: 0.95em;
    min-height: calc(2.5em / 0.95);
    padding: calc(0.4em / 0.95) calc(0.9em / 0.95);
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  /* The "Show data" toggles are buttons too, at 0.8 host em: the same 2.5 host em tall. */
  .table-toggle {
    min-height: calc(2.5em / 0.8);
  }
  button:hover,
  summary:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  button.primary {
    background: var(--_accent);
    color: var(--plot-background, #fff);
    font-weight: 600;
  }
  button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, currentColor);
  }
  /* Dimmed, but still seen (the light accent at 55 %: about 2.3:1 on white, from 1.8:1 at 40 %). */
  button:disabled {
    opacity: 0.55;
    cursor: default;
    background: transparent;
  }
  .history {
    display: inline-flex;
    gap: 0.25em;
  }
  .icon-button {
    width: calc(2.75em / 0.95); /* a button */
    min-height: calc(2.75em / 0.95);
    padding: 0;
    display: inline-grid;
    place-items: center;
  }
  .icon {
    width: calc(1.1em / 0.95); /* inside a button */
    height: calc(1.1em / 0.95);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
  }
  .icon.flip {
    transform: scaleX(-1);
  }
  /* "More": a native disclosure; its actions wrap onto a row of their own when open. */
  .more {
    display: contents;
  }
  summary {
    list-style: none;
    display: inline-flex;
    align-items: center;
    gap: calc(0.35em / 0.95);
    font-size: 0.95em;
    min-height: calc(2.5em / 0.95);
    padding: calc(0.4em / 0.95) calc(0.9em / 0.95);
    border-radius: 999px;
    border: 1px solid var(--_accent);
    color: var(--_accent);
    cursor: pointer;
    box-sizing: border-box;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
    translate: 0 -0.15em;
  }
  .more[open] summary::after {
    rotate: 225deg;
    translate: 0 0.15em;
  }
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .more:not([open]) .more-items {
    display: none;
  }
  .more-items {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Step and its learning rate: one group that wraps as a whole. */
  .step-controls {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .step-controls .rate {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.9em;
  }
  .step-controls input {
    width: 5.5em;
    font: inherit;
  }
  .hints {
    margin: 0.75em 0 0;
    padding-inline-start: 1.4em;
    line-height: 1.5;
  }
  .hints:empty,
  .hints[hidden] {
    display: none;
  }
  .hints li + li {
    margin-top: 0.4em;
  }
  .hints .solution {
    list-style: none;
    margin-inline-start: -1.4em;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_success);
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
  /* Hidden overflow: a handle's touch disc at the plot's edge stops there, not over the page beside the element. */
  svg.handles {
    position: absolute;
    left: 0;
    top: 0;
    width: 100%;
    height: auto;
    overflow: hidden;
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
  /* A hinge out of view (or a flat unit's): hollow at the edge, still there for the keyboard. */
  .handle.outside .mark {
    stroke-dasharray: 3 3;
    opacity: 0.6;
  }
  /* The touch target around each handle's mark: 44 × 44 px, unseen. */
  .handle .hit {
    fill: transparent;
    stroke: none;
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
    margin: 0.75em 0 0;
    max-width: 20em;
  }
  .loss figcaption {
    font-size: 0.8em;
    opacity: 0.85;
  }
  /* A fit that stopped without matching, no solution, or a gradient step: the output's colour, never the success green. */
  .hints .note-failed,
  .hints .note-step {
    border-left-color: var(--relu-color-output, #ff9300);
    background: color-mix(in srgb, var(--relu-color-output, #ff9300) 8%, transparent);
  }
  .knot {
    --plot-line-width: 2;
  }
  .plot-point.knot {
    r: 3.5px;
  }
  /* Data points: dots, no line through them; the legend's swatch is three dots. */
  .plot-point.data-point {
    r: 2.5px;
    stroke-width: 1;
    fill: var(--relu-color-target, #0096ff);
    fill-opacity: 0.4;
  }
  .plot-lines .is-dots {
    display: none;
  }
  .plot-legend .plot-line.is-dots {
    stroke-dasharray: 0 8;
    stroke-linecap: round;
    stroke-width: 5;
  }
  .plot-legend .plot-casing.is-dots {
    display: none;
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
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
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

  /*
   * Print: what the learner did, without the means of doing it. No buttons or drag handles;
   * each slider becomes its value ("w1 = 1"); the output stays dashed when matched so it is
   * told apart from the target without colour; no focus rings or highlighted units; the
   * matched ring drawn inside the figure.
   */
  @media print {
    .buttons,
    svg.handles,
    svg.lock {
      display: none;
    }
    .is-matched .series-output {
      --plot-dash: 9 5;
    }
    /* Inset: a ring outside the box would be cut off by a page break above the lab. */
    .is-matched .figure-main {
      box-shadow: inset 0 0 0 2px var(--_success);
      transition: none;
    }
    .figure.is-on svg.plot,
    input:focus-visible,
    button:focus-visible {
      outline: none;
    }
    .slider {
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0.35em;
    }
    label::after {
      content: '\\00a0=';
      font-style: normal;
    }
    input[type='range'] {
      display: none;
    }
    input[role='spinbutton'] {
      appearance: textfield;
      border: none;
      padding: 0;
      font-size: 1.05em;
    }
    input[role='spinbutton']::-webkit-inner-spin-button,
    input[role='spinbutton']::-webkit-outer-spin-button {
      appearance: none;
      margin: 0;
    }
  }
`;
