/**
 * The names `hide` and `locked` take, and reading them. Pure, and shared by
 * the lab and the reading of a challenge list (loaded on first use), so it
 * imports nothing of the lab's.
 */

/** The parts `hide` can leave out. */
export const HIDEABLE = ['main', 'network', 'units', 'sliders', 'error', 'hints', 'solution', 'train', 'listen', 'export', 'reset', 'undo'] as const;

/** Reads `hide`: the known parts it names; `problem` names any it does not know. */
export function readHidden(text: unknown): { parts: ReadonlySet<string>; problem: string | null } {
  const tokens = String(text ?? '').trim().split(/\s+/).filter(Boolean);
  const known = (t: string) => (HIDEABLE as readonly string[]).includes(t);
  const unknown = tokens.filter((t) => !known(t));
  return { parts: new Set(tokens.filter(known)), problem: unknown.length ? `unknown part(s) ${unknown.join(', ')}; known: ${HIDEABLE.join(', ')}` : null };
}

/** What `locked` locks: every parameter, or the named ones (`w1`, `b1`, `v1` for unit 1's w, b, v; `c` for the output bias). */
export interface Locks {
  readonly all: boolean;
  readonly names: ReadonlySet<string>;
}

const LOCK_NAME = /^(?:[wbv]\d+|c)$/;

/**
 * Reads `locked`: true or a bare attribute locks everything; a space-separated list locks those
 * parameters. `problem` names what it does not know (the rest of the list still applies).
 */
export function readLocks(value: unknown): { locks: Locks; problem: string | null } {
  // The bare attribute reaches here as true (lockedConverter); an empty text from a script means none.
  if (value === true || value === 'all' || value === 'true') return { locks: { all: true, names: new Set() }, problem: null };
  const tokens = typeof value === 'string' ? value.trim().split(/\s+/).filter(Boolean) : value === false || value == null ? [] : [String(value)];
  const names = new Set(tokens.filter((t) => LOCK_NAME.test(t)));
  const unknown = tokens.filter((t) => !names.has(t));
  const problem = unknown.length
    ? `unknown parameter(s) ${unknown.join(', ')}; name them as the sliders do (w1 b1 v1 … c), or give no value to lock everything; locking ${names.size ? [...names].join(' ') : 'nothing'}`
    : null;
  return { locks: { all: false, names }, problem };
}
