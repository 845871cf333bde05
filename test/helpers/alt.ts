/**
 * A plot's text alternative: every plot is a chart explorer (a slider named by its title),
 * described by its text alternative, the first element its aria-describedby names.
 */
export function textAlternative(plot: Element): string {
  const id = plot.getAttribute('aria-describedby')!.split(/\s+/)[0];
  const root = plot.getRootNode() as ShadowRoot | Document;
  return root.getElementById(id)!.textContent!.trim();
}
