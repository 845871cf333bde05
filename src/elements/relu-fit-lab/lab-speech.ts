/**
 * What `<relu-fit-lab>`'s polite live region says for each thing the store
 * reports (lab-effects.ts): the words for a settled commit, a hint, a note,
 * a challenge shown or solved, a lock that history left alone.
 */

import type { Evaluation } from '../../math/lesson.js';
import type { AnnouncerController } from '../announcer-controller.js';
import { listOf, plural, type Translate } from '../strings.js';
import type * as ChallengeView from './challenge-view.js';
import type { Speech } from './lab-effects.js';
import { samples, type LabModel } from './lab-model.js';
import { lessonTargetText } from './lab-text.js';
import { settledMessage, type LabView } from './lab-view.js';

export interface SpeechContext {
  readonly model: LabModel;
  readonly view: LabView;
  /** The lesson's hints (worked out when read). */
  readonly hints: () => readonly string[];
  readonly evaluation: Evaluation;
  readonly t: Translate;
  readonly locale: string | undefined;
  /** A challenge's words (loaded with the challenge view): needed for the topics 'challenge' and 'solved'. */
  readonly challenges?: typeof ChallengeView;
}

/**
 * The topic and the words: a newer message on a topic replaces a pending one, so a challenge
 * solved and then left ("Next challenge") says only the new title.
 */
export function spoken(speech: Speech, c: SpeechContext): [topic: string, text: string] {
  const { t, locale, model } = c;
  switch (speech.topic) {
    case 'commit':
      return ['commit', settledMessage(speech.kind, model.committed, speech.before, c.view, c.evaluation, t, locale)];
    case 'hint':
      return ['hint', t('lab.hintSpoken', { n: speech.n, text: c.hints()[speech.n - 1] ?? '' })];
    case 'note':
      // A fit's note says its error itself (the commit's message is dropped): only whether it matched is added.
      return ['note', speech.kind === 'trained' && c.evaluation.matched ? `${t(c.evaluation.byGoal ? 'lab.announceGoalOnly' : 'lab.announceMatchedOnly')} ${speech.text}` : speech.text];
    case 'challenge':
      // Where the learner is, and the new target told as pieces (as the explorer tells it).
      return ['challenge', c.challenges ? c.challenges.sentences(c.challenges.challengeSpoken(model, t), lessonTargetText(model.lesson, samples(model.lesson), t, locale)) : ''];
    case 'solved':
      // After the commit's own "Matched! Error …": said once, not again here.
      return ['challenge', c.challenges?.solvedSpoken(model, t, locale) ?? ''];
    case 'code':
      return ['code', speech.text];
    case 'locks':
      return ['locks', plural(t, locale, 'lab.announceKept', speech.kept.length, { names: listOf([...speech.kept], locale) })];
  }
}

/**
 * Says `speech` in the lab's live region, in the order a listener follows: a challenge shown
 * first; a solve after the change that made it; a fit's note (which says its error) instead of
 * the commit's error.
 */
export function announce(announcer: Pick<AnnouncerController, 'say' | 'drop' | 'last'>, speech: Speech, c: SpeechContext): void {
  const [topic, text] = spoken(speech, c);
  if (speech.topic === 'note' && speech.kind === 'trained') announcer.drop('commit');
  announcer.say(topic, text, speech.topic === 'challenge');
  if (topic === 'commit') announcer.last('challenge');
}
