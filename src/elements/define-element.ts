/**
 * Defines `tag` unless it is already defined, so two copies of the package
 * on one page (or a module loaded twice) never throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
