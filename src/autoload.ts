/**
 * Lazy autoloader: registers each relu-lab element only when its tag first
 * appears in the document (now, or later: a MutationObserver watches for
 * it), loading just that element's code. `import 'relu-lab/autoload.js'`.
 */

const loaders: Record<string, () => Promise<unknown>> = {
  'relu-trio': () => import('./relu-trio.js'),
  'relu-unit-plot': () => import('./relu-unit-plot.js'),
  'relu-fit-lab': () => import('./relu-fit-lab.js'),
};

const requested = new Set<string>();

/** Loads every element used under `root` that is not defined yet. */
export function load(root: ParentNode = document): Promise<unknown[]> {
  const pending: Promise<unknown>[] = [];
  for (const [tag, loader] of Object.entries(loaders)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if ((root as Element).localName === tag || root.querySelector(tag)) {
      requested.add(tag);
      pending.push(loader());
    }
  }
  return Promise.all(pending);
}

if (typeof document !== 'undefined') {
  void load(document);
  new MutationObserver((records) => {
    if (requested.size === Object.keys(loaders).length) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) void load(node as Element);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
