import { LitElement, adoptStyles, type CSSResult, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { InputGuard } from './attributes.js';
import { sharedStyles } from './shared.styles.js';
import { localeStrings, registry } from '../locales/registry.js';
import { sharedStrings, translator, type LocaleStrings, type Translate } from './strings.js';

/** JSON attribute: an object, or the text itself when it does not parse (the guard warns). */
const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return {};
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The language of the nearest `lang` attribute, looking through shadow roots. */
export function languageOf(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The connected elements, for the one observer of `lang` attributes in their documents. */
const speaking = new Set<ReluElement>();
let languageWatch: MutationObserver | undefined;

/** A page that changes a `lang` attribute (an app switching language) reaches every element in it. */
function watchLanguage(element: ReluElement): void {
  speaking.add(element);
  languageWatch ??= new MutationObserver(() => speaking.forEach((e) => e.relocate()));
  languageWatch.observe(element.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** A value as JSON for a warning; a value JSON cannot write (a cycle, a BigInt) says so instead of throwing. */
function jsonOrNote(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '[an object JSON cannot write]';
  }
}

/**
 * What every relu-lab element shares: replaceable strings, a colour theme,
 * the page's language for numbers, the input guard and data-table toggles.
 *
 * @attr {string} strings - Replacement strings as a JSON object, merged over the English defaults (keys in `defaultStrings`).
 * @attr {"light"|"dark"} theme - Force the light or dark theme; absent, the element follows `prefers-color-scheme`.
 *
 * @cssprop [--relu-color-text=inherit] - Text and tick colour (dark theme: #ecebe8).
 * @cssprop [--relu-background=transparent] - Background of the element (dark theme: #17181c).
 * @cssprop [--relu-padding=0] - Space inside the element's edge, for when it paints a background (dark theme: 0.75em).
 * @cssprop [--relu-radius=0.5em] - Corner radius of the element's background, where it paints one (the dark theme).
 * @cssprop [--relu-surface=Canvas] - Fill behind legends and labels drawn over curves (dark theme: #17181c).
 * @cssprop [--relu-color-grid=color-mix(in srgb, currentColor 12%, transparent)] - Grid lines.
 * @cssprop [--relu-color-axis=color-mix(in srgb, currentColor 45%, transparent)] - Plot borders.
 * @cssprop [--relu-color-zero=color-mix(in srgb, currentColor 70%, transparent)] - Lines along x = 0 and y = 0.
 * @cssprop [--relu-color-accent=#0a6bd6] - Focus rings, buttons, sliders and links (dark theme: #6cb6ff).
 * @cssprop [--relu-color-casing=color-mix(in oklab, line colour 65%, black)] - Casing drawn under each line so light colours keep 3:1 contrast; transparent in the dark theme.
 * @cssprop [--relu-font=system-ui] - Font family.
 * @cssprop [--relu-font-math=ui-monospace] - Font of formulas.
 *
 * @csspart plot - Every plot's svg.
 * @csspart table-toggle - The "Show data" button under each plot.
 * @csspart table - Each plot's data table, when shown.
 * @csspart readout - The values at the cursor, kept after focus or the pointer leaves (Escape clears it). Screen readers hear them as the focused plot's value: each plot is a chart explorer, a slider along x.
 */
export class ReluElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** Reactive properties, as Lit declares them without decorators (their docs are on each accessor or field below). */
  static override properties: PropertyDeclarations = {
    strings: { attribute: 'strings', converter: jsonAttribute },
    theme: { reflect: true },
    openTables: { state: true },
  };

  /**
   * Replacement strings, merged over the English defaults (see
   * `defaultStrings`) and the table of the element's language (relu-lab/locales/).
   * Attribute: the same object as JSON.
   */
  strings: Partial<LocaleStrings> = {};

  /**
   * Colour theme: `light`, `dark`, or absent to follow `prefers-color-scheme`.
   */
  theme: 'light' | 'dark' | undefined = undefined;

  /** The data tables that are open, by figure key. */
  protected openTables: ReadonlySet<string> = new Set();

  protected readonly guard = new InputGuard(this);
  protected locale: string | undefined;
  /** The English strings this kind of element uses: the shared ones (the lab adds its own). */
  protected static readonly texts: Readonly<Record<string, string>> = sharedStrings;
  protected get texts(): Readonly<Record<string, string>> {
    return (this.constructor as typeof ReluElement).texts;
  }
  protected t: Translate = translator(null, this.texts);
  /** The registered table of `locale` that `t` was made with. */
  private table?: Partial<LocaleStrings>;

  /** `t` over the English defaults, the language's table, then the element's `strings`. */
  protected wordsFor(table?: Partial<LocaleStrings>): Translate {
    // Called after `strings` was checked: it holds the last good object.
    return translator({ ...table, ...this.strings }, this.texts);
  }

  /** Whether `key` is one of this element's strings (the lab adds plural variants). */
  protected knows(key: string): boolean {
    // Own keys only: "constructor" or "__proto__" are not strings of ours, whatever Object.prototype says.
    return Object.hasOwn(this.texts, key);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = languageOf(this);
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    speaking.delete(this);
  }

  /** Reads the nearest `lang` again; a new language redraws the element in it. @internal */
  relocate(): void {
    const locale = languageOf(this);
    if (locale === this.locale) return;
    this.locale = locale;
    this.requestUpdate();
  }

  /**
   * Moved into another document (an iframe's, Document Picture-in-Picture's):
   * a shadow root may only adopt style sheets made in its own document, so the
   * browser drops ours. Adopt copies made there, or the originals on the way back.
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!root || !view) return;
    const styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
    if (view.CSSStyleSheet === CSSStyleSheet) {
      adoptStyles(root, styles);
      return;
    }
    root.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      return sheet;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) {
      if (isPlainObject(this.strings)) {
        const entries = Object.entries(this.strings);
        // A key of a loaded language (a trio given a whole table, the lab's keys too) is no mistake.
        const known = (key: string) => this.knows(key) || [...(registry()?.values() ?? [])].some((table) => Object.hasOwn(table, key));
        const unknown = entries.filter(([key]) => !known(key)).map(([key]) => key);
        const notText = entries.filter(([key, value]) => known(key) && typeof value !== 'string').map(([key]) => key);
        if (unknown.length || notText.length) {
          const problems = [
            unknown.length ? `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : '',
            notText.length ? `not text: ${notText.join(', ')}` : '',
          ].filter(Boolean);
          this.guard.warn('strings', jsonOrNote(this.strings), `${problems.join('; ')}; using the defaults for those`);
        }
        this.guard.accept('strings', this.strings);
      } else {
        // Name the value as written: the attribute's text when it produced this value.
        const written = this.getAttribute('strings');
        const fromAttribute = written !== null && jsonOrNote(jsonAttribute.fromAttribute(written)) === jsonOrNote(this.strings);
        this.guard.warn(
          'strings',
          fromAttribute ? written : this.strings,
          'it must be an object of strings (JSON in the attribute); keeping the last good strings',
        );
        this.strings = this.guard.last<Partial<LocaleStrings>>('strings') ?? {};
      }
    }
    const table = localeStrings(this.locale);
    if (changed.has('strings') || table !== this.table) this.t = this.wordsFor((this.table = table));
    if (changed.has('theme') && this.theme !== undefined && this.theme !== null) {
      if (this.theme !== 'light' && this.theme !== 'dark') {
        this.guard.warn('theme', this.theme, 'it must be "light" or "dark" (or absent to follow the system)');
        this.theme = this.guard.last('theme');
      } else {
        this.guard.accept('theme', this.theme);
      }
    }
  }

  protected toggleTable = (key: string): void => {
    const open = new Set(this.openTables);
    if (open.has(key)) open.delete(key);
    else open.add(key);
    this.openTables = open;
  };
}
