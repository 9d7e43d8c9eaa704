/**
 * The live annotation of one frame's document, while its site is enabled. The page's main thread only reads the
 * editor and paints: `analyze` runs in the background (editor.analyze). On every edit the snapshot is re-read and
 * the current marks are remapped onto it (span-remap) in the next animation frame, and an analysis is asked for
 * after a pause (DEBOUNCE_MS); nothing is read, painted or analysed while an IME composition is open. The latest
 * state is published for the side panel (editor.publish), and editor.reveal selects a span.
 * The editor's DOM is never written: highlights are Ranges in `CSS.highlights`, the overlay and the badge live
 * outside the editor, the stylesheet in the document's head.
 * Editors come and go (pages build them late; UEditor-like frames rewrite their document, which drops every
 * listener), so detection is repeated on focus and on a slow timer.
 */
import type { Analysis } from '@/lib/schema/analysis';
import type { EditorKind, NoHighlightReason } from '@/lib/editors/contract';
import { isCanvasSuite } from '@/lib/editors/canvas-suite';
import { detectEditors, pickEditor } from '@/lib/editors/detect-editor';
import { watchComposition, type EditorAdapter } from '@/lib/editors/editor-adapter';
import type { TextSnapshot } from '@/lib/editors/text-snapshot';
import { ensureHighlightStyles, HighlightPainter, supportsCustomHighlights, type HighlightWindow } from '@/lib/highlight/css-highlights';
import { countsOf, marksOf, type Mark } from '@/lib/highlight/marks';
import { createMirrorOverlay, createRectOverlay, type Overlay } from '@/lib/highlight/overlay';
import { diffTexts, remapMarks, type TextEdit } from '@/lib/highlight/span-remap';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { topLevelOrigin } from '@/lib/sites';
import { badgeDocument, showBadge, type BadgeCounts } from './badge';
import { timed } from './timing';

/** Pause after the last edit before the draft is analysed. */
export const DEBOUNCE_MS = 300;
/** How often editors are looked for again: while none is found, and while one is bound. */
export const SEARCH_MS = 1000;
export const RECHECK_MS = 3000;

/** What the annotator asks of the extension (the background in the browser, fakes in tests). */
export interface AnnotatorIO {
  analyze(text: string): Promise<Analysis>;
  publish(state: Omit<EditorState, 'tabId' | 'frameId'>): Promise<unknown>;
  openPanel(): Promise<unknown>;
}

export interface Annotator {
  /** Selects `start..end` of the editor `editorId` and scrolls it into view; false when that editor is not here. */
  reveal(editorId: string, start: number, end: number): boolean;
  /** Publishes the current state again (after a same-document navigation). */
  republish(): void;
}

interface Binding {
  adapter: EditorAdapter;
  controller: AbortController;
  snapshot: TextSnapshot;
  /** The marks, where no painter keeps them (overlay spans, rect boxes). */
  marks: Mark[];
  painter: HighlightPainter | null;
  analysis: Analysis | null;
  composing: boolean;
  overlay: Overlay | null;
  rects: ReturnType<typeof createRectOverlay> | null;
  seq: number;
}

/** Starts annotating `win`'s document until `signal` aborts. */
export function startAnnotator(win: Window, io: AnnotatorIO, signal: AbortSignal): Annotator {
  const doc = win.document;
  const isTop = win.top === win;
  const hl = win as unknown as HighlightWindow;
  const canHighlight = supportsCustomHighlights(hl);
  let binding: Binding | null = null;
  let boundBody: HTMLElement | null = null;
  let noEditorPublished: NoHighlightReason | null = null;
  let removeBadge: (() => void) | null = null;
  let frameRequest = 0;
  let debounce = 0;

  const pageUrl = () => {
    try {
      return isTop ? win.location.href : win.top!.location.href;
    } catch {
      return doc.referrer || win.location.href;
    }
  };
  const pageTitle = () => {
    try {
      return (isTop ? doc.title : win.top!.document.title) || doc.title;
    } catch {
      return doc.title;
    }
  };

  const publish = (adapter: EditorAdapter | null, kind: EditorKind, text: string, analysis: Analysis, reason: NoHighlightReason | null) =>
    io
      .publish({ url: pageUrl(), title: pageTitle(), editorKind: kind, editorId: adapter?.id ?? 'none', text, analysis, canHighlight: reason === null, reason, at: Date.now() })
      .catch((error: unknown) => console.debug('luoshi: publish failed', error));

  /** Paints `marks` afresh (a new analysis). */
  const paint = (b: Binding, marks: Mark[]) => {
    timed('luoshi:paint', () => {
      if (b.painter) b.painter.paint(b.overlay ? b.overlay.update(b.snapshot.text, [])! : b.snapshot, marks);
      else if (b.overlay) b.overlay.update(b.snapshot.text, marks);
      else b.rects?.update(b.snapshot, marks);
      b.marks = marks;
    });
    if (b.analysis) updateBadge(countsOf(b.analysis));
  };

  /** Carries the painted marks over an edit (the snapshot is already the new one). */
  const carry = (b: Binding, edit: TextEdit | null) => {
    if (!edit) return;
    timed('luoshi:paint', () => {
      if (b.painter) {
        b.painter.follow(b.overlay ? b.overlay.update(b.snapshot.text, [])! : b.snapshot, edit);
        return;
      }
      b.marks = remapMarks(b.marks, edit);
      if (b.overlay) b.overlay.update(b.snapshot.text, b.marks);
      else b.rects?.update(b.snapshot, b.marks);
    });
  };

  const updateBadge = (counts: BadgeCounts) => {
    try {
      removeBadge = showBadge(badgeDocument(win), counts, () => {
        io.openPanel().catch((error: unknown) => console.debug('luoshi: openPanel failed', error));
      });
    } catch (error) {
      console.debug('luoshi: badge failed', error);
    }
  };

  /** Re-reads the editor and carries the marks over the edit (next frame, once per frame). */
  const follow = () => {
    const b = binding;
    if (!b || b.composing) return;
    const edit = timed('luoshi:read', () => {
      const next = b.adapter.readText();
      const e = diffTexts(b.snapshot.text, next.text);
      b.snapshot = next;
      return e;
    });
    carry(b, edit);
  };

  const analyzeNow = async () => {
    const b = binding;
    if (!b || b.composing || signal.aborted) return;
    const seq = ++b.seq;
    const text = b.adapter.readText().text;
    let analysis: Analysis;
    try {
      analysis = await io.analyze(text);
    } catch (error) {
      console.debug('luoshi: analyze failed', error);
      return;
    }
    if (binding !== b || seq !== b.seq || signal.aborted) return;
    if (b.composing) return; // compositionend schedules a fresh analysis
    b.analysis = analysis;
    const edit = timed('luoshi:read', () => {
      b.snapshot = b.adapter.readText();
      return diffTexts(text, b.snapshot.text);
    });
    paint(b, remapMarks(marksOf(analysis, text), edit));
    if (!edit) void publish(b.adapter, b.adapter.kind, text, analysis, null);
    else schedule();
  };

  /** After an edit: follow it in the next frame, analyse after the pause. */
  const schedule = () => {
    const b = binding;
    if (!b || b.composing || signal.aborted) return;
    if (!frameRequest) {
      frameRequest = win.requestAnimationFrame(() => {
        frameRequest = 0;
        follow();
      });
    }
    win.clearTimeout(debounce);
    debounce = win.setTimeout(() => void analyzeNow(), DEBOUNCE_MS);
  };

  const unbind = () => {
    if (!binding) return;
    binding.controller.abort();
    binding.overlay?.destroy();
    binding.rects?.destroy();
    binding.painter?.clear();
    binding = null;
  };

  const bind = (adapter: EditorAdapter) => {
    unbind();
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const s = controller.signal;
    const textarea = adapter.usesOverlay ? (adapter.root as HTMLTextAreaElement) : null;
    const b: Binding = {
      adapter,
      controller,
      snapshot: adapter.readText(),
      marks: [],
      painter: canHighlight ? new HighlightPainter(hl) : null,
      analysis: null,
      composing: false,
      overlay: textarea ? createMirrorOverlay(textarea, s, { highlights: canHighlight }) : null,
      rects: !textarea && !canHighlight ? createRectOverlay(doc, s) : null,
      seq: 0,
    };
    if (canHighlight && !textarea) ensureHighlightStyles(adapter.root);
    binding = b;
    boundBody = doc.body;
    noEditorPublished = null;
    adapter.onChange(schedule, s);
    watchComposition(adapter.root, (composing) => {
      b.composing = composing;
      if (!composing) schedule();
    }, s);
    // Focus moving to another editor on the page switches to it.
    doc.addEventListener('focusin', () => detect(), { capture: true, signal: s });
    void analyzeNow();
  };

  /** Finds the editors again; binds the chosen one, or tells the panel why there is none (top frame only). */
  const detect = () => {
    if (signal.aborted) return;
    if (binding?.composing) return;
    // nb. Canvas suites keep a hidden editable input target; it is not the draft, so nothing is bound there.
    if (canvasPage()) {
      if (binding) unbind();
      if (isTop && noEditorPublished !== 'canvas-editor') {
        noEditorPublished = 'canvas-editor';
        io.analyze('').then((empty) => publish(null, 'paste', '', empty, 'canvas-editor'), () => undefined);
      }
      return;
    }
    const stale = binding && (!binding.adapter.root.isConnected || doc.body !== boundBody);
    const editors = detectEditors(doc);
    const chosen = pickEditor(editors, doc);
    if (chosen && (stale || !binding || (binding.adapter.root !== chosen.root && focusedIn(chosen)))) {
      bind(chosen);
      return;
    }
    if (!chosen && binding) {
      unbind();
      removeBadge?.();
    }
    if (!chosen && isTop) {
      const reason: NoHighlightReason = 'no-editor';
      if (noEditorPublished !== reason) {
        noEditorPublished = reason;
        io.analyze('').then((empty) => publish(null, 'paste', '', empty, reason), () => undefined);
      }
    }
  };

  /** Whether the page is a canvas document suite (a frame judges by its top-level page's host). */
  const canvasPage = () => {
    if (isTop) return isCanvasSuite(win.location, doc);
    try {
      return isCanvasSuite(win.top!.location, win.top!.document);
    } catch {
      const origin = topLevelOrigin(win);
      return origin !== 'null' && isCanvasSuite({ hostname: new URL(origin).hostname, pathname: '/document/' });
    }
  };

  const focusedIn = (adapter: EditorAdapter) => {
    const active = doc.activeElement;
    return !!active && (adapter.root === active || adapter.root.contains(active) || (adapter.root === doc.body && doc.hasFocus()));
  };

  const tick = () => {
    if (signal.aborted) return;
    detect();
    win.setTimeout(tick, binding ? RECHECK_MS : SEARCH_MS);
  };
  tick();

  signal.addEventListener('abort', () => {
    unbind();
    removeBadge?.();
    win.cancelAnimationFrame(frameRequest);
    win.clearTimeout(debounce);
  }, { once: true });

  return {
    reveal(editorId, start, end) {
      const adapter = binding?.adapter.id === editorId ? binding.adapter : detectEditors(doc).find((e) => e.id === editorId);
      if (!adapter) return false;
      revealSpan(win, adapter, start, end, binding?.adapter === adapter ? binding.overlay : null);
      return true;
    },
    republish() {
      noEditorPublished = null;
      if (binding?.analysis) void publish(binding.adapter, binding.adapter.kind, binding.snapshot.text, binding.analysis, null);
      else detect();
    },
  };
}

/** Selects the span in the editor and scrolls it into view; the editor's content is not changed. */
export function revealSpan(win: Window, adapter: EditorAdapter, start: number, end: number, overlay: Overlay | null): void {
  const doc = win.document;
  if (adapter.usesOverlay) {
    const el = adapter.root as HTMLTextAreaElement;
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    const top = overlay?.contentTopOf(start);
    if (top !== null && top !== undefined) el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return;
  }
  const range = adapter.readText().toRange(start, end);
  if (!range) return;
  const selection = doc.getSelection();
  if (!selection) return;
  // nb. Select first, then focus: focusing an editing host keeps a selection already inside it.
  selection.removeAllRanges();
  selection.addRange(range);
  if (adapter.root === doc.body) win.focus();
  else adapter.root.focus({ preventScroll: true });
  if (selection.rangeCount === 0 || selection.toString() !== range.toString()) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const target = range.startContainer.parentElement ?? adapter.root;
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
}
