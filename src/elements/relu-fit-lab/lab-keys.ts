/** `<relu-fit-lab>`'s keyboard shortcuts, over its public actions. */

/** Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z or Ctrl+Y redoes, wherever focus is in the lab. */
export function historyKeys(event: KeyboardEvent, lab: { undo(): boolean; redo(): boolean }): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  const action = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
  if (!action) return;
  event.preventDefault();
  lab[action]();
}

/** L on the main plot plays it as sound (again to stop); Escape stops it. True when the key was L. */
export function listenKeys(event: KeyboardEvent, lab: { listen(): unknown; stopListening(): void }, playing: boolean): boolean {
  const toggle = event.key === 'l' || event.key === 'L';
  if (toggle) event.preventDefault();
  if (toggle && !playing) void lab.listen();
  else if (toggle || event.key === 'Escape') lab.stopListening();
  return toggle;
}
