/** What a learner does with the lab's controls, as tests drive them. */

/** The learner types `value` into a parameter's number box (`#w1-number`, …) and leaves it: a commit. */
export async function enter(lab: HTMLElement & { readonly updateComplete: Promise<boolean> }, id: string, value: number): Promise<void> {
  const box = lab.shadowRoot!.querySelector<HTMLInputElement>(`#${id}-number`)!;
  box.value = String(value);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await lab.updateComplete;
}
