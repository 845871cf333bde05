import { css } from 'lit';

/**
 * The challenge sequence's heading, prompt, list, its "Next challenge" button and the closing
 * message (challenge-view.ts). Lengths in em of the host, as in relu-fit-lab.styles.ts.
 */
export const challengeStyles = css`
  .challenge {
    margin: 0 0 0.75em;
    font-size: 1.15em;
    font-weight: 650;
    line-height: 1.3;
  }
  /* A tab stop (where in the sequence the learner is); focused from script after "Next challenge" only when no slider can take the focus. */
  .challenge:focus:not(:focus-visible) {
    outline: none;
  }
  .challenge:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .challenge-solved {
    margin-inline-start: 0.25em;
    font-size: calc(0.9em / 1.15);
    font-weight: 600;
    color: var(--_success);
  }
  .challenge-prompt {
    margin: -0.5em 0 0.75em;
  }
  .challenge-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .challenge-list button {
    min-height: 2.75em;
    padding: 0.25em 0.6em;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: 0.4em;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .challenge-list button[aria-current] {
    border-color: var(--_accent);
    font-weight: 650;
  }
  .challenge-list .tick {
    color: var(--_success);
  }
  .challenge-next {
    margin-top: 0.5em;
  }
  .challenge-complete {
    margin: 0;
    font-weight: 600;
    color: var(--_success);
  }
  /* While "Next challenge" shows, it is the one primary action: the hint button steps back. */
  [part~='base']:has(button.next) button.primary:not(.next) {
    background: transparent;
    color: var(--_accent);
    font-weight: inherit;
  }
  @media (forced-colors: active) {
    [part~='base']:has(button.next) button.primary:not(.next) {
      forced-color-adjust: auto;
    }
  }
`;
