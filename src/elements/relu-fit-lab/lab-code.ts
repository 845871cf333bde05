/**
 * "Copy as code" (#26): the lab's network and target as a NumPy, PyTorch or
 * Keras script that prints the lab's error. The script writer
 * (src/math/to-code.ts) is loaded on first use, so the one-tag bundle does
 * not carry it.
 */
import type { Lesson } from '../../math/lesson.js';
import type { CodeLanguage } from '../../math/to-code.js';

/** The languages, as the buttons name them. */
export const CODE_NAMES: Readonly<Record<CodeLanguage, string>> = { numpy: 'NumPy', pytorch: 'PyTorch', keras: 'Keras' };

const isLanguage = (x: unknown): x is CodeLanguage => typeof x === 'string' && Object.hasOwn(CODE_NAMES, x);

/** The script for `lesson` in `language`; another value warns (naming it) and gives NumPy's. */
export async function codeOf(lesson: Lesson, language: unknown, title: string, warn: (input: string, value: unknown, reason: string) => void): Promise<string> {
  if (!isLanguage(language)) warn('toCode(language)', language, `it must be one of ${Object.keys(CODE_NAMES).join(', ')}; using numpy`);
  const { codeModelOf, toCode } = await import('../../math/to-code.js');
  return toCode(codeModelOf(lesson, { title }), isLanguage(language) ? language : 'numpy');
}
