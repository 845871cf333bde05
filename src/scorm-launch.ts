/**
 * The launch page's script in a SCORM package (`npx relu-lab scorm`): every element, Lit and
 * relu-lab/scorm in one file. It reads the lesson from the page's
 * `<script type="application/json" id="relu-lesson">` (data, never run), shows the lab, and
 * connects it to the LMS.
 */
import './define.js';
import type { ReluFitLab } from './elements/relu-fit-lab/relu-fit-lab.js';
import { connectScorm } from './scorm.js';

/** The package's lesson: `{ title?, mastery?, lesson }`, `lesson` being the JSON the lab takes (attributes, or `challenges`). */
export interface ScormLesson {
  readonly title?: string;
  readonly mastery?: number;
  readonly lesson: Readonly<Record<string, unknown>>;
}

export async function launch(data: ScormLesson, into: HTMLElement = document.body): Promise<ReluFitLab> {
  const lab = document.createElement('relu-fit-lab') as ReluFitLab;
  for (const [name, value] of Object.entries(data.lesson)) (lab as unknown as Record<string, unknown>)[name] = value;
  into.append(lab);
  await lab.updateComplete;
  connectScorm(lab, { mastery: data.mastery });
  return lab;
}

const source = typeof document !== 'undefined' ? document.getElementById('relu-lesson') : null;
if (source && document.body.dataset.reluScorm !== undefined) void launch(JSON.parse(source.textContent ?? '{}') as ScormLesson);
