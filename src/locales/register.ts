import type { LocaleStrings } from '../elements/strings.js';

/**
 * Makes `strings` the table of language `lang` (a BCP 47 tag: `fr`, `pt-BR`): every element
 * whose nearest `lang` attribute is that language, or a more specific one (`fr-CA` finds `fr`),
 * shows it, those already on the page too. The element's `strings` property still wins, key by key.
 * The tables of relu-lab/locales/ call it when imported.
 */
export function registerLocale(lang: string, strings: Partial<LocaleStrings>): void {
  const g = globalThis as unknown as Record<symbol, Map<string, Partial<LocaleStrings>> | undefined>;
  (g[Symbol.for('relu-lab.locales')] ??= new Map()).set(String(lang).toLowerCase(), strings);
  // Elements already rendered take it on their next update: ask for one, through open shadow roots.
  const visit = (root: ParentNode) =>
    root.querySelectorAll('*').forEach((element) => {
      if (element.localName.startsWith('relu-')) (element as Element & { requestUpdate?(): void }).requestUpdate?.();
      if (element.shadowRoot) visit(element.shadowRoot);
    });
  if (typeof document !== 'undefined') visit(document);
}
