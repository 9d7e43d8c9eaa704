/**
 * Block-structured document suites (飞书/语雀/Notion-like): one small editing host per block inside a container,
 * nested for lists and columns. The draft is the container read as one text, a '\n' between blocks; toolbars, drag
 * handles and placeholders between the hosts are not editable and so are left out.
 * Recognised by block markup (`data-block-id`, `data-block-type`, `data-zone-id` …) or, without it, by three or more
 * one-line hosts close together. Two independent editors on a form stay two editors.
 */
import { editorIdOf, watchMutations, type EditorAdapter } from './editor-adapter';
import { isBlockElement, readTextSnapshot } from './text-snapshot';

const BLOCK_MARKUP = '[data-block-id],[data-block-type],[data-block],[data-zone-id],[data-node-id]';
/** How far above a host its block suite's container may be. */
const MAX_DEPTH = 8;

export interface BlockSuite {
  container: HTMLElement;
  hosts: HTMLElement[];
}

/** Splits editing hosts (in document order) into block suites and the rest. */
export function groupBlockSuites(hosts: readonly HTMLElement[]): { suites: BlockSuite[]; rest: HTMLElement[] } {
  const marked = hosts.filter((h) => hasBlockMarkup(h));
  const lines = hosts.filter((h) => !marked.includes(h) && isOneLine(h));
  const suites = [...groups(marked, 2), ...groups(lines, 3)];
  const taken = new Set(suites.flatMap((s) => s.hosts));
  return { suites, rest: hosts.filter((h) => !taken.has(h)) };
}

/** An adapter reading a block suite's container as one draft. */
export function blockSuiteAdapter(container: HTMLElement): EditorAdapter {
  return {
    kind: 'block-suite',
    id: editorIdOf(container, 'block-suite'),
    root: container,
    usesOverlay: false,
    readText: () => readTextSnapshot(container, { editableOnly: true }),
    onChange: (cb, signal) => watchMutations(container, cb, signal),
  };
}

function hasBlockMarkup(host: HTMLElement): boolean {
  let el: HTMLElement | null = host;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) if (el.matches(BLOCK_MARKUP)) return true;
  return false;
}

function isOneLine(host: HTMLElement): boolean {
  for (const el of host.querySelectorAll('*')) if (isBlockElement(el)) return false;
  return true;
}

/** Runs of hosts whose lowest common ancestor is close above each of them; runs shorter than `min` are dropped. */
function groups(hosts: HTMLElement[], min: number): BlockSuite[] {
  const out: BlockSuite[] = [];
  let run: BlockSuite | null = null;
  for (const host of hosts) {
    const lca = run ? commonAncestor(run.container, host) : null;
    if (run && lca && lca !== host.ownerDocument.body && lca !== host.ownerDocument.documentElement && run.hosts.every((h) => depthBelow(h, lca) <= MAX_DEPTH)) {
      run.container = lca;
      run.hosts.push(host);
      continue;
    }
    if (run && run.hosts.length >= min) out.push(run);
    run = { container: host.parentElement ?? host, hosts: [host] };
  }
  if (run && run.hosts.length >= min) out.push(run);
  return out;
}

function commonAncestor(a: HTMLElement, b: HTMLElement): HTMLElement | null {
  for (let el: HTMLElement | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

function depthBelow(node: HTMLElement, ancestor: HTMLElement): number {
  let d = 0;
  for (let el: HTMLElement | null = node; el && el !== ancestor; el = el.parentElement) d++;
  return d;
}
