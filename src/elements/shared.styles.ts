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
      /*
       * Text properties a page's styles would pass down into the element and that change
       * what it says ("Ŷ (OUTPUT)") or how it is laid out: back to what a default page gives,
       * so a plain page renders exactly as before. The font family, font size and colour
       * still come from the page; a page may still set any of these on the element itself.
       */
      font-style: normal;
      font-weight: normal;
      font-variant: normal;
      font-stretch: normal;
      font-kerning: auto;
      font-feature-settings: normal;
      font-variation-settings: normal;
      line-height: normal;
      text-transform: none;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-align-last: auto;
      text-indent: 0;
      text-shadow: none;
      text-emphasis: none;
      white-space: normal;
      text-wrap: wrap;
      word-break: normal;
      overflow-wrap: normal;
      line-break: auto;
      hyphens: manual;
      writing-mode: horizontal-tb;
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

    /* Plots read left to right on a right-to-left page too (dir="rtl"): x grows to the right. */
    svg.plot {
      touch-action: pan-y;
      direction: ltr;
    }
    svg.plot:focus {
      outline: none;
    }
    svg.plot:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
      border-radius: 4px;
    }
    .figure {
      margin: 0;
      min-width: 0;
    }
    /*
     * Lengths are in em of the host's font size (inherited from the page, or set on the
     * element: relu-fit-lab { font-size: 18px }), never rem: the user's font-size setting
     * and zoom reach the element through the page, but a page's html { font-size: 62.5% }
     * does not shrink its text to 10 px. A rule that scales its own font writes its other
     * lengths in the host's em, divided by that scale: calc(0.6em / 0.85) is 0.6 host em.
     */
    .caption {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: baseline;
      gap: calc(0.15em / 0.85) calc(0.6em / 0.85);
      margin: calc(0.15em / 0.85) 0 0;
      font-size: 0.85em;
      line-height: 1.35;
      text-align: center;
    }
    .table-toggle {
      font: inherit;
      font-size: calc(0.8em / 0.85);
      padding: calc(0.1em / 0.8) calc(0.2em / 0.8);
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
      margin: calc(0.4em / 0.85) auto 0;
      border-collapse: collapse;
      font-size: 0.85em;
      font-variant-numeric: tabular-nums;
    }
    caption {
      font-weight: 600;
      padding-bottom: calc(0.25em / 0.85);
    }
    th,
    td {
      padding: calc(0.15em / 0.85) calc(0.6em / 0.85);
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

    /*
     * Print: a handout. Light whatever the theme (a dark lab would print light text on white
     * paper), colours as they are (backgrounds too), series darker so they stay apart in grey
     * (they differ in dash as well), nothing to click, and a plot never split across pages.
     */
    @media print {
      :host,
      :host(:not([theme='light'])) {
        --_relu-text: initial;
        --_relu-background: initial;
        --_relu-surface: initial;
        --_relu-accent: initial;
        --_relu-success: initial;
        --_relu-casing: initial;
        color-scheme: light;
        color: var(--relu-color-text);
        background: var(--relu-background);
        -webkit-print-color-adjust: exact;
        print-color-adjust: exact;
        break-inside: avoid;
      }
      .figure {
        break-inside: avoid;
      }
      .series-target {
        --plot-line: color-mix(in srgb, var(--relu-color-target, #0096ff) 70%, black);
      }
      .series-output {
        --plot-line: color-mix(in srgb, var(--relu-color-output, #ff9300) 70%, black);
      }
      .series-z {
        --plot-line: color-mix(in srgb, var(--relu-color-z, #0096ff) 70%, black);
      }
      .series-a,
      .transition {
        --plot-line: color-mix(in srgb, var(--relu-color-a, #ff40ff) 70%, black);
      }
      .series-curve {
        --plot-line: color-mix(in srgb, var(--relu-color-curve, #0096ff) 70%, black);
      }
      .table-toggle {
        display: none;
      }
      svg.plot:focus-visible {
        outline: none;
      }
    }
  `,
];
