/**
 * Editable regions inside open shadow roots (web-component editors, OA suites built with Lit or Stencil). Closed
 * roots are unreachable by design. Ranges into a shadow tree are valid Highlight ranges; their `::highlight` styles
 * must be adopted by the shadow root itself (lib/highlight/css-highlights.ts does that).
 */
import { contentEditableAdapter, type HostSpec } from './contenteditable';
import type { EditorAdapter } from './editor-adapter';

/** Every open shadow root under `root`, nested ones included, in document order. */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (r: Document | ShadowRoot) => {
    for (const el of r.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}

/** Whether a node lives inside a shadow tree. */
export function inShadowTree(node: Node): boolean {
  const root = node.getRootNode?.();
  return !!root && root !== node.ownerDocument && root !== node && root.nodeType === 11;
}

/** An adapter over an editing host inside a shadow root: a known editor keeps its kind, anything else is `shadow`. */
export function shadowHostAdapter(host: HTMLElement, spec?: HostSpec): EditorAdapter {
  return contentEditableAdapter(host, { kind: spec?.kind ?? 'shadow', skip: spec?.skip });
}
