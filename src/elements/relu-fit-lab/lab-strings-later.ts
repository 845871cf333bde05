/**
 * The English texts of the lab's hints, solution, reasons and the fit's notes: they load with the
 * lesson's analysis (relu-lab.lab-analysis.js), the only code that says them, so the one-tag
 * bundle's first load does not carry them. Their keys are in lab-strings.ts (LATER_KEYS).
 */
import type { LATER_KEYS } from './lab-strings.js';

export const laterStrings = {
  'lab.solutionText':
    'w1 = {w1}, b1 = {b1}: unit 1 wakes up at x = {x1} with slope {w1}. w2 = {w2}, b2 = {b2}: unit 2 wakes up at x = {x2} and adds {w2} to the slope. Each ReLU stays off until its own transition point, so the units stitch linear pieces together.',
  'lab.hint1':
    'Start with unit 1 and leave w2 and b2 at 0 until the second segment matches. Unit 0 already draws the first segment, and its ReLU switches it off at x = 1 so it cannot disturb the rest.',
  'lab.hint2':
    "Unit 1 must stay silent until x = {x1} and wake up there. A ReLU unit wakes where w·x + b = 0, that is at x = −b/w, so {rule}. Past that point unit 0 is off, so w1 is just the target's slope there: {s1}.",
  'lab.hint3':
    "Unit 2 wakes up at x = {x2}, so {rule}. From there on units 1 and 2 are both on and their slopes add up: w1 + w2 must equal the target's last slope, {s2}.",
  'lab.solutionAny': 'The solution: {parts}. Each unit bends the output only at its own hinge, so together they make the target’s bends.',
  'solution.wakes': 'unit {index} wakes up at x = {x} ({values}) and changes the slope by {change}',
  'solution.sleeps': 'unit {index} is on from the left edge with slope {slope} and goes silent at x = {x} ({values}), changing the slope by {change}',
  'solution.on': 'unit {index} is on throughout with slope {slope} ({values})',
  'solution.off': 'unit {index} is not needed: it stays silent',
  'solution.flat': 'unit {index} adds the constant {value}',
  'solution.bias': 'c = {c}',
  'lab.noSolution': 'No exact solution with these units: {reason}.',
  'lab.unknownSolution': 'The lab cannot tell whether an exact solution exists: {reason}. Try Fit automatically.',
  'reason.join': '; ',
  'reason.rise': 'rise',
  'reason.fall': 'fall',
  'reason.curved': 'unit {unit} is fixed, and its {activation} curve bends everywhere, so the output cannot be made of straight pieces',
  'reason.bends': 'the output must bend at x = {xs}, with a unit hinged at each, and only {count} free units can hinge at any of them',
  'reason.bends.one': 'the output must bend at x = {xs}, with a unit hinged at each, and only {count} free unit can hinge at any of them',
  'reason.cannotHinge': 'at x = {x} the slope must {turn} by {amount}, and no free unit can do that there: {causes}',
  'reason.tooSteep': 'at x = {x} the slope must {turn} by {amount}, and the free units hinged there could together make it {turn} by at most {reach}',
  'reason.arrangement':
    'no arrangement of the free units (each waking up or going silent at a bend, or on or silent throughout, within the slider range and the locks) makes the target’s bends and also adds {value} at x = {x} with slope {slope}, which its start needs',
  'reason.locks': 'without the locks on {names} there would be one',
  'reason.smooth': 'units {units} are smooth curves, and the lab’s analysis does not decide whether they can cancel out',
  'reason.effort': 'this lesson has too many ways to place its units to try them all',
  'cause.locked': 'w{unit} and b{unit} are locked',
  'cause.lockedB.many': '{bs} are locked at {value}',
  'cause.lockedB0.many': '{bs} are locked at 0, which keeps the hinges of units {unit} at x = 0',
  'cause.range.many': 'b = −w·{x} would leave the slider range {min} to {max} for every w of units {unit}',
  'cause.sign.many': '{vs} are fixed at {value}, so units {unit} can only make the slope {turn}',
  'cause.signRange.many': '{vs} keep one sign in the slider range {min} to {max}, so units {unit} can only make the slope {turn}',
  'cause.noHinge.many': 'units {unit} are {activation}, with no hinge',
  'cause.lockedB': 'b{unit} is locked at {value}',
  'cause.lockedB0': 'b{unit} is locked at 0, which keeps unit {unit}’s hinge at x = 0',
  'cause.lockedW': 'w{unit} is locked at {value}, so b{unit} would have to be {b}, outside the slider range',
  'cause.lockedW0': 'w{unit} is locked at 0, so unit {unit} has no hinge',
  'cause.range': 'b{unit} = −w{unit}·{x} would leave the slider range {min} to {max} for every w{unit}',
  'cause.sign': 'v{unit} is fixed at {value}, so unit {unit} can only make the slope {turn}',
  'cause.signRange': 'v{unit} keeps one sign in the slider range {min} to {max}, so unit {unit} can only make the slope {turn}',
  'cause.noHinge': 'unit {unit} is {activation}, with no hinge',
  'lab.hintAny1':
    'A ReLU unit’s hinge is where w·x + b = 0, at x = −b/w. With w > 0 it is silent left of its hinge and wakes up there; with w < 0 it is on left of its hinge and goes silent there. Either way it changes the output’s slope by |w|·v at its hinge, and nowhere else.',
  'lab.hintBends': 'The free units must bend the output at x = {xs}, changing its slope by {changes}.',
  'lab.hintNoBends': 'The free units need not bend the output anywhere.',
  'lab.hintFixed': 'That is the target less what the fixed units already do.',
  'lab.hintStart': 'At x = {x0} they must already add {value}, with slope {slope}. A ReLU unit that wakes up at a bend adds nothing there: this takes units that are on at x = {x0} (on throughout, or going silent at a bend).',
  'lab.hintStartBias': 'At x = {x0} they and c must already add {value}, with slope {slope}. A ReLU unit that wakes up at a bend adds nothing there: this takes c, or units that are on at x = {x0} (on throughout, or going silent at a bend).',
  'lab.hintWay': 'One way that works: {parts}.',
  'lab.hintKeeps': 'It keeps {names} as they are (locked).',
  'lab.hintKeeps.one': 'It keeps {names} as it is (locked).',
  'lab.hintClose': 'Get as close as you can.',
  'lab.trained': 'Fitted in {steps} steps of gradient descent: error {before} → {after}.',
  'lab.fitFailed': 'The fit stopped after {steps} steps without matching: error {before} → {after}; the largest gap is {gap} at x = {x}, and a match needs {tolerance}.',
  'lab.fitExists': 'An exact solution exists ("Show the solution" gives one).',
  'lab.fitSettled': 'Gradient descent settled in a poor fit: its last tenth of steps lowered the error by less than 1%.',
  'lab.fitImproving': 'The error was still falling when the steps ran out.',
  'lab.fitRetry': 'Fitting again starts from seed {seed}: the current values, each moved by a small random step, so it can end elsewhere.',
  'lab.fitFrom': 'This fit started from seed {seed}: the values it was given, each moved by a small random step.',
  'lab.fitNoExact': 'Fitting again can lower the error, but cannot match.',
  'lab.revived':
    'Units {units} were silent at every sample when the fit began, so their gradient was zero and gradient descent could not move them: the fit moved their hinges near the largest error.',
  'lab.revived.one':
    'Unit {units} was silent at every sample when the fit began, so its gradient was zero and gradient descent could not move it: the fit moved its hinge near the largest error.',
  'lab.died': 'Units {units} went silent at every sample during the fit, and the fit moved their hinges near the largest error.',
  'lab.died.one': 'Unit {units} went silent at every sample during the fit, and the fit moved its hinge near the largest error.',
  'lab.silentEnd': 'Units {units} end silent at every sample.',
  'lab.silentEnd.one': 'Unit {units} ends silent at every sample.',
  'lab.stepSilent':
    'Units {units} are silent at every sample (z ≤ 0 there), and a silent ReLU passes back no gradient, so no step can move them: move one until it is on somewhere, then step.',
  'lab.stepSilent.one':
    'Unit {units} is silent at every sample (z ≤ 0 there), and a silent ReLU passes back no gradient, so no step can move it: move it until it is on somewhere, then step.',
  'reason.duplicateX': 'no output can match it exactly: it has two points at x = {x} with different y ({y0} and {y1})',
  'reason.runs': 'no output of these units can match it exactly: its {count} points fall into at least {runs} straight runs, so an exact match bends at least {bends} times, and these units bend at most {most} times',
  'reason.goal': 'this lesson is judged by its goal, a mean squared error of at most {goal}, not by an exact match',
  'lab.hintGoal1': 'This fit is judged by the mean squared error: the average of the squared gaps at its {count} points. Reach {goal} or less; the error bar fills as you get closer.',
  'lab.hintGoalAbove': 'The largest gap is now at x = {x}: the output is {gap} above the target there.',
  'lab.hintGoalBelow': 'The largest gap is now at x = {x}: the output is {gap} below the target there.',
  'lab.hintGoalSilent': 'Unit {unit} is silent at every point, so it changes nothing yet: give w{unit} a slope and set {rule} to put its hinge, where it bends the output, at x = {x}.',
  'lab.hintGoalEdgeLeft':
    'Unit {unit} is silent at every point, so it changes nothing yet. A hinge at x = {x}, the left edge, would bend nothing inside the range: give w{unit} a negative slope and set {rule} to put its hinge at x = {at}; it is then on across the range and changes the output most at x = {x}.',
  'lab.hintGoalEdgeRight':
    'Unit {unit} is silent at every point, so it changes nothing yet. A hinge at x = {x}, the right edge, would bend nothing inside the range: give w{unit} a positive slope and set {rule} to put its hinge at x = {at}; it is then on across the range and changes the output most at x = {x}.',
  'lab.hintGoalHinge': 'A unit bends the output at its hinge, x = −b/w: a hinge moved nearer x = {x} lets the output bend there.',
  'lab.hintGoalSpread': "Spread the units' hinges over x from {x0} to {x1}, more of them where the target curves most.",
  'lab.hintGoalNoExact': 'Aim for close, not exact: {why}.',
  'lab.goodFitNote': "A good fit: the best of {fits} fits by gradient descent ({steps} steps each, seeds {seeds}, from the lesson's starting values), with a mean squared error of {error}.",
  'lab.goodFitReached': 'It reaches the goal of {goal}.',
  'lab.goodFitMissed': 'It falls short of the goal of {goal}.',
  'lab.fitGoalFailed': 'The fit stopped after {steps} steps short of the goal: error {before} → {after}, and the goal is a mean squared error of at most {goal}.',
  'lab.offGrid':
    'The fit lands between slider steps (the nearest steps would lose the match), so the number boxes show its exact values.',
  'lab.swapped':
    'Here unit 2 wakes up first and unit 1 second: they swapped the roles the lesson gives them, which fits the target just as well.',
  'lab.separated':
    'Units {units} started identical to another unit. Identical units get identical gradients, so gradient descent could never tell them apart; the fit moved them to a new hinge to break the symmetry (random initialisation does this in real networks).',
  'lab.separated.one':
    'Unit {units} started identical to another unit. Identical units get identical gradients, so gradient descent could never tell them apart; the fit moved it to a new hinge to break the symmetry (random initialisation does this in real networks).',
} as const satisfies Record<(typeof LATER_KEYS)[number], string>;
