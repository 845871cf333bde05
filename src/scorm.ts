/**
 * relu-lab/scorm: a `<relu-fit-lab>` with challenges as a SCORM 1.2 or 2004
 * SCO. `connectScorm(lab)` finds the LMS's API the standard way (`API_1484_11`
 * for 2004, then `API` for 1.2, in the parent windows and the opener's),
 * initialises, keeps the lab's progress in `cmi.suspend_data` (so it lives
 * in the LMS, not in the browser), reports completion, success and score on
 * every `relu-progress`, and ends the session on `pagehide`. With no API it
 * says so once in the console, and the lab works as it would anywhere.
 */

import type { ChallengeProgress } from './elements/events.js';
import type { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';
import { isoDuration } from './xapi.js';

/** The calls SCORM 1.2's `API` offers. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

/** The calls SCORM 2004's `API_1484_11` offers. */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  GetValue(name: string): string;
  SetValue(name: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

export interface ScormOptions {
  /** Share of challenges to solve unassisted to pass (0 to 1), when the LMS gives none (the package's mastery score). Default 1. */
  readonly mastery?: number;
  /** The window to search from (default: this one). */
  readonly window?: Window;
}

export interface ScormSession {
  readonly version: '1.2' | '2004';
  /** Reports the lab's progress now (done on every relu-progress). */
  report(): void;
  /** Ends the session (done on pagehide): session time, exit "suspend", commit, terminate. */
  finish(): void;
}

type Api = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** The LMS's API: in this window or one of its parents (up to 7 levels, as ADL's sample code), then the opener's. */
export function findScormApi(from: Window = window): Api | null {
  const search = (start: Window | null): Api | null => {
    let w: Window | null = start;
    for (let depth = 0; w && depth <= 7; depth++) {
      try {
        const found = w as Window & { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
        if (found.API_1484_11) return { version: '2004', api: found.API_1484_11 };
        if (found.API) return { version: '1.2', api: found.API };
      } catch {
        return null; // a cross-origin parent: the API cannot be there for us
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return search(from) ?? search(from.opener as Window | null);
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scorm12Time(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  const pad = (n: number, width: number) => String(Math.floor(n)).padStart(width, '0');
  return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60, 2)}:${(s % 60).toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval is an ISO 8601 duration, as xAPI's: PT1H2M3.4S. */
export const scorm2004Time = isoDuration;

let warned = false;

/**
 * Connects `lab` to the LMS: its progress (records and values) is kept in and restored from
 * `cmi.suspend_data`, and every relu-progress writes completion, success (passed when the share
 * of challenges solved unassisted reaches the mastery score), score (solved unassisted out of
 * all: assisted solves count as solved, not as scored) and, for 2004, one objective per challenge
 * with its hints. Null, with one console note, when no LMS API is found.
 */
export function connectScorm(lab: ReluFitLab, options: ScormOptions = {}): ScormSession | null {
  const found = findScormApi(options.window);
  if (!found) {
    if (!warned) console.info('relu-lab scorm: no LMS API found (API_1484_11 or API in the parent or opener windows); the lab works, and its progress is not reported to an LMS.');
    warned = true;
    return null;
  }
  const v12 = found.version === '1.2';
  const api = found.api as Scorm12Api & Scorm2004Api;
  const get = (name: string) => (v12 ? api.LMSGetValue(name) : api.GetValue(name));
  const set = (name: string, value: string | number) => (v12 ? api.LMSSetValue(name, String(value)) : api.SetValue(name, String(value)));
  const commit = () => (v12 ? api.LMSCommit('') : api.Commit(''));
  if (v12) api.LMSInitialize('');
  else api.Initialize('');
  const started = Date.now();
  // The mastery score the LMS holds (from the package; 0 to 100 in 1.2), else the option.
  const given = get(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score');
  const mastery = given !== '' && Number.isFinite(Number(given)) ? Number(given) / (v12 ? 100 : 1) : (options.mastery ?? 1);

  // Progress lives in suspend_data: the lab reads it now (resuming) and writes it on every change.
  lab.progressStorage = {
    getItem: () => get('cmi.suspend_data') || null,
    setItem: (_key, text) => {
      set('cmi.suspend_data', text);
      commit();
    },
  };
  if (!lab.progressKey) lab.progressKey = 'scorm';

  const report = () => {
    const p: ChallengeProgress = lab.progress;
    const { solved, solvedUnassisted, total } = p.summary;
    if (!total) return;
    const scaled = solvedUnassisted / total;
    const done = solved === total;
    const passed = scaled >= mastery - 1e-9;
    if (v12) {
      set('cmi.core.lesson_status', done ? (passed ? 'passed' : 'failed') : 'incomplete');
      set('cmi.core.score.raw', Math.round(scaled * 100));
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
    } else {
      set('cmi.completion_status', done ? 'completed' : 'incomplete');
      set('cmi.success_status', passed ? 'passed' : done ? 'failed' : 'unknown');
      set('cmi.score.scaled', scaled);
      set('cmi.score.raw', solvedUnassisted);
      set('cmi.score.min', 0);
      set('cmi.score.max', total);
      set('cmi.progress_measure', solved / total);
      p.challenges.forEach((r, i) => {
        const o = `cmi.objectives.${i}`;
        set(`${o}.id`, `challenge-${i + 1}`);
        set(`${o}.success_status`, r.solvedUnassisted ? 'passed' : r.solved ? 'failed' : 'unknown');
        set(`${o}.completion_status`, r.solved ? 'completed' : 'incomplete');
        set(`${o}.score.scaled`, r.solvedUnassisted ? 1 : 0);
        set(`${o}.description`, `hints used: ${r.hintsUsed}; attempts: ${r.attempts}; assisted: ${r.assisted ? 'yes' : 'no'}`);
      });
    }
    commit();
  };
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    report();
    set(v12 ? 'cmi.core.session_time' : 'cmi.session_time', v12 ? scorm12Time(Date.now() - started) : scorm2004Time(Date.now() - started));
    set(v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
    commit();
    if (v12) api.LMSFinish('');
    else api.Terminate('');
  };
  lab.addEventListener('relu-progress', report);
  (options.window ?? window).addEventListener('pagehide', finish, { once: true });
  report();
  return { version: found.version, report, finish };
}
