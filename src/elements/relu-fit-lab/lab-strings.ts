/**
 * What `<relu-fit-lab>` shows and says, in English: its part of the strings
 * table (the shared part is in ../strings.ts). Only the lab's entries import
 * it, so a page with just the trio or a unit plot does not carry these texts.
 */
export const labStrings = {
  'lab.title': 'Match Target',
  'lab.target': 'target',
  'lab.output': 'ŷ (output)',
  'lab.outputNote': "the output unit adds up the units' outputs",
  'lab.describe':
    '{title}: the target and the network output {formula} for x from {x0} to {x1}. {target} {fit} Mean squared error {error}. Show data lists the target, the output and each unit at every bend.',
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
  'lab.matchedExactly': 'Matched exactly! The output is the target: the units switch on exactly where it bends.',
  'lab.reset': 'Reset',
  'lab.hint': 'Show hint {n} of {count}',
  'lab.hideHints': 'Hide hints',
  'lab.solution': 'Show the solution',
  'lab.solutionText':
    'w1 = {w1}, b1 = {b1}: unit 1 wakes up at x = {x1} with slope {w1}. w2 = {w2}, b2 = {b2}: unit 2 wakes up at x = {x2} and adds {w2} to the slope. Each ReLU stays off until its own transition point, so the units stitch linear pieces together.',
  'lab.announce': 'Error {error}.',
  'lab.announceMatched': 'Matched! Error {error}.',
  'lab.announceReset': 'Parameters reset.',
  'lab.announceUndo': 'Undone.',
  'lab.announceRedo': 'Redone.',
  'lab.announceMatchedOnly': 'Matched!',
  'lab.announceKept': '{names} are locked: left as they are.',
  'lab.announceKept.one': '{names} is locked: left as it is.',
  'lab.announceUnit': '{title}: {formula}, {wake}.',
  'lab.hintSpoken': 'Hint {n}: {text}',
  'lab.hintStart':
    'Before the first bend the output must already rise or fall with the target: one more unit has to be on from the left edge (its hinge at or left of x = {x0}), giving slope {slope} there.',
  'lab.solutionAny': 'The construction: {parts}. Each unit stays silent until its hinge, so together they stitch the target’s straight pieces.',
  'lab.solutionFromStart': 'unit {index} is on from the left edge with slope {slope}',
  'lab.solutionWakes': 'unit {index} wakes at x = {x} and adds slope {slope}',
  'lab.solutionIdle': 'unit {index} is not needed (w = 0)',
  'lab.noSolution': 'No exact solution with these units: {reason}.',
  'lab.train': 'Fit automatically',
  'lab.stopTraining': 'Stop fitting',
  'lab.loss': 'Error (MSE) while fitting',
  'lab.fitFailed':
    'It stopped without matching: some sample is still {gap} from the target, more than {tolerance}. Gradient descent can settle in a poor fit (a unit stuck off, or two doing one job); Reset and fit again, or move a unit by hand.',
  'lab.offGrid':
    'The fit lands between slider steps (the nearest steps would lose the match), so the number boxes show its exact values.',
  'lab.swapped':
    'Here unit 2 wakes up first and unit 1 second: they swapped the roles the lesson gives them, which fits the target just as well.',
  'lab.revived':
    'Units {units} were dead: silent at every sample, so their gradient was zero and gradient descent could not move them. As practitioners do, the fit re-initialised them with their hinge near the largest error (leaky ReLU or a careful initialisation also avoid dead units).',
  'lab.revived.one':
    'Unit {units} was dead: silent at every sample, so its gradient was zero and gradient descent could not move it. As practitioners do, the fit re-initialised it with its hinge near the largest error (leaky ReLU or a careful initialisation also avoid dead units).',
  'lab.separated':
    'Units {units} started identical to another unit. Identical units get identical gradients, so gradient descent could never tell them apart; the fit moved them to a new hinge to break the symmetry (random initialisation does this in real networks).',
  'lab.separated.one':
    'Unit {units} started identical to another unit. Identical units get identical gradients, so gradient descent could never tell them apart; the fit moved it to a new hinge to break the symmetry (random initialisation does this in real networks).',
  'lab.trained': 'Fitted in {steps} steps of gradient descent: error {error}.',
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
  'lab.hint1':
    'Start with unit 1 and leave w2 and b2 at 0 until the second segment matches. Unit 0 already draws the first segment, and its ReLU switches it off at x = 1 so it cannot disturb the rest.',
  'lab.hint2':
    "Unit 1 must stay silent until x = {x1} and wake up there. A ReLU unit wakes where w·x + b = 0, that is at x = −b/w, so {rule}. Past that point unit 0 is off, so w1 is just the target's slope there: {s1}.",
  'lab.hint3':
    "Unit 2 wakes up at x = {x2}, so {rule}. From there on units 1 and 2 are both on and their slopes add up: w1 + w2 must equal the target's last slope, {s2}.",
  'lab.hintAny1':
    'Each free unit adds one bend: it stays silent until its hinge at x = −b/w, then adds slope w·v to the output. Work from left to right.',
  'lab.hintAny2': "The target bends at x = {bends}. Put one unit's hinge at each bend: b = −w·x there.",
  'lab.hintAny3':
    'At those bends the slope changes by {changes}. The unit that wakes at a bend must add exactly that change: w·v. A slope that falls needs a negative output weight v.',
} as const;

export type LabStringKey = keyof typeof labStrings;
