/**
 * What the lab says without its analysis (which loads on first use, lab-lazy.ts): a unit's role
 * read from its values, the success text of an exact match, and the hints a challenge brings.
 * Pure: no DOM.
 */

import type { Role } from '../../math/analysis.js';
import type { Lesson, LessonUnit } from '../../math/lesson.js';
import { transitionX } from '../../math/network.js';
import { formatShort } from '../../plot/format.js';
import { listOf, type Translate } from '../strings.js';
import type { LabModel } from './lab-model.js';

export type Words = { t: Translate; locale: string | undefined };
export const num = (x: number, locale: string | undefined) => formatShort(x, 2, locale);

/** What a unit does over [x0, xn]: its role, read from its values. */
export function roleOf(u: LessonUnit, [x0, xn]: readonly [number, number]): Role {
  if (u.activation !== 'relu' && u.activation !== 'leaky-relu') return u.w === 0 ? { kind: 'flat' } : { kind: 'on' };
  const hinge = transitionX(u);
  if (hinge !== null && hinge > x0 && hinge < xn) return { kind: u.w > 0 ? 'wakes' : 'sleeps', x: hinge };
  const z = (x: number) => u.w * x + u.b;
  return z(x0) > 0 || z(xn) > 0 ? { kind: 'on' } : { kind: 'off' };
}

/** A unit's role in a few words: "unit 1 wakes up at x = 1". */
export function roleWords(index: number, role: Role, { t, locale }: Words): string {
  if (role.kind === 'wakes' || role.kind === 'sleeps') return t(`role.${role.kind}`, { index, x: num(role.x, locale) });
  return t(`role.${role.kind}`, { index });
}

/** The success text when the output is the target exactly: what the learner's units actually do. */
export function exactMatchText(lesson: Lesson, domain: readonly [number, number], words: Words): string {
  const parts = lesson.units.flatMap((u, i) => {
    const role = roleOf(u, domain);
    return u.v === 0 || role.kind === 'off' ? [] : [roleWords(i, role, words)];
  });
  return words.t('lab.matchedExactly', { parts: parts.length ? listOf(parts, words.locale) : words.t('role.allSilent') });
}

/** How many hints the lesson shown has. */
export const hintCountOf = (m: LabModel): number => m.challenges[m.index]?.hints?.length || 3;

/** The hints the current challenge brings, or null: then the lab's own three (from its analysis). */
export const ownHints = (m: LabModel): readonly string[] | null => {
  const own = m.challenges[m.index]?.hints;
  return own?.length ? own : null;
};
