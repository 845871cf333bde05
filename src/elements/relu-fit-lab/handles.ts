/**
 * Direct manipulation of a unit on its plot: a hinge handle (where the unit
 * wakes up, dragged along x) and a slope handle (dragged up and down), both
 * focusable sliders for the keyboard. Drawn in an svg laid over the plot,
 * with the plot's viewBox, so the plot itself stays a plain image.
 */

import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Frame } from '../../plot/frame.js';
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
  /** Slider step for w, and the w range. */
  readonly step: number;
  readonly min: number;
  readonly max: number;
  /** A new w and b for the unit; `commit` on release or per key press. */
  readonly change: (index: number, w: number, b: number, commit: boolean) => void;
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

export function handles(f: Frame, unit: HandleUnit, c: HandleContext): SVGTemplateResult {
  const { hinge, slopeX, z } = handleGeometry(f, unit.w, unit.b);
  const n = (v: number) => formatShort(v, 2, c.locale);
  const [x0, x1] = f.x.domain;
  const [y0, y1] = f.y.domain;
  const zHandle = Math.min(Math.max(z(slopeX), Math.min(y0, y1)), Math.max(y0, y1));

  const toData = (event: PointerEvent) => {
    const overlay = (event.currentTarget as SVGElement).ownerSVGElement!;
    const box = overlay.getBoundingClientRect();
    const ux = ((event.clientX - box.left) / box.width) * f.width;
    const uy = ((event.clientY - box.top) / box.height) * f.height;
    return [f.x.invert(ux), f.y.invert(uy)] as const;
  };
  const move = (kind: Kind, event: PointerEvent, commit: boolean) => {
    const [x, y] = toData(event);
    if (kind === 'hinge') {
      const at = Math.min(x1, Math.max(x0, x));
      c.change(unit.index, unit.w, -unit.w * at, commit);
    } else {
      const [w, b] = slopeTo(f, unit.w, unit.b, y, unit.keepB);
      c.change(unit.index, w, b, commit);
    }
  };
  const down = () => (event: PointerEvent) => {
    event.preventDefault();
    const handle = event.currentTarget as Element;
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic event has no live pointer to capture; dragging still works.
    }
    dragging.set(handle, [unit.w, unit.b]);
  };
  const pointerMove = (kind: Kind) => (event: PointerEvent) => {
    if (dragging.has(event.currentTarget as Element)) move(kind, event, false);
  };
  const up = (kind: Kind) => (event: PointerEvent) => {
    if (!dragging.delete(event.currentTarget as Element)) return;
    move(kind, event, true);
  };
  // The browser took the gesture (a scroll, a system gesture): back to where the drag began, nothing committed.
  const cancel = (event: PointerEvent) => {
    const before = dragging.get(event.currentTarget as Element);
    if (!dragging.delete(event.currentTarget as Element) || !before) return;
    c.change(unit.index, before[0], before[1], false);
  };
  // Keys change one parameter by whole slider steps, so a press and its opposite return exactly.
  const key = (kind: Kind) => (event: KeyboardEvent) => {
    const sign = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    if (!sign) return;
    event.preventDefault();
    const delta = sign * (event.shiftKey ? 10 : 1) * c.step;
    // The hinge: b, in the direction that moves the hinge (−b/w) along the arrow (up, for a flat unit).
    if (kind === 'hinge') c.change(unit.index, unit.w, unit.b - (unit.w === 0 ? -delta : Math.sign(unit.w) * delta), true);
    // The slope: w alone (the hinge moves as −b/w).
    else c.change(unit.index, unit.w + delta, unit.b, true);
  };
  const common = (kind: Kind) => ({
    pointerdown: down(),
    pointermove: pointerMove(kind),
    pointerup: up(kind),
    pointercancel: cancel,
    keydown: key(kind),
  });
  const hingeEvents = common('hinge');
  const slopeEvents = common('slope');
  // Each handle's touch target is an invisible disc 48 px across (at least 44 once the plot is scaled) around a small visible mark.
  // The hinge handle stays (and stays focusable) when the hinge is out of view or the unit flat:
  // drawn hollow at the edge, saying so.
  const hingeX = hinge ?? (unit.w === 0 ? x0 : Math.min(x1, Math.max(x0, -unit.b / unit.w)));
  const bText = n(unit.b);
  return svg`
    ${unit.hinge
      ? svg`<g class="handle hinge ${hinge === null ? 'outside' : ''}" part="handle" role="slider" tabindex="0"
          aria-label=${c.t('handle.hinge', { index: unit.index })}
          aria-orientation="horizontal"
          aria-valuemin=${x0} aria-valuemax=${x1} aria-valuenow=${hingeX}
          aria-valuetext=${hinge === null ? c.t('handle.noHinge', { index: unit.index, b: bText }) : c.t('handle.hingeAt', { index: unit.index, x: n(hinge), b: bText })}
          transform="translate(${f.x(hingeX)} ${f.y(0)})"
          @pointerdown=${hingeEvents.pointerdown} @pointermove=${hingeEvents.pointermove}
          @pointerup=${hingeEvents.pointerup} @pointercancel=${hingeEvents.pointercancel} @touchstart=${holdTouch}
          @keydown=${hingeEvents.keydown}><circle class="hit" r="24"></circle><circle class="mark" r="8"></circle></g>`
      : nothing}
    ${unit.slope
      ? svg`<g class="handle slope" part="handle" role="slider" tabindex="0"
          aria-label=${c.t('handle.slope', { index: unit.index })}
          aria-orientation="vertical"
          aria-valuemin=${c.min} aria-valuemax=${c.max} aria-valuenow=${unit.w}
          aria-valuetext=${c.t('handle.slopeIs', { index: unit.index, w: n(unit.w), b: bText })}
          transform="translate(${f.x(slopeX)} ${f.y(zHandle)})"
          @pointerdown=${slopeEvents.pointerdown} @pointermove=${slopeEvents.pointermove}
          @pointerup=${slopeEvents.pointerup} @pointercancel=${slopeEvents.pointercancel} @touchstart=${holdTouch}
          @keydown=${slopeEvents.keydown}><circle class="hit" r="24"></circle><rect class="mark" x="-7" y="-7" width="14" height="14" rx="3"></rect></g>`
      : nothing}`;
}
