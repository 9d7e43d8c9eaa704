/**
 * The live annotation of one frame's document, while its site is enabled. The page's main thread only reads the
 * editor and paints: `analyze` runs in the background (editor.analyze). On every edit the snapshot is re-read and
 * the current marks are remapped onto it (span-remap) in the next animation frame, and an analysis is asked for
 * after a pause (DEBOUNCE_MS); nothing is read, painted or analysed while an IME composition is open. The latest
 * state is published for the side panel (editor.publish), and editor.reveal selects a span.
 * The editor's DOM is never written: highlights are Ranges in `CSS.highlights`, the overlay and the badge live
 * outside the editor, the stylesheet in the document's head.
 * Editors come and go: pages build them late, mount them over their textarea (CKEditor 4, KindEditor), render
 * their blocks after an empty first one (Editor.js), and iframe editors rewrite their document (UEditor, CKEditor 4's
 * setData: document.open/write, which also drops every listener of the document). So the binding follows the page:
 * a MutationObserver on the document (and its open shadow roots) asks for detection when elements come, go, or
 * change their editability or visibility outside the bound editor (at most once per DETECT_GAP_MS), and so do focus
 * and typing outside it. A bound editor that is hidden, detached or no longer editable is replaced by the page's
 * best one (or dropped); an empty one is replaced by one with text unless the user is in it; the editor the user
 * focuses or types in wins. Only designMode, which no mutation reports, is read on a timer while nothing is bound.
 * A change the user did not type (the editor's API set the content) is analysed at once
 * (SET_DEBOUNCE_MS), typing after a pause (DEBOUNCE_MS); a stream of changes nobody types (a collaborator's edits
 * arriving) is analysed no more often than typing is.
 */
import type { Analysis } from '@/lib/schema/analysis';
import type { EditorKind, NoHighlightReason } from '@/lib/editors/contract';
import { isCanvasSuite } from '@/lib/editors/canvas-suite';
import { BADGE_TAG, CARD_TAG, OVERLAY_ATTR } from '@/lib/editors/contract';
import { isDesignMode } from '@/lib/editors/design-mode';
import { detectEditors, editorTextLength, pickEditor } from '@/lib/editors/detect-editor';
import { openShadowRoots } from '@/lib/editors/shadow';
import { watchComposition, type EditorAdapter } from '@/lib/editors/editor-adapter';
import type { TextSnapshot } from '@/lib/editors/text-snapshot';
import { ensureHighlightStyles, HighlightPainter, supportsCustomHighlights, type HighlightWindow } from '@/lib/highlight/css-highlights';
import { cardFor } from '@/lib/highlight/card';
import { countsOf, marksOf, skipKeyOf, type Mark } from '@/lib/highlight/marks';
import { createMirrorOverlay, createRectOverlay, type Overlay } from '@/lib/highlight/overlay';
import { diffTexts, remapMarks, type TextEdit } from '@/lib/highlight/span-remap';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { topLevelOrigin } from '@/lib/sites';
import type { Locale } from '@/lib/i18n/format';
import type { BadgeDock, BadgePlace } from '@/lib/settings/badge-places';
import { badgeDocument, showBadge, type BadgeCounts, type BadgeHandle, type Box } from './badge';
import { caretAt, startHighlightCard } from './card';
import { timed } from './timing';

/** Pause after the user's last edit before the draft is analysed. */
export const DEBOUNCE_MS = 300;
/** Pause after a change the user did not type (setData, setHtml, blocks rendered) before the draft is analysed. */
export const SET_DEBOUNCE_MS = 30;
/** A change this soon after the user's last key, paste, drop or composition counts as typing. */
export const TYPING_MS = 1000;
/** Mutations of the page are coalesced: detection runs at most once in this many ms. */
export const DETECT_GAP_MS = 50;
/** Selection changes are coalesced: whether the editor has a selection is read at most once in this many ms. */
export const SELECTION_MS = 100;
/** Turning designMode on changes no DOM: while nothing is bound, the document's designMode is read this often. */
export const DESIGN_MODE_POLL_MS = 500;

/** What of the page the observer watches: elements coming and going, and attributes that change an editor's state. */
const PAGE_MUTATIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['contenteditable', 'style', 'class', 'hidden', 'disabled', 'readonly', 'aria-hidden'],
};
/** Elements that may be, or hold, an editor. */
const EDITOR_LIKE = 'textarea,[contenteditable],iframe';
/** Events of the user editing (trusted ones only count). */
const USER_INPUT_EVENTS = ['keydown', 'beforeinput', 'input', 'paste', 'cut', 'drop', 'compositionstart', 'compositionend'] as const;

/** What the annotator asks of the extension (the background in the browser, fakes in tests). */
export interface AnnotatorIO {
  analyze(text: string): Promise<Analysis>;
  publish(state: Omit<EditorState, 'tabId' | 'frameId'>): Promise<unknown>;
  /** Opens the side panel (the badge), at an entry (a highlight card's 在侧边栏中查看); sent inside the click. */
  openPanel(entry?: { start: number; end: number }): Promise<unknown>;
  /** The user's language for the card and the badge (zh-CN when not given). */
  locale?(): Promise<Locale>;
  /** The card's 不入台账 for an entry of the published draft (editor.skip; the background writes it). */
  skip?(entry: { start: number; end: number }, kind: 'action' | 'problem'): Promise<unknown>;
  /** The badge's place on this site (shown at the bottom right when not given). */
  badge?(): Promise<BadgePlace>;
  /** The person docked or hid the badge on this site. */
  setBadge?(patch: { hidden?: boolean; dock?: BadgeDock }): Promise<unknown>;
  /** The entries of the published draft marked 不入台账 (editor.skipped), painted muted; none when not given. */
  skipped?(): Promise<{ kind: 'action' | 'problem'; start: number; end: number }[]>;
  /** The card's 取消不入台账 for an entry of the published draft (editor.unskip; the background writes it). */
  unskip?(entry: { start: number; end: number }, kind: 'action' | 'problem'): Promise<unknown>;
  /** Whether text is selected in the bound editor, sent when that changes (editor.selection: the side panel's 「所选文字加入督办台账」). */
  selection?(has: boolean): Promise<unknown>;
}

export interface Annotator {
  /** Selects `start..end` of the editor `editorId` and scrolls it into view; false when that editor is not here. */
  reveal(editorId: string, start: number, end: number): boolean;
  /** Publishes the current state again (after a same-document navigation). */
  republish(): void;
  /** Asks again for the language and the badge's place (they changed in the settings). */
  pageSettings(): void;
  /** Asks again which entries are marked 不入台账 (the checklist's marks changed) and repaints. */
  skipsChanged(): void;
}

interface Binding {
  adapter: EditorAdapter;
  controller: AbortController;
  snapshot: TextSnapshot;
  /** The marks, where no painter keeps them (overlay spans, rect boxes). */
  marks: Mark[];
  painter: HighlightPainter | null;
  analysis: Analysis | null;
  /** The text `analysis` is of. */
  analysedText: string;
  /** Whether the pending analysis is the quick one after a change nobody typed. */
  quickPending: boolean;
  /** When the last quick analysis was asked for (performance.now()). */
  quickAt: number;
  composing: boolean;
  overlay: Overlay | null;
  rects: ReturnType<typeof createRectOverlay> | null;
  seq: number;
  /** The tasks and problems of `analysis` marked 不入台账 (by skipKeyOf), as the background last said. */
  skipped: ReadonlySet<string>;
}

/** Starts annotating `win`'s document until `signal` aborts. */
export function startAnnotator(win: Window, io: AnnotatorIO, signal: AbortSignal): Annotator {
  const doc = win.document;
  const isTop = win.top === win;
  const hl = win as unknown as HighlightWindow;
  const canHighlight = supportsCustomHighlights(hl);
  let binding: Binding | null = null;
  let noEditorPublished: NoHighlightReason | null = null;
  let badge: BadgeHandle | null = null;
  /** The badge's place on this site: null until the background answered (nothing is shown before: it may be hidden). */
  let badgePlace: BadgePlace | null = io.badge ? null : { hidden: false, dock: null };
  let badgeCounts: BadgeCounts | null = null;
  let frameRequest = 0;
  let debounce = 0;
  let detectTimer = 0;
  let designModePoll = 0;
  let lastDetect = Number.NEGATIVE_INFINITY;
  let detectSkipped = false;
  let lastUserInput = Number.NEGATIVE_INFINITY;
  // nb. Names this annotator on the badge, which a same-origin frame's annotator shares with the top page's.
  const badgeOwner = `${isTop ? 'top' : 'frame'}-${Math.random().toString(36).slice(2)}`;

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
    if (b.analysis) updateBadge(countsOf(b.analysis, b.skipped));
  };

  /**
   * Asks which entries of the published draft are marked 不入台账 and, if that changed, repaints — only while the
   * text is the analysed one (an edit since brings a new analysis, published and asked about again).
   */
  const loadSkips = (b: Binding) => {
    if (!io.skipped || !b.analysis) return;
    const seq = b.seq;
    io.skipped().then(
      (entries) => {
        if (binding !== b || seq !== b.seq || signal.aborted || !b.analysis) return;
        const next = new Set(entries.map((e) => skipKeyOf(e.kind, e.start, e.end)));
        if (next.size === b.skipped.size && [...next].every((k) => b.skipped.has(k))) return;
        b.skipped = next;
        if (!b.composing && b.snapshot.text === b.analysedText) paint(b, marksOf(b.analysis, b.analysedText, next));
      },
      (error: unknown) => console.debug('luoshi: skipped failed', error),
    );
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

  const removeBadge = () => {
    badge?.remove();
    badge = null;
  };
  const updateBadge = (counts: BadgeCounts) => {
    badgeCounts = counts;
    if (!badgePlace || signal.aborted) return;
    if (badgePlace.hidden) {
      removeBadge();
      return;
    }
    try {
      badge = showBadge(badgeDocument(win), counts, {
        owner: badgeOwner,
        locale,
        dock: badgePlace.dock,
        onOpen() {
          io.openPanel().catch((error: unknown) => console.debug('luoshi: openPanel failed', error));
        },
        onDock(dock) {
          badgePlace = { ...badgePlace!, dock };
          storeBadge({ dock });
        },
        onHide() {
          badge = null;
          badgePlace = { ...badgePlace!, hidden: true };
          storeBadge({ hidden: true });
        },
        caretLine,
      });
    } catch (error) {
      console.debug('luoshi: badge failed', error);
    }
  };
  /**
   * Tells the background about the person's change. Each stored change comes back as editor.pageSettings; an answer
   * read while a change of ours is still on its way is older than what the badge shows, and is not taken.
   */
  let badgeWrites = 0;
  const storeBadge = (patch: { hidden?: boolean; dock?: BadgeDock }) => {
    badgeWrites++;
    void (io.setBadge?.(patch) ?? Promise.resolve())
      .catch((error: unknown) => console.debug('luoshi: setBadge failed', error))
      .finally(() => badgeWrites--);
  };
  /** Asks the background for the language and the badge's place, and shows the badge as they say. */
  const loadPageSettings = () => {
    const asking = [
      io.locale?.().then((l) => void (locale = l), () => undefined),
      io.badge?.().then(
        (p) => void (badgeWrites === 0 || !badgePlace ? (badgePlace = p) : undefined),
        () => void (badgePlace ??= { hidden: false, dock: null }),
      ),
    ];
    void Promise.all(asking).then(() => {
      if (badgeCounts && binding) updateBadge(badgeCounts);
    });
  };

  /**
   * The line the caret is on, in the badge document's viewport: the bound editor's width, the caret's height; null
   * when the caret is not in the editor. A frame's box is offset by the frame's place on the top page.
   */
  const caretLine = (): Box | null => {
    const b = binding;
    if (!b) return null;
    const root = b.adapter.root;
    let top: number;
    let bottom: number;
    if (b.adapter.usesOverlay) {
      const ta = root as HTMLTextAreaElement;
      if (doc.activeElement !== ta) return null;
      const y = b.overlay?.contentTopOf(ta.selectionEnd ?? 0);
      if (y === null || y === undefined) return null;
      const r = ta.getBoundingClientRect();
      const lineHeight = Number.parseFloat(win.getComputedStyle(ta).lineHeight) || 20;
      top = r.top + ta.clientTop + y - ta.scrollTop;
      bottom = top + lineHeight;
    } else {
      const sel = doc.getSelection();
      const node = sel && sel.rangeCount > 0 ? sel.focusNode : null;
      if (!node || !(root === node || root.contains(node))) return null;
      const range = doc.createRange();
      range.setStart(node, sel!.focusOffset);
      range.collapse(true);
      let rect: DOMRect | undefined = range.getClientRects()[0];
      // An empty line has no text to measure: its block's box is the line.
      if (!rect || (rect.height === 0 && rect.width === 0)) rect = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.getBoundingClientRect();
      if (!rect) return null;
      top = rect.top;
      bottom = rect.bottom;
    }
    const edges = root.getBoundingClientRect();
    const line: Box = { left: edges.left, right: edges.right, top, bottom };
    if (badgeDocument(win) === doc) return line;
    try {
      const frame = win.frameElement?.getBoundingClientRect();
      const el = win.frameElement as HTMLElement | null;
      if (!frame || !el) return null;
      const dx = frame.left + el.clientLeft;
      const dy = frame.top + el.clientTop;
      return { left: line.left + dx, right: line.right + dx, top: line.top + dy, bottom: line.bottom + dy };
    } catch {
      return null;
    }
  };
  /** Places the badge again in the next frame (the caret moved, the page scrolled). */
  let placeRequest = 0;
  const placeBadgeSoon = () => {
    if (!badge || placeRequest) return;
    placeRequest = win.requestAnimationFrame(() => {
      placeRequest = 0;
      badge?.place();
    });
  };

  /** Whether text (not only white space) is selected in the bound editor: a textarea's own selection, else the document's. */
  const selectedInEditor = (): boolean => {
    const root = binding?.adapter.root;
    if (!root) return false;
    if (root.localName === 'textarea') {
      const ta = root as HTMLTextAreaElement;
      return ta.selectionEnd > ta.selectionStart && ta.value.slice(ta.selectionStart, ta.selectionEnd).trim() !== '';
    }
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    const inside = (n: Node) => n === root || root.contains(n);
    return (inside(range.startContainer) || inside(range.endContainer)) && selection.toString().trim() !== '';
  };
  let selectionSent = false;
  let selectionTimer = 0;
  /** Tells the background when the editor's selection comes or goes (never on every change of it). */
  const reportSelection = () => {
    selectionTimer = 0;
    const has = !signal.aborted && selectedInEditor();
    if (has === selectionSent || !io.selection) return;
    selectionSent = has;
    io.selection(has).catch(() => undefined);
  };
  const selectionSoon = () => {
    if (!selectionTimer) selectionTimer = win.setTimeout(reportSelection, SELECTION_MS);
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
    const text = b.adapter.readText().text;
    // Mutations that leave the text as it was (an editor's own bookkeeping) need no new analysis.
    if (b.analysis && text === b.analysedText) return;
    const seq = ++b.seq;
    if (b.quickPending) b.quickAt = win.performance.now();
    b.quickPending = false;
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
    b.analysedText = text;
    const edit = timed('luoshi:read', () => {
      b.snapshot = b.adapter.readText();
      return diffTexts(text, b.snapshot.text);
    });
    paint(b, remapMarks(marksOf(analysis, text, b.skipped), edit));
    if (!edit) void publish(b.adapter, b.adapter.kind, text, analysis, null).then(() => loadSkips(b));
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
    const now = win.performance.now();
    const typing = now - lastUserInput < TYPING_MS;
    // A second change nobody typed within the pause after a quick analysis is a stream: it waits like typing.
    b.quickPending = !typing && now - b.quickAt >= DEBOUNCE_MS;
    debounce = win.setTimeout(() => void analyzeNow(), b.quickPending ? SET_DEBOUNCE_MS : DEBOUNCE_MS);
  };

  const unbind = () => {
    if (!binding) return;
    card.close();
    binding.controller.abort();
    binding.overlay?.destroy();
    binding.rects?.destroy();
    binding.painter?.clear();
    binding = null;
    selectionSoon();
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
      analysedText: '',
      quickPending: false,
      quickAt: Number.NEGATIVE_INFINITY,
      composing: false,
      overlay: textarea ? createMirrorOverlay(textarea, s, { highlights: canHighlight }) : null,
      rects: !textarea && !canHighlight ? createRectOverlay(doc, s) : null,
      seq: 0,
      skipped: new Set(),
    };
    if (canHighlight && !textarea) ensureHighlightStyles(adapter.root);
    binding = b;
    noEditorPublished = null;
    adapter.onChange(schedule, s);
    watchComposition(adapter.root, (composing) => {
      b.composing = composing;
      if (composing) return;
      schedule();
      if (detectSkipped) requestDetect();
    }, s);
    void analyzeNow();
  };

  /** Finds the editors again and keeps, replaces or drops the binding; tells the panel when there is none (top frame only). */
  const detect = () => {
    if (signal.aborted) return;
    if (binding?.composing) {
      detectSkipped = true;
      return;
    }
    detectSkipped = false;
    lastDetect = win.performance.now();
    watchPage();
    // nb. Canvas suites keep a hidden editable input target; it is not the draft, so nothing is bound there.
    if (canvasPage()) {
      if (binding) unbind();
      if (isTop && noEditorPublished !== 'canvas-editor') {
        noEditorPublished = 'canvas-editor';
        io.analyze('').then((empty) => publish(null, 'paste', '', empty, 'canvas-editor'), () => undefined);
      }
      return;
    }
    const shadows = openShadowRoots(doc);
    for (const shadow of shadows) observer?.observe(shadow, PAGE_MUTATIONS);
    const editors = detectEditors(doc, shadows);
    const chosen = pickEditor(editors, doc);
    const b = binding;
    if (b) {
      const root = b.adapter.root;
      // Still an editor of the page: visible, editable, attached (a rewritten frame document detaches the old body).
      if (root.isConnected && editors.some((e) => e.root === root)) {
        const other = chosen && chosen.root !== root ? chosen : null;
        if (other && (focusedIn(other) || (!focusedIn(b.adapter) && editorTextLength(b.adapter) === 0 && editorTextLength(other) > 0))) bind(other);
        return;
      }
      if (chosen) {
        bind(chosen);
        return;
      }
      unbind();
      removeBadge();
    } else if (chosen) {
      bind(chosen);
      return;
    }
    watchDesignMode();
    if (isTop) {
      const reason: NoHighlightReason = 'no-editor';
      if (noEditorPublished !== reason) {
        noEditorPublished = reason;
        io.analyze('').then((empty) => publish(null, 'paste', '', empty, reason), () => undefined);
      }
    }
  };

  /** While nothing is bound: detection as soon as the document turns designMode on (old OA editors do so late). */
  const watchDesignMode = () => {
    if (designModePoll || signal.aborted) return;
    designModePoll = win.setTimeout(() => {
      designModePoll = 0;
      if (binding || signal.aborted) return;
      if (isDesignMode(doc)) detect();
      else watchDesignMode();
    }, DESIGN_MODE_POLL_MS);
  };

  /** Detection soon: after the current task, and no sooner than DETECT_GAP_MS after the last one. */
  const requestDetect = () => {
    if (detectTimer || signal.aborted) return;
    const wait = Math.max(0, lastDetect + DETECT_GAP_MS - win.performance.now());
    detectTimer = win.setTimeout(() => {
      detectTimer = 0;
      detect();
    }, wait);
  };

  /** Whether `node` is inside the bound editor (the root itself excluded: its own attributes may unmake it). */
  const insideBound = (node: Node) => {
    const root = binding?.adapter.root;
    return !!root && node !== root && root.contains(node);
  };
  /** Whether `node` is Luoshi's own: the badge, an overlay, the highlight style sheet. */
  const ours = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el && (el.localName === BADGE_TAG || el.localName === CARD_TAG || el.hasAttribute(OVERLAY_ATTR) || el.hasAttribute('data-luoshi'));
  };
  /** Whether a mutation of the page may have made, unmade, shown or hidden an editor. */
  const relevant = (r: MutationRecord) => {
    if (insideBound(r.target) || ours(r.target)) return false;
    if (r.type === 'attributes') {
      if (r.attributeName === 'contenteditable') return true;
      const el = r.target as Element;
      const root = binding?.adapter.root;
      return (!!root && el.contains(root)) || el.matches(EDITOR_LIKE) || !!el.querySelector(EDITOR_LIKE);
    }
    if ((r.target as Element).localName === 'textarea') return true;
    const elements = (nodes: NodeList) => [...nodes].some((n) => n.nodeType === 1 && !ours(n));
    return elements(r.addedNodes) || elements(r.removedNodes);
  };
  const View = doc.defaultView ?? globalThis;
  const observer = View.MutationObserver
    ? new View.MutationObserver((records) => {
        if (!detectTimer && records.some(relevant)) requestDetect();
      })
    : null;

  /** The user edits: a change soon after counts as typing; editing outside the bound editor may switch to it. */
  const onUserInput = (event: Event) => {
    if (!event.isTrusted) return;
    lastUserInput = win.performance.now();
    const target = event.target as Node | null;
    if (target?.nodeType && !insideBound(target) && target !== binding?.adapter.root) requestDetect();
  };
  const onFocus = () => requestDetect();
  /**
   * Watches the document: mutations, focus and the user's input. Repeated on every detection, as the observer's and
   * listeners' registrations are idempotent, because document.open() erases the document's listeners.
   */
  const watchPage = () => {
    observer?.observe(doc, PAGE_MUTATIONS);
    doc.addEventListener('focusin', onFocus, { capture: true, signal });
    for (const type of USER_INPUT_EVENTS) doc.addEventListener(type, onUserInput, { capture: true, signal });
    card.watch();
    doc.addEventListener('selectionchange', placeBadgeSoon, { signal });
    // nb. A textarea's selection is its own: Chromium reports it with select (and selectionchange at the element).
    for (const type of ['selectionchange', 'select', 'mouseup', 'keyup'] as const) doc.addEventListener(type, selectionSoon, { capture: true, passive: true, signal });
    doc.addEventListener('scroll', placeBadgeSoon, { capture: true, passive: true, signal });
    doc.addEventListener('keyup', placeBadgeSoon, { capture: true, passive: true, signal });
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

  let locale: Locale = 'zh-CN';
  loadPageSettings();
  const badgeDoc = badgeDocument(win);
  if (badgeDoc !== doc) badgeDoc.addEventListener('scroll', placeBadgeSoon, { capture: true, passive: true, signal });
  /** The card of a highlight under the pointer: hit-tested against the painted Ranges, only over an analysis of the current text. */
  const card = startHighlightCard(
    win,
    {
      painted() {
        const b = binding;
        if (!b || b.composing || !b.analysis || b.snapshot.text !== b.analysedText) return [];
        if (b.painter) return b.painter.painted();
        if (b.rects) return b.marks.flatMap((mark) => {
          const range = b.snapshot.toRange(mark.start, mark.end);
          return range ? [{ mark, range }] : [];
        });
        return [];
      },
      offsetAt(x, y) {
        const b = binding;
        if (!b || b.adapter.usesOverlay) return null;
        const at = caretAt(doc, x, y);
        return at ? b.snapshot.offsetOf(at.node, at.offset) : null;
      },
      card: (mark) => (binding?.analysis ? cardFor(binding.analysis, binding.analysedText, mark) : null),
      composing: () => !!binding?.composing,
      inEditor(node) {
        const root = binding?.adapter.root;
        return !!root && (root === node || root.contains(node));
      },
      openPanel(entry) {
        io.openPanel(entry).catch((error: unknown) => console.debug('luoshi: openPanel failed', error));
      },
      skip: (entry, kind) => (io.skip ? io.skip(entry, kind) : Promise.reject(new Error('no checklist'))),
      unskip: (entry, kind) => (io.unskip ? io.unskip(entry, kind) : Promise.reject(new Error('no checklist'))),
      locale: () => locale,
    },
    signal,
  );

  detect();

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    unbind();
    removeBadge();
    win.cancelAnimationFrame(frameRequest);
    win.cancelAnimationFrame(placeRequest);
    win.clearTimeout(debounce);
    win.clearTimeout(detectTimer);
    win.clearTimeout(designModePoll);
    win.clearTimeout(selectionTimer);
    if (selectionSent) void io.selection?.(false).catch(() => undefined);
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
    pageSettings: loadPageSettings,
    skipsChanged() {
      if (binding) loadSkips(binding);
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
