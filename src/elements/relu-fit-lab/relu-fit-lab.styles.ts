import { css } from 'lit';

export const labStyles = css`
  :host {
    --relu-lab-accent: var(--relu-color-accent, #0a6bd6);
    --relu-lab-success: var(--relu-color-success, #1a7f37);
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
      column-gap: 1.25rem;
    }
  }
  figure.main {
    grid-area: main;
    margin: 0;
    min-width: 0;
    border-radius: 8px;
    transition: box-shadow 0.3s ease;
  }
  .is-matched figure.main {
    box-shadow: 0 0 0 2px var(--relu-lab-success);
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
  }
  .series-target {
    --plot-line: var(--relu-color-target);
    --plot-line-width: 3;
  }
  .series-output {
    --plot-line: var(--relu-color-output);
    --plot-dash: 9 5;
    --plot-line-width: 2.5;
  }
  .is-matched .series-output {
    --plot-dash: none;
  }
  .sliders {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35rem 1.25rem;
  }
  @container (min-width: 34rem) {
    .sliders {
      grid-template-columns: repeat(2, minmax(0, 1fr));
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
    accent-color: var(--relu-lab-accent);
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
    outline: 2px solid var(--relu-lab-accent);
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
    fill: var(--relu-color-output);
    transition: width 0.15s ease-out;
  }
  .is-matched .error-bar .fill {
    fill: var(--relu-lab-success);
  }
  .status {
    min-height: 1.5em;
    margin: 0.5rem 0 0;
    font-weight: 600;
    color: var(--relu-lab-success);
  }
  .badge {
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    background: var(--relu-lab-success);
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
    border: 1px solid var(--relu-lab-accent);
    background: transparent;
    color: var(--relu-lab-accent);
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--relu-lab-accent) 10%, transparent);
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
    border-left: 3px solid var(--relu-lab-success);
    background: color-mix(in srgb, var(--relu-lab-success) 8%, transparent);
  }
  @media (prefers-reduced-motion: reduce) {
    figure.main,
    .error-bar .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .error-bar .fill {
      fill: Highlight;
    }
  }
`;
