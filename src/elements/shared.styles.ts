import { css } from 'lit';
import { plotStyles } from '../plot/styles.js';

/** The dark theme's defaults; a page's `--relu-*` properties still win. */
const dark = css`
  --_relu-text: #ecebe8;
  --_relu-background: #17181c;
  --_relu-surface: #17181c;
  --_relu-accent: #6cb6ff;
  --_relu-success: #4ac26b;
  /* The notebook's colours reach 3:1 on a dark background on their own. */
  --_relu-casing: transparent;
  color-scheme: dark;
  color: var(--relu-color-text, var(--_relu-text));
  background: var(--relu-background, var(--_relu-background));
`;

/**
 * Styles every relu-lab element shares: the documented `--relu-*` tokens
 * (read with their defaults where used, so a page may set them on any
 * ancestor), mapped onto the renderer's generic `--plot-*` properties; the
 * light and dark themes; series colours and dashes; forced colours.
 */
export const sharedStyles = [
  plotStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--relu-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      color: var(--relu-color-text);
      background: var(--relu-background);
      --_accent: var(--relu-color-accent, var(--_relu-accent, #0a6bd6));
      --_success: var(--relu-color-success, var(--_relu-success, #1a7f37));
      --plot-font: var(--relu-font, inherit);
      --plot-text: currentColor;
      --plot-grid: var(--relu-color-grid, color-mix(in srgb, currentColor 12%, transparent));
      --plot-axis: var(--relu-color-axis, color-mix(in srgb, currentColor 45%, transparent));
      --plot-zero: var(--relu-color-zero, color-mix(in srgb, currentColor 70%, transparent));
      --plot-background: var(--relu-surface, var(--_relu-surface, Canvas));
      --plot-casing: var(--relu-color-casing, var(--_relu-casing));
    }
    :host([theme='dark']) {
      ${dark}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${dark}
      }
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [hidden] {
      display: none !important;
    }

    /* Series: colour and dash, so no line is told apart by colour alone. */
    .series-target {
      --plot-line: var(--relu-color-target, #0096ff);
      --plot-line-width: 3;
    }
    .series-output {
      --plot-line: var(--relu-color-output, #ff9300);
      --plot-dash: 9 5;
      --plot-line-width: 2.5;
    }
    .series-z {
      --plot-line: var(--relu-color-z, #0096ff);
      --plot-dash: 6 4;
      --plot-line-width: 1.75;
    }
    .series-a,
    .transition {
      --plot-line: var(--relu-color-a, #ff40ff);
    }
    .series-curve {
      --plot-line: var(--relu-color-curve, #0096ff);
    }

    svg.plot {
      touch-action: pan-y;
    }
    svg.plot:focus {
      outline: none;
    }
    svg.plot:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
      border-radius: 4px;
    }
    figure {
      margin: 0;
      min-width: 0;
    }
    .caption {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: baseline;
      gap: 0.15rem 0.6rem;
      margin: 0.15rem 0 0;
      font-size: 0.85rem;
      line-height: 1.35;
      text-align: center;
    }
    .table-toggle {
      font: inherit;
      font-size: 0.8rem;
      padding: 0.1rem 0.2rem;
      border: none;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 2px;
      cursor: pointer;
    }
    .table-toggle:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      margin: 0.4rem auto 0;
      border-collapse: collapse;
      font-size: 0.85rem;
      font-variant-numeric: tabular-nums;
    }
    caption {
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      padding: 0.15rem 0.6rem;
      text-align: right;
      border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent);
    }
    thead th {
      border-bottom-color: color-mix(in srgb, currentColor 45%, transparent);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      :host {
        --plot-casing: Canvas;
      }
      svg.plot:focus-visible,
      .table-toggle:focus-visible {
        outline-color: Highlight;
      }
      .table-toggle {
        color: LinkText;
      }
    }
  `,
];
