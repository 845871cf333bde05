/**
 * relu-lab/xapi: the lab's events as xAPI 1.0.3 statements, for a learning
 * record store (LRS). `toStatements` is pure; `sendStatements` posts them to
 * an endpoint the author configures, and nothing here touches the network
 * unless it is called.
 *
 *   lab.addEventListener('relu-progress', (e) =>
 *     sendStatements(toStatements(e, { actor, activity }), { endpoint, auth }));
 */

import type { ChallengeProgress, ChallengeResult, LabState } from './elements/events.js';

/** An xAPI agent: who learns (an `mbox`, or an `account` on the course site). */
export type XapiActor =
  | { readonly objectType?: 'Agent'; readonly name?: string; readonly mbox: string }
  | { readonly objectType?: 'Agent'; readonly name?: string; readonly account: { readonly homePage: string; readonly name: string } };

export interface XapiOptions {
  readonly actor: XapiActor;
  /** The lesson's activity IRI (the page or the course's id for it); challenges are `<activity>/challenge/<n>` (n from 1). */
  readonly activity: string;
  /** The lesson's name, and each challenge's title (as in `challenges`), for the activity definitions. */
  readonly name?: string;
  readonly titles?: readonly string[];
  /** Share of challenges to solve unassisted for `passed` (0 to 1, default 1). */
  readonly mastery?: number;
  /** Where the extensions' keys start (default `EXTENSIONS`). */
  readonly extensionBase?: string;
  /** Groups one launch's statements (a UUID). */
  readonly registration?: string;
  /** The statements' time (default: now). */
  readonly timestamp?: string;
  readonly language?: string;
}

/**
 * The extensions' IRIs: `<base>assisted` (the solution or a fit was shown), `<base>hints-used`,
 * `<base>attempts`, `<base>error` (mean squared error of the latest values) and `<base>max-gap`.
 * URNs: valid IRIs that name without pretending to resolve.
 */
export const EXTENSIONS = 'urn:relu-lab:xapi:';

/** The ADL verbs used. */
export const VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

export type XapiStatement = Record<string, unknown>;

/** ISO 8601 duration of `ms` milliseconds: "PT12.34S". */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = Math.round((seconds % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest}S`;
}

const verb = (key: keyof typeof VERBS, language: string) => ({ id: VERBS[key], display: { [language]: key } });

function activity(id: string, name: string | undefined, type: string, language: string) {
  return { objectType: 'Activity', id, definition: { type, ...(name ? { name: { [language]: name } } : {}) } };
}

/** A challenge's (or a lesson's) record as the statement's result extensions. */
function extensions(base: string, r: { assisted: boolean; hintsUsed: number; attempts: number; error: number; maxGap?: number }) {
  return {
    [`${base}assisted`]: r.assisted,
    [`${base}hints-used`]: r.hintsUsed,
    [`${base}attempts`]: r.attempts,
    ...(Number.isFinite(r.error) ? { [`${base}error`]: r.error } : {}),
    ...(r.maxGap !== undefined && Number.isFinite(r.maxGap) ? { [`${base}max-gap`]: r.maxGap } : {}),
  };
}

/** What the statement of one lesson's record says: passed (solved unaided), answered (solved with help) or attempted. */
function lessonStatement(o: XapiOptions, id: string, name: string | undefined, r: ChallengeResult | (LabState & { solvedUnassisted?: boolean; solved?: boolean; timeMs?: null }), parent: boolean): XapiStatement {
  const language = o.language ?? 'en';
  const base = o.extensionBase ?? EXTENSIONS;
  const solved = 'solved' in r && r.solved !== undefined ? r.solved : (r as LabState).matched;
  const unaided = 'solvedUnassisted' in r && r.solvedUnassisted !== undefined ? r.solvedUnassisted : solved && !r.assisted;
  const key = !solved ? 'attempted' : unaided ? 'passed' : 'answered';
  const timeMs = 'timeMs' in r ? r.timeMs : null;
  return {
    actor: { objectType: 'Agent', ...o.actor },
    verb: verb(key, language),
    object: activity(id, name, 'http://adlnet.gov/expapi/activities/interaction', language),
    result: {
      ...(solved ? { success: true, completion: true } : { completion: false }),
      score: { scaled: unaided ? 1 : 0, raw: unaided ? 1 : 0, min: 0, max: 1 },
      ...(timeMs !== null && timeMs !== undefined ? { duration: isoDuration(timeMs) } : {}),
      extensions: extensions(base, { ...r, maxGap: 'maxGap' in r ? r.maxGap : undefined }),
    },
    context: {
      ...(o.registration ? { registration: o.registration } : {}),
      ...(parent ? { contextActivities: { parent: [{ objectType: 'Activity', id: o.activity }] } } : {}),
      language,
    },
    timestamp: o.timestamp ?? new Date().toISOString(),
  };
}

/** The whole sequence's statement: completed (every challenge solved), with passed or failed against the mastery score. */
function sequenceStatements(o: XapiOptions, d: ChallengeProgress): XapiStatement[] {
  const language = o.language ?? 'en';
  const { solvedUnassisted, total } = d.summary;
  const scaled = total ? solvedUnassisted / total : 0;
  const success = scaled >= (o.mastery ?? 1) - 1e-12;
  const result = { score: { scaled, raw: solvedUnassisted, min: 0, max: total }, success, completion: true };
  const base = {
    actor: { objectType: 'Agent', ...o.actor },
    object: activity(o.activity, o.name, 'http://adlnet.gov/expapi/activities/lesson', language),
    context: { ...(o.registration ? { registration: o.registration } : {}), language },
    timestamp: o.timestamp ?? new Date().toISOString(),
  };
  return [
    { ...base, verb: verb('completed', language), result },
    { ...base, verb: verb(success ? 'passed' : 'failed', language), result },
  ];
}

/**
 * The statements an event of the lab stands for. `relu-progress`: one for the challenge shown
 * (passed when solved before any help, answered when solved with help, attempted otherwise),
 * with its record as extensions; `relu-complete`: completed, and passed or failed against
 * `mastery`, scored as challenges solved unassisted out of all; `relu-match`: one for the lesson,
 * for a lab without challenges (with challenges, send `relu-progress` and `relu-complete`,
 * which carry every record). Pass the event itself, or `{ type, detail }`.
 */
export function toStatements(event: { readonly type: string; readonly detail: unknown }, options: XapiOptions): XapiStatement[] {
  if (event.type === 'relu-complete') return sequenceStatements(options, event.detail as ChallengeProgress);
  if (event.type === 'relu-progress') {
    const d = event.detail as ChallengeProgress;
    const i = d.challenge;
    const record = d.challenges[i];
    if (!record) return [];
    return [lessonStatement(options, `${options.activity}/challenge/${i + 1}`, options.titles?.[i], record, true)];
  }
  if (event.type === 'relu-match') return [lessonStatement(options, options.activity, options.name, event.detail as LabState, false)];
  return [];
}

export interface XapiEndpoint {
  /** The LRS's xAPI endpoint (statements go to `<endpoint>/statements`). */
  readonly endpoint: string;
  /** The `Authorization` header: `Basic …` (from the LRS's key and secret) or `Bearer …`. */
  readonly auth: string;
  /** A `fetch` to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

/**
 * Posts statements to the LRS with the xAPI 1.0.3 headers. Resolves the statement ids the LRS
 * returns; rejects with the LRS's status and text when it refuses them.
 */
export async function sendStatements(statements: readonly XapiStatement[], to: XapiEndpoint): Promise<string[]> {
  if (!statements.length) return [];
  const url = `${to.endpoint.replace(/\/+$/, '')}/statements`;
  const response = await (to.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: to.auth },
    body: JSON.stringify(statements),
  });
  if (!response.ok) throw new Error(`the LRS refused the statements: ${response.status} ${await response.text()}`);
  return (await response.json()) as string[];
}
