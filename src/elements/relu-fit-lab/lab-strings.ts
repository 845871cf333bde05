/**
 * What `<relu-fit-lab>` shows and says, in English: its part of the strings
 * table (the shared part is in ../strings.ts). Only the lab's entries import
 * it, so a page with just the trio or a unit plot does not carry these texts.
 */
import { fill, type StringKey, type Translate } from '../strings.js';

export const labStrings = {
  'lab.title': 'Match Target',
  'lab.target': 'target',
  'lab.output': 'ŷ (output)',
  'lab.describe': 'The target and the network output {formula} for x from {x0} to {x1}. {target}',
  'lab.details': '{fit} Mean squared error {error}. Show data lists the target, the output and each unit at every bend.',
  'target.starts': 'The target starts at ({x}, {y})',
  'target.rises': 'rises with slope {slope} to ({x}, {y})',
  'target.falls': 'falls with slope {slope} to ({x}, {y})',
  'target.then': 'then with slope {slope} to ({x}, {y})',
  'target.flat': 'stays at {y} to x = {x}',
  'target.bends': 'It bends at x = {xs}.',
  'lab.fitAll': 'The output follows the target everywhere: matched.',
  'lab.fitNone': 'The output departs from the target everywhere, by up to {gap} at x = {x}.',
  'lab.fitSome': 'The output follows the target {follows} and departs from it {departs}, by up to {gap} at x = {x}.',
  'lab.range': 'from x = {x0} to {x1}',
  'lab.and': ' and ',
  'lab.error': 'Error',
  'lab.errorShort': 'MSE',
  'lab.errorLong': 'mean squared error',
  'lab.matched': 'Matched! Every sample is within {tolerance} of the target (the largest gap is {gap}).',
  'lab.outputNote': "the output unit adds up the units' outputs",
  'lab.outputNoteBias': "the output unit adds up the units' outputs, plus c",
  'lab.outputNoteWeighted': "the output unit adds up the units' outputs, each times its output weight",
  'lab.outputNoteWeightedBias': "the output unit adds up the units' outputs, each times its output weight, plus c",
  'lab.matchedExactly': 'Matched exactly! The output is the target: {parts}.',
  'role.wakes': 'unit {index} wakes up at x = {x}',
  'role.sleeps': 'unit {index} goes silent at x = {x}',
  'role.on': 'unit {index} is on throughout',
  'role.off': 'unit {index} stays silent',
  'role.flat': 'unit {index} adds a constant',
  'role.allSilent': 'every unit is silent, and so is the target',
  'lab.gap': 'Largest gap {gap} at x = {x}; a match needs every gap within {tolerance}.',
  'lab.gapMark': 'gap {gap}',
  'network.title': 'The network',
  'network.unit': 'a{index} = {formula}',
  'network.unitFixed': 'a{index} = {formula} (fixed)',
  'network.fixedKey': 'dashed: fixed',
  'network.describe': 'The network: x goes into {count} units, {units}; the output is {output}.',
  'lab.reset': 'Reset',
  'lab.hint': 'Show hint {n} of {count}',
  'lab.hideHints': 'Hide hints',
  'lab.solution': 'Show the solution',
  'lab.announce': 'Error {error}.',
  'lab.announceMatched': 'Matched! Error {error}.',
  'lab.announceReset': 'Parameters reset.',
  'lab.announceUndo': 'Undone.',
  'lab.announceRedo': 'Redone.',
  'lab.announceMatchedOnly': 'Matched!',
  'lab.data': 'data',
  'lab.dataReading': 'data (the mean where an x repeats)',
  'lab.gradientOf': '∂E/∂{name} = {value}',
  'lab.stepped': 'One step of gradient descent at learning rate {rate}: error {before} → {after}.',
  'lab.stepGradients': 'The gradient: {gradients}; each parameter moved by −{rate} times its own, within the slider range.',
  'lab.step': 'Step',
  'lab.stepInfo': "One step of gradient descent: each parameter you may move goes by −η times the error's gradient with respect to it. Undo takes it back.",
  'lab.learningRate': 'Learning rate η',
  'lab.arrow': '∂E/∂{name} = {value}: the step moved it by {moved}',
  'lab.copyCode': 'Copy as {name}',
  'lab.codeCopied': 'Copied: a {name} script that rebuilds this network and its target and prints its error.',
  'lab.codeNotCopied': 'The {name} script could not be copied here (the page has no clipboard access).',
  'lab.goodFit': 'Show a good fit',
  'target.data': 'The target: {count} data points for x from {x0} to {x1}, y from {y0} to {y1}.',
  'target.curve': 'The target: the curve y = {formula} for x from {x0} to {x1}.',
  'target.noisy': 'The target: {count} points of y = {formula} with noise of standard deviation {noise} (seed {seed}), for x from {x0} to {x1}.',
  'lab.goal': 'Goal: a mean squared error of at most {goal}. The largest gap is {gap} at x = {x}.',
  'lab.goalReachedShort': 'The goal is reached: a mean squared error of at most {goal}. The largest gap is {gap} at x = {x}.',
  'lab.goalReached': 'Goal reached! The mean squared error {error} is at most {goal}.',
  'lab.announceGoal': 'Goal reached! Error {error}.',
  'lab.announceGoalOnly': 'Goal reached!',
  'export.errorGoal': '{name} ({short}): {value}, goal reached',
  'lab.announceKept': '{names} are locked: left as they are.',
  'lab.announceKept.one': '{names} is locked: left as it is.',
  'lab.announceUnit': '{title}: {formula}, {wake}.',
  'lab.hintSpoken': 'Hint {n}: {text}',
  'lab.train': 'Fit automatically',
  'lab.stopTraining': 'Stop fitting',
  'lab.loss': 'Error (MSE) while fitting',
  'lab.downloadSvg': 'Download SVG',
  'lab.downloadPng': 'Download PNG',
  'lab.bias': 'c',
  'lab.active': 'On here: {units}.',
  'lab.noneActive': 'No unit is on here.',
  'handle.hinge': 'Unit {index} hinge, x',
  'handle.slope': 'Unit {index} slope, w',
  'handle.group': 'Unit {index} handles',
  'handle.hingeAt': 'hinge at x = {x}; b{index} = {b}',
  'handle.noHinge': 'no hinge in view; b{index} = {b}',
  'handle.slopeIs': 'w{index} = {w}; b{index} = {b}',
  'lab.listen': 'Listen',
  'lab.listenInfo':
    'Plays the plot as sound, left to right over 4 seconds: the target as a smooth tone and the output as a brighter one, higher for larger y, with a low buzz where they differ by more than the tolerance. L plays it from the plot too.',
  'param.w': '{name}, slope',
  'param.b': '{name}, bias',
  'param.v': '{name}, output weight',
  'param.c': 'c, output bias',
  'param.exact': '{name}, exact value',
  'lab.stopListening': 'Stop listening',
  'lab.undo': 'Undo',
  'lab.redo': 'Redo',
  'lab.history': 'History',
  'lab.more': 'More',
  'challenge.title': 'Challenge {n} of {count}: {title}',
  'challenge.untitled': 'Challenge {n} of {count}',
  'challenge.solved': '(solved)',
  'challenge.next': 'Next challenge',
  'challenge.list': 'Challenges',
  'challenge.back': 'Back to challenge {n}, not solved yet',
  'challenge.complete': 'All {count} challenges solved!',
  'challenge.complete.one': 'Challenge solved!',
  'challenge.announceSolved': 'Challenge {n} of {count} solved. Press "{next}" to go on.',
  'challenge.announceComplete': 'All {count} challenges solved.',
  'challenge.announceComplete.one': 'Challenge solved.',
  'export.parameters': 'Parameters: {parameters}',
  'export.unit': 'w{index} = {w}, b{index} = {b}',
  'export.unitWeighted': 'w{index} = {w}, b{index} = {b}, v{index} = {v}',
  'export.fixed': '{unit} (fixed)',
  'export.bias': '{name} = {value}',
  'export.join': '; ',
  'export.error': '{name} ({short}): {value}',
  'export.errorMatched': '{name} ({short}): {value}, matched',
} as const;

/**
 * The keys of the lab's strings whose English texts load with the analysis (lab-strings-later.ts,
 * in relu-lab.lab-analysis.js): hints, the solution, reasons, the fit's notes. Known from the start,
 * so a language's table and `strings` may give them before that code is here.
 */
export const LATER_KEYS = [
  'lab.solutionText',
  'lab.hint1',
  'lab.hint2',
  'lab.hint3',
  'lab.solutionAny',
  'solution.wakes',
  'solution.sleeps',
  'solution.on',
  'solution.off',
  'solution.flat',
  'solution.bias',
  'lab.noSolution',
  'lab.unknownSolution',
  'reason.join',
  'reason.rise',
  'reason.fall',
  'reason.curved',
  'reason.bends',
  'reason.bends.one',
  'reason.cannotHinge',
  'reason.tooSteep',
  'reason.arrangement',
  'reason.locks',
  'reason.smooth',
  'reason.effort',
  'cause.locked',
  'cause.lockedB.many',
  'cause.lockedB0.many',
  'cause.range.many',
  'cause.sign.many',
  'cause.signRange.many',
  'cause.noHinge.many',
  'cause.lockedB',
  'cause.lockedB0',
  'cause.lockedW',
  'cause.lockedW0',
  'cause.range',
  'cause.sign',
  'cause.signRange',
  'cause.noHinge',
  'lab.hintAny1',
  'lab.hintBends',
  'lab.hintNoBends',
  'lab.hintFixed',
  'lab.hintStart',
  'lab.hintStartBias',
  'lab.hintWay',
  'lab.hintKeeps',
  'lab.hintKeeps.one',
  'lab.hintClose',
  'lab.trained',
  'lab.fitFailed',
  'lab.fitExists',
  'lab.fitSettled',
  'lab.fitImproving',
  'lab.fitRetry',
  'lab.fitFrom',
  'lab.fitNoExact',
  'lab.revived',
  'lab.revived.one',
  'lab.died',
  'lab.died.one',
  'lab.silentEnd',
  'lab.silentEnd.one',
  'lab.stepSilent',
  'lab.stepSilent.one',
  'reason.duplicateX',
  'reason.runs',
  'reason.goal',
  'lab.hintGoal1',
  'lab.hintGoalAbove',
  'lab.hintGoalBelow',
  'lab.hintGoalSilent',
  'lab.hintGoalEdgeLeft',
  'lab.hintGoalEdgeRight',
  'lab.hintGoalHinge',
  'lab.hintGoalSpread',
  'lab.hintGoalNoExact',
  'lab.goodFitNote',
  'lab.goodFitReached',
  'lab.goodFitMissed',
  'lab.fitGoalFailed',
  'lab.offGrid',
  'lab.swapped',
  'lab.separated',
  'lab.separated.one',
] as const;

const LATER = new Set<string>(LATER_KEYS);

/**
 * `t` with English that arrives later (with code loaded on first use): said where `t`'s table has
 * none, never over it; a later plural variant only where the table says nothing of its key (a
 * language that gives the key alone means it for every count).
 */
export function withLater(t: Translate, later: () => Readonly<Record<string, string>> | undefined): Translate {
  const laterHas = (key: string) => Object.hasOwn(later() ?? {}, key) && !t.has(key.replace(/\.(?:zero|one|two|few|many)$/, ''));
  const said = (key: StringKey, values?: Readonly<Record<string, string | number>>) => (t.has(key) ? t(key, values) : fill(later()?.[key] ?? key, values));
  return Object.assign(said, { has: (key: string) => t.has(key) || laterHas(key) });
}
/** Whether `key` is one of the strings whose English text loads with the analysis. */
export const isLaterKey = (key: string): boolean => LATER.has(key);

export type LabStringKey = keyof typeof labStrings | (typeof LATER_KEYS)[number];

/**
 * The keys said with `plural()`, for a count: a table may add `key.<category>` for any
 * Intl.PluralRules category its language has (`challenge.complete.two`); English gives `.one`.
 */
export const labPlurals = [
  'reason.bends',
  'lab.hintKeeps',
  'lab.announceKept',
  'lab.revived',
  'lab.died',
  'lab.separated',
  'lab.silentEnd',
  'lab.stepSilent',
  'challenge.complete',
  'challenge.announceComplete',
] as const;

export type PluralKey = (typeof labPlurals)[number];

/** The plural key of a variant (`challenge.complete` of `challenge.complete.few`), if it is one. */
const baseOf = (key: string) => {
  const base = /^(.+)\.(?:zero|one|two|few|many)$/.exec(key)?.[1];
  return (labPlurals as readonly (string | undefined)[]).includes(base) ? base : undefined;
};

/** Whether `key` is `base.<category>` for a plural key `base`: `challenge.complete.few`. */
export const isPluralVariant = (key: string): boolean => !!baseOf(key);

/**
 * The lab's strings: English (`defaults`) under the language's table under the element's own,
 * each layer's strings taken for known keys and plural variants. A layer that gives a plural
 * key drops the variants below it: "All {count} challenges solved!" given alone is said for
 * every count, not English "Challenge solved!" for one.
 */
export function labTable(defaults: Readonly<Record<string, string>>, ...layers: readonly (object | null | undefined)[]): Readonly<Record<string, string>> {
  // Most labs give no strings of their own, in English: the defaults alone, made once (each lab is made with its words).
  if (layers.every((layer) => !layer || !Object.keys(layer).length)) return defaults;
  let table: Record<string, string> = {};
  for (const layer of [defaults, ...layers]) {
    const given = Object.entries(layer ?? {}).filter(([key, value]) => typeof value === 'string' && (Object.hasOwn(defaults, key) || isLaterKey(key) || baseOf(key)));
    if (!given.length) continue; // a layer that gives nothing changes nothing
    const bases = new Set(given.map(([key]) => key));
    table = Object.fromEntries([...Object.entries(table).filter(([key]) => !bases.has(baseOf(key)!)), ...given]);
  }
  return table;
}
