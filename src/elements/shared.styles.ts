import { css } from 'lit';
import { plotStyles } from '../plot/styles.js';

/**
 * Styles every relu-lab element shares: the documented `--relu-*` tokens,
 * mapped onto the renderer's generic `--plot-*` properties.
 */
export const sharedStyles = [
  plotStyles,
  css`
    :host {
      --relu-color-target: #0096ff;
      --relu-color-output: #ff9300;
      --relu-color-z: #0096ff;
      --relu-color-a: #ff40ff;
      --relu-color-curve: #0096ff;
      display: block;
      box-sizing: border-box;
      font-family: var(--relu-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      color: var(--relu-color-text, inherit);
      background: var(--relu-background, transparent);
      --plot-font: var(--relu-font, inherit);
      --plot-text: var(--relu-color-text, currentColor);
      --plot-grid: var(--relu-color-grid, color-mix(in srgb, currentColor 12%, transparent));
      --plot-axis: var(--relu-color-axis, color-mix(in srgb, currentColor 45%, transparent));
      --plot-zero: var(--relu-color-zero, color-mix(in srgb, currentColor 70%, transparent));
      --plot-background: var(--relu-surface, Canvas);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    svg.plot:focus {
      outline: none;
    }
    svg.plot:focus-visible {
      outline: 2px solid var(--relu-color-accent, #0a6bd6);
      outline-offset: 2px;
      border-radius: 4px;
    }
  `,
];
