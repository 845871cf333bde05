// Compiled by `npm run typecheck` (never run): the framework typings accept what they should
// and reject what they should not.
import type {} from '../../src/jsx.js';

export const ok = (
  <relu-fit-lab
    w1={1}
    target="0,2 1,0 2,1 3,4"
    editableOutput
    onrelu-match={(event) => console.log(event.detail.error.toFixed(3), event.detail.units.length)}
  />
);
export const trio = <relu-trio activations="relu gelu" xMin={-3} />;
export const plot = <relu-unit-plot for="lab" unit={1} />;

// @ts-expect-error w1 is a number
export const wrong = <relu-fit-lab w1="one" />;
// @ts-expect-error the event detail has no such field
export const wrongEvent = <relu-fit-lab onrelu-match={(event) => event.detail.nope} />;
