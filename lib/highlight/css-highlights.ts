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
import { remapMark, type TextEdit } from './span-remap';

/** The window features used here (a fake in tests). */
export interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightLike;
}

/** The part of `Highlight` used here. */
export interface HighlightLike {
  priority: number;
  readonly size: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}

/** Drawing order: later kinds win where marks overlap (owner and deadline over their action, over a problem). */
const PRIORITY: Record<HighlightKind, number> = { problem: 0, skipped: 1, action: 1, finding: 2, placeholder: 3, owner: 4, deadline: 5 };

/**
 * The `::highlight` rules, one style per kind. `ink: false` leaves the text colour alone: over a textarea's mirror
 * the glyphs are the textarea's own, and a second, coloured copy would blur them.
 */
export function highlightCss({ ink = true } = {}): string {
  const c = (color: string) => (ink ? `color:${color};` : '');
  return [
    `::highlight(${HIGHLIGHT.problem}){background-color:rgba(244,67,54,.16)}`,
    `::highlight(${HIGHLIGHT.action}){background-color:rgba(33,150,243,.10);text-decoration:underline 2px rgba(33,150,243,.75);text-underline-offset:3px}`,
    `::highlight(${HIGHLIGHT.owner}){${c('#0d47a1')}background-color:rgba(33,150,243,.22);text-decoration:underline 2px #1565c0;text-underline-offset:3px}`,
    `::highlight(${HIGHLIGHT.deadline}){${c('#6a1b9a')}background-color:rgba(156,39,176,.16);text-decoration:underline 2px #8e24aa;text-underline-offset:3px}`,
    `::highlight(${HIGHLIGHT.placeholder}){background-color:rgba(255,152,0,.30);text-decoration:underline wavy 1px #e65100}`,
    `::highlight(${HIGHLIGHT.finding}){text-decoration:underline dotted 2px #795548;text-underline-offset:3px}`,
    // nb. Muted, never struck through: in a draft a strike-through reads as a deletion.
    `::highlight(${HIGHLIGHT.skipped}){background-color:rgba(120,120,120,.10);text-decoration:underline dashed 1px rgba(100,100,100,.65);text-underline-offset:3px}`,
  ].join('\n');
}

/** The rules injected into pages. */
export const HIGHLIGHT_CSS = highlightCss();

/** Whether the window has the Highlight API. */
export function supportsCustomHighlights(win: HighlightWindow | null | undefined): boolean {
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

const styledShadows = new WeakSet<ShadowRoot>();

/**
 * Puts the `::highlight` rules where `node`'s text can use them: its document's head, and its shadow root if any
 * (with `css`, e.g. the ink-free rules for an overlay's shadow root).
 */
export function ensureHighlightStyles(node: Node, css = HIGHLIGHT_CSS): void {
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
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } catch {
      const style = doc.createElement('style');
      style.setAttribute('data-luoshi', '');
      style.textContent = css;
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

/**
 * Registers the ranges: every kind gets a fresh Highlight (kinds without ranges an empty one).
 * nb. Replacing is several times faster in Chromium than `clear()` and re-adding hundreds of ranges.
 */
export function paintHighlights(win: HighlightWindow, ranges: ReadonlyMap<HighlightKind, readonly Range[]>): void {
  if (!supportsCustomHighlights(win)) return;
  const registry = win.CSS!.highlights!;
  for (const kind of Object.keys(HIGHLIGHT) as HighlightKind[]) {
    const highlight = new win.Highlight!(...(ranges.get(kind) ?? []));
    highlight.priority = PRIORITY[kind];
    registry.set(HIGHLIGHT[kind], highlight);
  }
}

/** Removes every Luoshi highlight from the window's registry. */
export function clearHighlights(win: HighlightWindow): void {
  if (!supportsCustomHighlights(win)) return;
  for (const name of Object.values(HIGHLIGHT)) win.CSS!.highlights!.delete(name);
}

/**
 * Paints marks and keeps them painted through edits with as little work for the browser as possible. `paint` puts
 * fresh Highlights in place (a new analysis). `follow` carries the marks over one edit: the Ranges are live, so
 * the DOM has already moved most of them with the text; each one is checked against the new snapshot (two map
 * look-ups) and only marks the edit dropped or whose Range no longer fits are removed or rebuilt. Typing inside a
 * sentence usually touches no Highlight at all, so the browser has nothing to repaint but the typed text.
 */
export class HighlightPainter {
  private entries: { mark: Mark; range: Range | null }[] = [];
  private highlights = new Map<HighlightKind, HighlightLike>();

  constructor(private readonly win: HighlightWindow) {}

  /** The marks as painted now. */
  get marks(): Mark[] {
    return this.entries.map((e) => e.mark);
  }

  /** The marks as painted now, each with its live Range (those the snapshot could map); for hit-testing. */
  painted(): { mark: Mark; range: Range }[] {
    return this.entries.flatMap((e) => (e.range ? [{ mark: e.mark, range: e.range }] : []));
  }

  /**
   * Shows `marks` over `snapshot`. The first time, fresh Highlights are registered; after that only the difference
   * is applied (a new analysis mostly repeats the old marks): marks kept at the same place keep their Range.
   */
  paint(snapshot: TextSnapshot, marks: readonly Mark[]): void {
    if (!supportsCustomHighlights(this.win)) {
      this.entries = marks.map((mark) => ({ mark, range: snapshot.toRange(mark.start, mark.end) }));
      return;
    }
    const registry = this.win.CSS!.highlights!;
    const registered = this.highlights.size > 0 && [...this.highlights].every(([kind, h]) => registry.get(HIGHLIGHT[kind]) === h);
    if (!registered) {
      this.entries = marks.map((mark) => ({ mark, range: snapshot.toRange(mark.start, mark.end) }));
      const byKind = new Map<HighlightKind, Range[]>();
      for (const e of this.entries) if (e.range) byKind.set(e.mark.kind, [...(byKind.get(e.mark.kind) ?? []), e.range]);
      paintHighlights(this.win, byKind);
      this.highlights.clear();
      for (const kind of Object.keys(HIGHLIGHT) as HighlightKind[]) this.highlights.set(kind, registry.get(HIGHLIGHT[kind]) as HighlightLike);
      return;
    }
    const key = (m: Mark) => `${m.kind}:${m.start}:${m.end}`;
    const old = new Map<string, { mark: Mark; range: Range | null }[]>();
    for (const e of this.entries) old.set(key(e.mark), [...(old.get(key(e.mark)) ?? []), e]);
    const next: { mark: Mark; range: Range | null }[] = [];
    for (const mark of marks) {
      const reuse = old.get(key(mark))?.shift();
      if (reuse?.range && snapshot.offsetOf(reuse.range.startContainer, reuse.range.startOffset) === mark.start && snapshot.offsetOf(reuse.range.endContainer, reuse.range.endOffset) === mark.end) {
        next.push({ mark, range: reuse.range });
        continue;
      }
      if (reuse?.range) this.highlights.get(mark.kind)?.delete(reuse.range);
      const range = snapshot.toRange(mark.start, mark.end);
      if (range) this.highlights.get(mark.kind)?.add(range);
      next.push({ mark, range });
    }
    for (const rest of old.values()) for (const e of rest) if (e.range) this.highlights.get(e.mark.kind)?.delete(e.range);
    this.entries = next;
  }

  /** Carries the marks over `edit` onto `snapshot` (the text after it). Returns how many Ranges were touched. */
  follow(snapshot: TextSnapshot, edit: TextEdit | null): number {
    if (!edit) return 0;
    let touched = 0;
    const next: { mark: Mark; range: Range | null }[] = [];
    for (const e of this.entries) {
      const mark = remapMark(e.mark, edit);
      const fits = !!mark && !!e.range && snapshot.offsetOf(e.range.startContainer, e.range.startOffset) === mark.start && snapshot.offsetOf(e.range.endContainer, e.range.endOffset) === mark.end;
      if (fits) {
        next.push({ mark: mark!, range: e.range });
        continue;
      }
      const highlight = this.highlights.get(e.mark.kind);
      if (e.range && highlight) highlight.delete(e.range);
      touched++;
      if (!mark) continue;
      const range = snapshot.toRange(mark.start, mark.end);
      if (range && highlight) highlight.add(range);
      next.push({ mark, range });
    }
    this.entries = next;
    return touched;
  }

  /** Forgets the marks and removes the highlights. */
  clear(): void {
    this.entries = [];
    this.highlights.clear();
    clearHighlights(this.win);
  }
}
