/**
 * Painting marks with the CSS Custom Highlight API: one `Highlight` per kind (lib/editors/contract.ts HIGHLIGHT),
 * registered in the editor's own window (`doc.defaultView.CSS.highlights`: the content script runs in the
 * editor's frame, so iframe editors get their frame's registry). The `::highlight()` rules go once into that
 * document's head as `<style data-luoshi>` — outside the editor's content — and, for editors inside a shadow tree,
 * into the shadow root's adopted style sheets (document rules do not reach into shadow trees).
 * No node of the editor is touched: Ranges are only registered, never wrapped.
 */
import { HIGHLIGHT, type HighlightKind } from '../editors/contract';
import type { TextSnapshot } from '../editors/text-snapshot';
import type { Mark } from './marks';

/** The window features used here (a fake in tests). */
export interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightLike;
}

/** The part of `Highlight` used here. */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  clear(): void;
  readonly size: number;
}

/** Drawing order: later kinds win where marks overlap (owner and deadline over their action, over a problem). */
const PRIORITY: Record<HighlightKind, number> = { problem: 0, action: 1, finding: 2, placeholder: 3, owner: 4, deadline: 5 };

/** The `::highlight` rules, one style per kind. */
export const HIGHLIGHT_CSS = [
  `::highlight(${HIGHLIGHT.problem}){background-color:rgba(244,67,54,.16)}`,
  `::highlight(${HIGHLIGHT.action}){background-color:rgba(33,150,243,.10);text-decoration:underline 2px rgba(33,150,243,.75);text-underline-offset:3px}`,
  `::highlight(${HIGHLIGHT.owner}){color:#0d47a1;background-color:rgba(33,150,243,.22);text-decoration:underline 2px #1565c0;text-underline-offset:3px}`,
  `::highlight(${HIGHLIGHT.deadline}){color:#6a1b9a;background-color:rgba(156,39,176,.16);text-decoration:underline 2px #8e24aa;text-underline-offset:3px}`,
  `::highlight(${HIGHLIGHT.placeholder}){background-color:rgba(255,152,0,.30);text-decoration:underline wavy 1px #e65100}`,
  `::highlight(${HIGHLIGHT.finding}){text-decoration:underline dotted 2px #795548;text-underline-offset:3px}`,
].join('\n');

/** Whether the window has the Highlight API. */
export function supportsCustomHighlights(win: HighlightWindow | null | undefined): boolean {
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

const styledShadows = new WeakSet<ShadowRoot>();

/** Puts the `::highlight` rules where `node`'s text can use them: its document's head, and its shadow root if any. */
export function ensureHighlightStyles(node: Node): void {
  const doc = node.ownerDocument ?? (node as Document);
  const parent = doc.head ?? doc.documentElement;
  if (parent && !parent.querySelector(':scope > style[data-luoshi]')) {
    const style = doc.createElement('style');
    style.setAttribute('data-luoshi', '');
    style.textContent = HIGHLIGHT_CSS;
    parent.append(style);
  }
  const root = node.getRootNode?.();
  if (root && root.nodeType === 11 && !styledShadows.has(root as ShadowRoot)) {
    const shadow = root as ShadowRoot;
    styledShadows.add(shadow);
    const Sheet = doc.defaultView?.CSSStyleSheet;
    try {
      if (!Sheet || !('adoptedStyleSheets' in shadow)) throw new Error('no constructable style sheets');
      const sheet = new Sheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } catch {
      const style = doc.createElement('style');
      style.setAttribute('data-luoshi', '');
      style.textContent = HIGHLIGHT_CSS;
      shadow.append(style);
    }
  }
}

/** The marks as Ranges per kind; marks the snapshot cannot map are skipped. */
export function rangesOf(snapshot: TextSnapshot, marks: readonly Mark[]): Map<HighlightKind, Range[]> {
  const out = new Map<HighlightKind, Range[]>();
  for (const m of marks) {
    const range = snapshot.toRange(m.start, m.end);
    if (!range) continue;
    const list = out.get(m.kind);
    if (list) list.push(range);
    else out.set(m.kind, [range]);
  }
  return out;
}

/** Registers the ranges: every kind's Highlight is replaced in place (kinds without ranges become empty). */
export function paintHighlights(win: HighlightWindow, ranges: ReadonlyMap<HighlightKind, readonly Range[]>): void {
  if (!supportsCustomHighlights(win)) return;
  const registry = win.CSS!.highlights!;
  for (const kind of Object.keys(HIGHLIGHT) as HighlightKind[]) {
    const name = HIGHLIGHT[kind];
    let highlight = registry.get(name) as HighlightLike | undefined;
    if (!highlight) {
      highlight = new win.Highlight!();
      highlight.priority = PRIORITY[kind];
      registry.set(name, highlight);
    } else highlight.clear();
    for (const range of ranges.get(kind) ?? []) highlight.add(range);
  }
}

/** Removes every Luoshi highlight from the window's registry. */
export function clearHighlights(win: HighlightWindow): void {
  if (!supportsCustomHighlights(win)) return;
  for (const name of Object.values(HIGHLIGHT)) win.CSS!.highlights!.delete(name);
}
