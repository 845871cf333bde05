/**
 * Direct manipulation of a unit on its plot: a hinge handle (where the unit
 * wakes up, dragged along x) and a slope handle (dragged up and down), both
 * focusable sliders for the keyboard. Drawn in an svg laid over the plot,
 * with the plot's viewBox, so the plot itself stays a plain image.
 */

import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Frame } from '../../plot/frame.js';
import { place, type SliderRange } from '../../math/lesson.js';
import { tickStep } from '../../plot/ticks.js';
import { formatShort } from '../../plot/format.js';
import type { Translate } from '../strings.js';

export interface HandleUnit {
  readonly index: number;
  readonly w: number;
  readonly b: number;
  /** Which handles the learner may drag: the hinge moves b; the slope moves w (and b, about the hinge, unless `keepB`). */
  readonly hinge: boolean;
  readonly slope: boolean;
  /** b is locked: the slope handle turns the line about x = 0 instead of the hinge. */
  readonly keepB: boolean;
}

export interface HandleContext {
  readonly t: Translate;
  readonly locale: string | undefined;
  /** The sliders' range and step (w and b snap to it). */
  readonly range: SliderRange;
  /** A new w and b for the unit; `commit` on release or per key press (`burst`: presses on one handle in a row are one undo step). */
  readonly change: (index: number, w: number, b: number, commit: boolean, burst?: string) => void;
}

type Kind = 'hinge' | 'slope';

/**
 * A touch that starts on a handle drags it, not the page: Chromium does not honour
 * `touch-action` on SVG shapes and would take the gesture as a scroll (pointercancel).
 */
const holdTouch = (event: TouchEvent) => {
  if (event.cancelable) event.preventDefault();
};

/** Handles being dragged, with the unit's w and b before the drag (a cancelled drag goes back to them). */
const dragging = new WeakMap<Element, readonly [number, number]>();

/** Where the handles sit for a unit over the frame's x range. */
export function handleGeometry(f: Frame, w: number, b: number) {
  const [x0, x1] = f.x.domain;
  const hinge = w !== 0 ? -b / w : null;
  const hingeInside = hinge !== null && hinge >= x0 && hinge <= x1;
  // The slope handle sits at the end where the unit is on; the pivot is the hinge, else the other end.
  const slopeX = w < 0 ? x0 : x1;
  const pivot = hingeInside ? hinge : slopeX === x1 ? x0 : x1;
  return { hinge: hingeInside ? hinge : null, slopeX, pivot, z: (x: number) => w * x + b };
}

/** The new w, b when the slope handle is dragged to z = `zAtHandle`, keeping z at the pivot (at x = 0 when `keepB`). */
export function slopeTo(f: Frame, w: number, b: number, zAtHandle: number, keepB = false): [number, number] {
  const { slopeX, z } = handleGeometry(f, w, b);
  const pivot = keepB ? 0 : handleGeometry(f, w, b).pivot;
  if (slopeX === pivot) return [w, b];
  const newW = (zAtHandle - z(pivot)) / (slopeX - pivot);
  return [newW, z(pivot) - newW * pivot];
}

type HandleEvents = Record<'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel', (event: PointerEvent) => void> & { keydown: (event: KeyboardEvent) => void };

/** The slope a flat unit wakes with when its hinge handle is dropped or pressed: 1, or the nearest the range allows. */
const wakeSlope = (r: SliderRange) => place(r, 1);

/** The point a slope handle's key presses turn the line about, kept while the presses follow each other (so the hinge stays put, and a press and its opposite return exactly). */
const turning = new WeakMap<Element, { readonly w: number; readonly b: number; readonly x: number; readonly z: number }>();

/** Where the hinge goes on a key press: `steps` x steps along (a round step near 1/30 of the range: 0.1 over 0 to 3), kept in view; a flat unit wakes with its hinge there. */
export function hingeKey(f: Frame, unit: Pick<HandleUnit, 'w' | 'b'>, r: SliderRange, steps: number): [number, number] {
  const [x0, x1] = f.x.domain;
  const w = unit.w !== 0 ? unit.w : wakeSlope(r);
  const hinge = unit.w !== 0 ? -unit.b / unit.w : x0;
  // A hinge out of view on the side pressed stays there; pressed the other way it comes in.
  if ((hinge < x0 && steps < 0) || (hinge > x1 && steps > 0)) return [unit.w, unit.b];
  const from = Math.min(x1, Math.max(x0, hinge));
  const to = Math.min(x1, Math.max(x0, from + steps * tickStep(f.x.domain, 30)));
  let b = place(r, -w * to);
  // b moves on its grid: when the step is finer than the grid allows, the next grid value that way.
  if (unit.w !== 0 && b === unit.b && to !== from) b = place(r, unit.b - Math.sign(steps) * Math.sign(w) * r.step);
  const at = -b / w;
  return at >= x0 - 1e-9 && at <= x1 + 1e-9 ? [w, b] : [unit.w, unit.b];
}

/** Keys: the hinge moves along x; the slope changes w by whole steps about the hinge (about x = 0 when b is locked). */
function keyHandler(f: Frame, unit: HandleUnit, c: HandleContext, kind: Kind) {
  return (event: KeyboardEvent) => {
    const sign = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    if (!sign || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const steps = sign * (event.shiftKey ? 10 : 1);
    const burst = `handle${unit.index}${kind}`;
    if (kind === 'hinge') return void c.change(unit.index, ...hingeKey(f, unit, c.range, steps), true, burst);
    const handle = event.currentTarget as Element;
    const last = turning.get(handle);
    const { pivot, z } = handleGeometry(f, unit.w, unit.b);
    const about = last && last.w === unit.w && last.b === unit.b ? last : { x: unit.keepB ? 0 : pivot, z: unit.keepB ? unit.b : z(pivot) };
    const w = place(c.range, unit.w + steps * c.range.step);
    const b = unit.keepB ? unit.b : place(c.range, about.z - w * about.x);
    turning.set(handle, { w, b, x: about.x, z: about.z });
    c.change(unit.index, w, b, true, burst);
  };
}

/** A handle's pointer and key listeners: a drag moves the unit, a release commits, a cancelled gesture goes back. */
function handleEvents(f: Frame, unit: HandleUnit, c: HandleContext, kind: Kind): HandleEvents {
  const [x0, x1] = f.x.domain;
  const move = (event: PointerEvent, commit: boolean) => {
    const box = (event.currentTarget as SVGElement).ownerSVGElement!.getBoundingClientRect();
    const x = f.x.invert(((event.clientX - box.left) / box.width) * f.width);
    const y = f.y.invert(((event.clientY - box.top) / box.height) * f.height);
    // A flat unit's hinge, dropped at x, wakes the unit with its hinge there.
    const w = unit.w !== 0 ? unit.w : wakeSlope(c.range);
    if (kind === 'hinge') c.change(unit.index, w, -w * Math.min(x1, Math.max(x0, x)), commit);
    else c.change(unit.index, ...slopeTo(f, unit.w, unit.b, y, unit.keepB), commit);
  };
  return {
    pointerdown: (event) => {
      event.preventDefault();
      const handle = event.currentTarget as Element;
      try {
        handle.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic event has no live pointer to capture; dragging still works.
      }
      dragging.set(handle, [unit.w, unit.b]);
    },
    pointermove: (event) => void (dragging.has(event.currentTarget as Element) && move(event, false)),
    pointerup: (event) => void (dragging.delete(event.currentTarget as Element) && move(event, true)),
    // The browser took the gesture (a scroll, a system gesture): back to where the drag began, nothing committed.
    pointercancel: (event) => {
      const before = dragging.get(event.currentTarget as Element);
      if (dragging.delete(event.currentTarget as Element) && before) c.change(unit.index, before[0], before[1], false);
    },
    keydown: keyHandler(f, unit, c, kind),
  };
}

/**
 * The hinge handle. It stays (and stays focusable) when the hinge is out of view or the unit
 * flat: drawn hollow at the edge, saying so. Each handle's touch target is an invisible disc 48 px
 * across (at least 44 once the plot is scaled) around a small visible mark.
 */
function hingeHandle(f: Frame, unit: HandleUnit, c: HandleContext, hinge: number | null) {
  const n = (v: number) => formatShort(v, 2, c.locale);
  const [x0, x1] = f.x.domain;
  const e = handleEvents(f, unit, c, 'hinge');
  const hingeX = hinge ?? (unit.w === 0 ? x0 : Math.min(x1, Math.max(x0, -unit.b / unit.w)));
  // Out of view, the hollow mark sits just inside the edge, clear of the axis and its tick labels.
  const inset = hinge !== null ? 0 : hingeX <= x0 ? 10 : hingeX >= x1 ? -10 : 0;
  const text = hinge === null ? c.t('handle.noHinge', { index: unit.index, b: n(unit.b) }) : c.t('handle.hingeAt', { index: unit.index, x: n(hinge), b: n(unit.b) });
  return svg`<g class="handle hinge ${hinge === null ? 'outside' : ''}" part="handle" role="slider" tabindex="0"
      aria-label=${c.t('handle.hinge', { index: unit.index })}
      aria-orientation="horizontal"
      aria-valuemin=${x0} aria-valuemax=${x1} aria-valuenow=${hingeX}
      aria-valuetext=${text}
      transform="translate(${f.x(hingeX) + inset} ${f.y(0)})"
      @pointerdown=${e.pointerdown} @pointermove=${e.pointermove}
      @pointerup=${e.pointerup} @pointercancel=${e.pointercancel} @touchstart=${holdTouch}
      @keydown=${e.keydown}><circle class="hit" r="24"></circle><circle class="mark" r="8"></circle></g>`;
}

/** The slope handle, at the right end of the unit's z line (kept inside the plot). */
function slopeHandle(f: Frame, unit: HandleUnit, c: HandleContext) {
  const n = (v: number) => formatShort(v, 2, c.locale);
  const { slopeX, z } = handleGeometry(f, unit.w, unit.b);
  const [y0, y1] = f.y.domain;
  const zHandle = Math.min(Math.max(z(slopeX), Math.min(y0, y1)), Math.max(y0, y1));
  const e = handleEvents(f, unit, c, 'slope');
  return svg`<g class="handle slope" part="handle" role="slider" tabindex="0"
      aria-label=${c.t('handle.slope', { index: unit.index })}
      aria-orientation="vertical"
      aria-valuemin=${c.range.min} aria-valuemax=${c.range.max} aria-valuenow=${unit.w}
      aria-valuetext=${c.t('handle.slopeIs', { index: unit.index, w: n(unit.w), b: n(unit.b) })}
      transform="translate(${f.x(slopeX)} ${f.y(zHandle)})"
      @pointerdown=${e.pointerdown} @pointermove=${e.pointermove}
      @pointerup=${e.pointerup} @pointercancel=${e.pointercancel} @touchstart=${holdTouch}
      @keydown=${e.keydown}><circle class="hit" r="24"></circle><rect class="mark" x="-7" y="-7" width="14" height="14" rx="3"></rect></g>`;
}

/** Unit `unit.index`'s drag handles: the hinge (moves b) and the slope (moves w), as the locks allow. */
export function handles(f: Frame, unit: HandleUnit, c: HandleContext): SVGTemplateResult {
  const { hinge } = handleGeometry(f, unit.w, unit.b);
  return svg`${unit.hinge ? hingeHandle(f, unit, c, hinge) : nothing}${unit.slope ? slopeHandle(f, unit, c) : nothing}`;
}
