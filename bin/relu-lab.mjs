#!/usr/bin/env node
/**
 * npx relu-lab scorm <lesson.json> --out <file.zip> [--scorm 1.2|2004] [--title …] [--mastery 0..1]
 *
 * Makes a SCORM package of a lesson or a challenge list: imsmanifest.xml (one SCO), index.html
 * (the launch page, the lesson in it as JSON data) and relu-lab.js (the elements and
 * relu-lab/scorm), zipped with fflate. A lesson file that the lab would refuse is refused here
 * with a message naming the file, the entry and the field (exit code 2), and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { readChallenges } from '../dist/elements/relu-fit-lab/challenge-list.js';
import { curvesCode } from '../dist/elements/relu-fit-lab/lab-lazy.js';

// A formula entry (`fn`, `domain`, `noise`, `seed`) is read by the formula code, which the lab loads on first use: here, first.
await curvesCode.load();

const USAGE = 'usage: npx relu-lab scorm <lesson.json> --out <file.zip> [--scorm 1.2|2004] [--title "…"] [--mastery 0..1]';
const fail = (message) => {
  console.error(`relu-lab: ${message}`);
  process.exit(2);
};

/** The command line, read strictly: every problem is named. */
export function readArgs(argv) {
  const [command, file, ...rest] = argv;
  if (command !== 'scorm') return { error: `unknown command ${JSON.stringify(command ?? '')}\n${USAGE}` };
  if (!file || file.startsWith('--')) return { error: `which lesson file?\n${USAGE}` };
  const options = { file, out: null, scorm: '2004', title: null, mastery: 1 };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) return { error: `${flag} needs a value\n${USAGE}` };
    if (flag === '--out') options.out = value;
    else if (flag === '--scorm') {
      if (value !== '1.2' && value !== '2004') return { error: `--scorm must be 1.2 or 2004, not ${JSON.stringify(value)}` };
      options.scorm = value;
    } else if (flag === '--title') options.title = value;
    else if (flag === '--mastery') {
      const m = Number(value);
      if (!/^\d*\.?\d+$/.test(value) || !(m >= 0 && m <= 1)) return { error: `--mastery must be a number from 0 to 1, not ${JSON.stringify(value)}` };
      options.mastery = m;
    } else return { error: `unknown option ${flag}\n${USAGE}` };
  }
  if (!options.out) return { error: `where to write the package? --out <file.zip>\n${USAGE}` };
  return { options };
}

/** The lesson file as the lab would take it: a challenge list, or one lesson's fields (made a list of one). */
export function readLesson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `${file}: it is not JSON (${error.message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: `${file}: it must be an object: one lesson's fields, or { "challenges": [...] }` };
  const list = data.challenges ?? [data];
  const single = data.challenges === undefined;
  if (!single && Object.keys(data).some((k) => k !== 'challenges' && k !== 'title')) {
    return { error: `${file}: next to "challenges" only "title" is taken, not ${JSON.stringify(Object.keys(data).find((k) => k !== 'challenges' && k !== 'title'))}` };
  }
  if (!Array.isArray(list) || !list.length) return { error: `${file}: "challenges" must be a list of at least one challenge` };
  const read = readChallenges(list);
  const problems = read.problems.map((p) => (single ? p.replace(/^challenge 0(?: \("[^"]*"\))?: /, '') : p.replace(/^challenge (\d+)/, 'challenges[$1]')));
  if (read.rejected || problems.length) return { error: `${file}: ${(problems.length ? problems : ['it is refused']).join('; ')}` };
  return { challenges: list, title: typeof data.title === 'string' ? data.title : null };
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** imsmanifest.xml for one SCO, SCORM 1.2 or 2004 4th edition (validated against the ADL schemas in the tests). */
export function manifest({ scorm, title, mastery }) {
  const files = '<file href="index.html"/><file href="relu-lab.js"/>';
  if (scorm === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="relu-lab" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="relu-lab-organization">
    <organization identifier="relu-lab-organization">
      <title>${xml(title)}</title>
      <item identifier="relu-lab-item" identifierref="relu-lab-sco" isvisible="true">
        <title>${xml(title)}</title>
        <adlcp:masteryscore>${Math.round(mastery * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="relu-lab-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">${files}</resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="relu-lab" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="relu-lab-organization">
    <organization identifier="relu-lab-organization">
      <title>${xml(title)}</title>
      <item identifier="relu-lab-item" identifierref="relu-lab-sco">
        <title>${xml(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="relu-lab-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${mastery}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="relu-lab-sco" type="webcontent" adlcp:scormType="sco" href="index.html">${files}</resource>
  </resources>
</manifest>
`;
}

/** The launch page: the script, and the lesson as JSON data (never run; "</" escaped so it cannot close the element). */
export function launchPage({ title, mastery, challenges }) {
  const data = JSON.stringify({ title, mastery, lesson: { challenges } }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${xml(title)}</title>
    <script type="module" src="relu-lab.js"></script>
  </head>
  <body data-relu-scorm>
    <script type="application/json" id="relu-lesson">${data}</script>
  </body>
</html>
`;
}

/** The package's files, by name. */
export function packageFiles(options, lesson, script) {
  const title = options.title ?? lesson.title ?? 'ReLU lab';
  return {
    'imsmanifest.xml': strToU8(manifest({ scorm: options.scorm, title, mastery: options.mastery })),
    'index.html': strToU8(launchPage({ title, mastery: options.mastery, challenges: lesson.challenges })),
    'relu-lab.js': script,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = readArgs(process.argv.slice(2));
  if (args.error) fail(args.error);
  const { options } = args;
  let text;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    fail(`cannot read ${options.file}: ${error.message}`);
  }
  const lesson = readLesson(text, basename(options.file));
  if (lesson.error) fail(lesson.error);
  const script = readFileSync(new URL('../dist/relu-lab.scorm.js', import.meta.url));
  writeFileSync(options.out, zipSync(packageFiles(options, lesson, script), { level: 9 }));
  console.log(`relu-lab: wrote ${options.out} (SCORM ${options.scorm}, ${lesson.challenges.length} challenge${lesson.challenges.length === 1 ? '' : 's'})`);
}
