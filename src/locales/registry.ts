import type { LocaleStrings } from '../elements/strings.js';

/**
 * The languages loaded on the page, by lower-case language tag: one Map on `globalThis`
 * under a registered symbol, so every copy of relu-lab on the page (two bundles from two
 * CDNs, the npm modules beside the one-tag bundle) reads and fills the same one. The
 * elements only read it (here); relu-lab/locales/register.js fills it.
 */
export const registry = (): Map<string, Partial<LocaleStrings>> | undefined =>
  (globalThis as unknown as Record<symbol, Map<string, Partial<LocaleStrings>> | undefined>)[Symbol.for('relu-lab.locales')];

/** The registered table for `lang`, or for the language it narrows (`de-AT` → `de`); none for English. */
export function localeStrings(lang: string | undefined): Partial<LocaleStrings> | undefined {
  const tables = registry();
  for (let tag = lang?.toLowerCase(); tables && tag; tag = tag.replace(/-?[^-]*$/, '')) if (tables.has(tag)) return tables.get(tag);
  return undefined;
}
