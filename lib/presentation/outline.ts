/** The flat `headings` list of an Analysis as a tree, for outline views. */
import type { Heading } from '../schema/analysis';

export interface OutlineNode {
  heading: Heading;
  children: OutlineNode[];
}

/**
 * Nests each heading under the nearest preceding heading of a smaller level. A heading that skips levels
 * (level 1 → level 3) becomes a direct child; one with no smaller level before it is a root.
 */
export function buildOutline(headings: readonly Heading[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const heading of headings) {
    const node: OutlineNode = { heading, children: [] };
    while (stack.length && stack[stack.length - 1]!.heading.level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}
