/**
 * `<relu-fit-lab challenges>` on screen: the heading ("Challenge 2 of 3:
 * Zigzag"), the author's prompt, the list of challenges with ticks (to go
 * back to any), and once the current one is matched, "Next challenge" or the
 * closing message. Functions of the store's model; the lab passes the action.
 */

import { html, nothing } from 'lit';
import { plural, type Translate } from '../strings.js';
import { evaluation, type LabModel } from './lab-model.js';

/** The view's styles, adopted by a lab with this code (lab-lazy.ts). */
export { challengeStyles as styles } from './challenge-view.styles.js';

/** Where "Next challenge" goes: the next one, or from the last the first still unsolved; null when there is nowhere. */
export function nextChallenge(m: LabModel): number | null {
  const solved = m.records.map((r) => r.solved);
  if (m.index + 1 < solved.length) return m.index + 1;
  const unsolved = solved.findIndex((s, j) => !s && j !== m.index);
  return unsolved < 0 ? null : unsolved;
}

/** "Challenge 2 of 3: Zigzag". */
export function challengeTitle(m: LabModel, t: Translate): string {
  const { title } = m.challenges[m.index];
  const values = { n: m.index + 1, count: m.challenges.length, title };
  return title ? t('challenge.title', values) : t('challenge.untitled', values);
}

/** Texts said one after another, each ended by a full stop unless it ends in its own (an author's prompt may). */
export const sentences = (...texts: readonly (string | undefined)[]): string =>
  texts
    .map((text) => text?.trim())
    .filter(Boolean)
    .map((text) => (/[.!?…:;。؟]$/u.test(text!) ? text : `${text}.`))
    .join(' ');

/** What is said when a challenge is shown: its title and prompt. */
export const challengeSpoken = (m: LabModel, t: Translate): string => sentences(challengeTitle(m, t), m.challenges[m.index].prompt);

/** The label of "Next challenge" (or "Back to challenge 1, not solved yet"). */
export const nextLabel = (m: LabModel, t: Translate, to: number): string => (to === m.index + 1 ? t('challenge.next') : t('challenge.back', { n: to + 1 }));

/** What is said when the current challenge is solved. */
export function solvedSpoken(m: LabModel, t: Translate, locale: string | undefined): string {
  const to = nextChallenge(m);
  const count = m.challenges.length;
  if (to === null) return plural(t, locale, 'challenge.announceComplete', count, { count });
  return t('challenge.announceSolved', { n: m.index + 1, count, next: nextLabel(m, t, to) });
}

/** The heading, the prompt and (with more than one) the list of challenges; nothing without challenges. */
export function challengeHeader(m: LabModel, t: Translate, go: (index: number) => void) {
  if (!m.challenges.length) return nothing;
  const { prompt } = m.challenges[m.index];
  const solved = m.records[m.index]?.solved;
  const list =
    m.challenges.length > 1
      ? html`<ol class="challenge-list" part="challenge-list" aria-label=${t('challenge.list')}>
          ${m.challenges.map((c, i) => {
            const done = m.records[i]?.solved;
            const name = c.title ? `${i + 1}. ${c.title}` : t('challenge.untitled', { n: i + 1, count: m.challenges.length });
            // Named in full ("3. Valley (solved)"): a hidden span's space is lost in the computed name.
            return html`<li>
              <button
                type="button"
                part="challenge-item"
                aria-label=${done ? `${name} ${t('challenge.solved')}` : name}
                aria-current=${i === m.index ? 'step' : nothing}
                @click=${() => go(i)}
              >
                ${name}${done ? html` <span class="tick" aria-hidden="true">✓</span>` : nothing}
              </button>
            </li>`;
          })}
        </ol>`
      : nothing;
  // A tab stop of its own: a learner tabbing in hears that this is a sequence, and where in it.
  return html`<div class="challenge" part="challenge" role="heading" aria-level="2" tabindex="0">
      ${challengeTitle(m, t)}${solved ? html` <span class="challenge-solved">${t('challenge.solved')}</span>` : nothing}
    </div>
    ${prompt ? html`<p class="challenge-prompt" part="prompt">${prompt}</p>` : nothing}${list}`;
}

/** Once every challenge was solved: the closing message; else once the current one is matched: the way on. */
export function challengeNext(m: LabModel, t: Translate, locale: string | undefined, go: (index: number) => void) {
  if (!m.challenges.length) return nothing;
  const count = m.challenges.length;
  const to = nextChallenge(m);
  if (m.completed && (to === null || !evaluation(m.lesson).matched)) {
    return html`<div class="challenge-next"><p class="challenge-complete" part="complete">${plural(t, locale, 'challenge.complete', count, { count })}</p></div>`;
  }
  if (!evaluation(m.lesson).matched || to === null) return nothing;
  return html`<div class="challenge-next">
    <button type="button" class="primary next" part="button next" @click=${() => go(to)}>${nextLabel(m, t, to)}</button>
  </div>`;
}
