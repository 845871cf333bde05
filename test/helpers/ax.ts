import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the accessibility tree, as Chromium gives it to screen readers. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly value?: string | number;
  readonly description: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly children: readonly AxNode[];
}

/**
 * The accessibility tree under the first element matching `selector`
 * (through shadow roots), from Chromium's DevTools protocol (the `relu-ax`
 * command of test/shipped/screenshot-plugin.mjs), without ignored nodes.
 */
export function axTree(selector: string): Promise<AxNode> {
  return executeServerCommand('relu-ax', { selector }) as Promise<AxNode>;
}

/** Every node of `tree` (depth first) with the chain of its ancestors. */
export function* walk(tree: AxNode, ancestors: readonly AxNode[] = []): Generator<{ node: AxNode; ancestors: readonly AxNode[] }> {
  yield { node: tree, ancestors };
  for (const child of tree.children) yield* walk(child, [...ancestors, tree]);
}

/** The first node with `role` and `name` (a string, or a test of it). */
export function find(tree: AxNode, role: string, name?: string | RegExp): AxNode | undefined {
  for (const { node } of walk(tree)) {
    if (node.role !== role) continue;
    if (name === undefined || (typeof name === 'string' ? node.name === name : name.test(node.name))) return node;
  }
  return undefined;
}
