/**
 * The highlight card: the pointer resting on a painted range (HOVER_MS) or a click on it opens a small card — kind
 * 问题/任务/发现, owner and deadline of a task, the rule of a finding — with 在侧边栏中查看 (opens the side panel at
 * that entry, inside the click's gesture: editor.openPanel with the entry), 不入台账 for a task or problem (a typed
 * message, editor.skip: the background writes the mark and the side panel shows it at once; the content script
 * never touches the checklist) — or, for an item marked so (painted muted), 已设为不入台账 and 取消不入台账
 * (editor.unskip) — and 关闭.
 * The editor's DOM is never touched: the pointer is hit-tested at the document level against the client rects of
 * the Ranges the annotator painted (lib/highlight/card.ts; caretRangeFromPoint only narrows which marks are
 * measured), and the card is a `<luoshi-card>` on the frame's `<html>` with its UI in a shadow root. It is not the
 * badge's host: the badge may sit on the top page while the editor is in a frame, and the card must be placed in
 * the editor's own viewport. Keyboard: while a card is open, Tab from the page moves into it, Esc closes it and
 * puts the focus (and the editor's selection) back where it was. Nothing opens while an IME composition is open,
 * and a composition, an edit or a scroll closes the card.
 */
import { CARD_TAG } from '@/lib/editors/contract';
import { cardWords, markAt, type CardModel } from '@/lib/highlight/card';
import { cardTranslator } from '@/lib/i18n/card';
import type { Mark } from '@/lib/highlight/marks';
import type { Locale } from '@/lib/i18n/format';
import { userClicked } from './badge';

/** How long the pointer rests on a highlight before its card opens. */
export const HOVER_MS = 400;

/** What the card needs of the annotator. */
export interface CardSource {
  /** The painted marks with their live Ranges (empty while nothing is painted). */
  painted(): { mark: Mark; range: Range }[];
  /** The text offset under (x, y) in the current snapshot, or null (a textarea, a point off the text). */
  offsetAt(x: number, y: number): number | null;
  /** The card of a painted mark, or null (the text changed since the analysis). */
  card(mark: Mark): CardModel | null;
  /** Whether an IME composition is open in the editor. */
  composing(): boolean;
  /** Whether `node` is the editor or inside it (where the pointer is hit-tested). */
  inEditor(node: Node): boolean;
  /** Asks for the side panel at the card's entry; called synchronously inside the click. */
  openPanel(entry: { start: number; end: number }): void;
  /** 不入台账 for the card's entry (editor.skip to the background); resolves when it is written. */
  skip(entry: { start: number; end: number }, kind: 'action' | 'problem'): Promise<unknown>;
  /** 取消不入台账 for the card's entry, marked before (editor.unskip); resolves when it is taken back. */
  unskip(entry: { start: number; end: number }, kind: 'action' | 'problem'): Promise<unknown>;
  locale(): Locale;
}

const CSS = `
:host{all:initial;position:fixed;left:0;top:0;z-index:2147483647}
.card{position:fixed;box-sizing:border-box;max-width:min(340px,calc(100vw - 16px));min-width:200px;padding:10px 12px;
font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1f2328;
background:#fff;border:1px solid #d0d7de;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18)}
.head{display:flex;gap:8px;align-items:baseline;margin:0 0 6px}
.kind{flex:none;font-weight:600;padding:0 6px;border-radius:4px}
.k-problem{color:#8c1d18;background:#fde7e5}.k-action{color:#0b3d91;background:#e3eefc}.k-finding{color:#5d4037;background:#f3ece7}
.excerpt{color:#424a53;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 8px}
dt{color:#59636e}dd{margin:0;overflow-wrap:anywhere}
.buttons{display:flex;gap:8px;justify-content:flex-end}
button{font:inherit;color:#1f2328;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:3px 10px;cursor:pointer}
button.open{color:#fff;background:#0b57d0;border-color:#0b57d0}
button:disabled{cursor:default;opacity:.75}.status{margin:0 0 6px;color:#1a7f37}.status.failed{color:#b42318}.status.note{color:#59636e}
button:hover{filter:brightness(.95)}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
@media (prefers-color-scheme:dark){.card{color:#e6edf3;background:#161b22;border-color:#3d444d}.excerpt{color:#c9d1d9}dt{color:#9198a1}
button{color:#e6edf3;background:#21262d;border-color:#3d444d}button.open{color:#fff;background:#1f6feb;border-color:#1f6feb}
.k-problem{color:#ffdcd7;background:#5d1a17}.k-action{color:#cae8ff;background:#0c2d6b}.k-finding{color:#f0e0d6;background:#4a3228}
button:focus-visible{outline-color:#58a6ff}.status{color:#56d364}.status.failed{color:#ff9a8f}}
`;

export interface HighlightCard {
  /** (Re-)adds the document listeners (idempotent; document.open() erases them). */
  watch(): void;
  close(): void;
  /** The open card's model, for tests. */
  readonly open: CardModel | null;
}

/** Runs the highlight card in `win`'s document until `signal` aborts. */
export function startHighlightCard(win: Window, source: CardSource, signal: AbortSignal): HighlightCard {
  const doc = win.document;
  let host: HTMLElement | null = null;
  let model: CardModel | null = null;
  /** Opened by a click (stays until closed) or by hovering (goes when the pointer rests elsewhere). */
  let pinned = false;
  let hoverTimer = 0;
  /** Where the focus and the editor's selection were before the focus moved into the card. */
  let returnTo: { element: Element | null; range: Range | null; textarea: [number, number] | null } | null = null;

  const inCard = (event: Event) => !!host && event.composedPath().includes(host);

  const close = (restore = false) => {
    win.clearTimeout(hoverTimer);
    host?.remove();
    host = null;
    model = null;
    const back = returnTo;
    returnTo = null;
    if (restore && back?.element && back.element.isConnected) {
      const el = back.element as HTMLElement;
      el.focus({ preventScroll: true });
      if (back.textarea && el.localName === 'textarea') (el as HTMLTextAreaElement).setSelectionRange(back.textarea[0], back.textarea[1]);
      else if (back.range) {
        const sel = doc.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(back.range);
      }
    }
  };

  /** Moves the focus into the card, remembering where it was. */
  const enter = () => {
    if (!host) return;
    const active = doc.activeElement;
    const sel = doc.getSelection();
    returnTo = {
      element: active,
      range: sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null,
      textarea: active?.localName === 'textarea' ? [(active as HTMLTextAreaElement).selectionStart, (active as HTMLTextAreaElement).selectionEnd] : null,
    };
    host.shadowRoot!.querySelector('button')?.focus();
  };

  const render = (card: CardModel, at: { left: number; top: number; bottom: number }) => {
    close();
    const locale = source.locale();
    const words = cardWords(card, locale);
    host = doc.createElement(CARD_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', `${words.title}：${words.kind}`);
    box.lang = locale;
    const head = doc.createElement('div');
    head.className = 'head';
    const kind = doc.createElement('span');
    kind.className = `kind k-${card.kind}`;
    kind.textContent = words.kind;
    const excerpt = doc.createElement('span');
    excerpt.className = 'excerpt';
    excerpt.textContent = card.excerpt;
    head.append(kind, excerpt);
    const list = doc.createElement('dl');
    for (const row of words.rows) {
      const dt = doc.createElement('dt');
      dt.textContent = row.label;
      const dd = doc.createElement('dd');
      dd.textContent = row.value;
      list.append(dt, dd);
    }
    const buttons = doc.createElement('div');
    buttons.className = 'buttons';
    const open = doc.createElement('button');
    open.type = 'button';
    open.className = 'open';
    open.textContent = words.open;
    const shut = doc.createElement('button');
    shut.type = 'button';
    shut.className = 'close';
    shut.textContent = words.close;
    const status = doc.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.hidden = !words.note;
    if (words.note) {
      status.className = 'status note';
      status.textContent = words.note;
    }
    let skip: HTMLButtonElement | null = null;
    if (words.skip && card.kind !== 'finding') {
      const itemKind = card.kind;
      const skipWords = words.skip;
      skip = doc.createElement('button');
      skip.type = 'button';
      skip.className = skipWords.undo ? 'unskip' : 'skip';
      skip.textContent = skipWords.label;
      skip.title = skipWords.title;
      skip.addEventListener('click', (event) => {
        event.stopPropagation();
        if (!userClicked(event) || !skip) return;
        skip.disabled = true;
        const shown = model;
        (skipWords.undo ? source.unskip : source.skip)({ start: card.start, end: card.end }, itemKind).then(
          () => {
            if (model !== shown) return;
            status.hidden = false;
            status.className = 'status';
            status.textContent = skipWords.done;
            win.setTimeout(() => model === shown && close(true), 1200);
          },
          (error: unknown) => {
            if (model !== shown) return;
            status.hidden = false;
            status.className = 'status failed';
            status.textContent = cardTranslator(locale)('card.skipFailed', { message: error instanceof Error ? error.message : String(error) });
            if (skip) skip.disabled = false;
          },
        );
      });
    }
    buttons.append(open, ...(skip ? [skip] : []), shut);
    box.append(head, ...(words.rows.length ? [list] : []), status, buttons);
    shadow.append(style, box);
    const entry = { start: card.start, end: card.end };
    open.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!userClicked(event)) return;
      source.openPanel(entry);
      close(true);
    });
    shut.addEventListener('click', (event) => {
      event.stopPropagation();
      close(true);
    });
    shadow.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close(true);
      } else if (e.key === 'Tab') {
        // The focus cycles among the card's buttons until Esc or 关闭.
        e.preventDefault();
        e.stopPropagation();
        const order = [...box.querySelectorAll('button')].filter((b) => !b.disabled);
        const now = order.indexOf(shadow.activeElement as HTMLButtonElement);
        order[(now + (e.shiftKey ? order.length - 1 : 1)) % order.length]?.focus();
      }
    });
    doc.documentElement.append(host);
    model = card;
    // Below the line the pointer is on, above it when there is no room; inside the viewport.
    const size = box.getBoundingClientRect();
    const gap = 6;
    const room = win.innerHeight - at.bottom - gap;
    const top = room >= size.height || at.top < size.height + gap ? at.bottom + gap : at.top - gap - size.height;
    box.style.left = `${Math.max(8, Math.min(at.left, win.innerWidth - size.width - 8))}px`;
    box.style.top = `${Math.max(8, Math.min(top, win.innerHeight - size.height - 8))}px`;
  };

  /** Opens the card of the highlight under (x, y); returns whether there was one. */
  const probe = (x: number, y: number, click: boolean): boolean => {
    if (signal.aborted || source.composing()) return false;
    const painted = source.painted();
    if (painted.length === 0) return false;
    const items = painted.map((p) => ({ kind: p.mark.kind, start: p.mark.start, end: p.mark.end, range: p.range }));
    const hit = markAt(items, (m) => m.range.getClientRects(), x, y, source.offsetAt(x, y));
    if (!hit) return false;
    const card = source.card({ kind: hit.kind, start: hit.start, end: hit.end });
    if (!card) return false;
    if (model && model.start === card.start && model.end === card.end && model.kind === card.kind) {
      pinned ||= click;
      return true;
    }
    const line = [...hit.range.getClientRects()].find((r) => y >= r.top - 1 && y <= r.bottom + 1) ?? hit.range.getBoundingClientRect();
    render(card, { left: x - 12, top: line.top, bottom: line.bottom });
    pinned = click;
    return true;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    win.clearTimeout(hoverTimer);
    if (inCard(event)) return;
    const over = isNode(event.target) && source.inEditor(event.target);
    if (!over && !model) return;
    const { clientX: x, clientY: y } = event;
    hoverTimer = win.setTimeout(() => {
      const found = over && probe(x, y, false);
      // A card the pointer opened goes when the pointer rests off every highlight (and off the card).
      if (!found && model && !pinned && !returnTo) close();
    }, HOVER_MS);
  };

  /** The pointer leaving the document (an iframe editor's frame, the window): a card it opened goes too. */
  const onPointerOut = (event: PointerEvent) => {
    if (event.relatedTarget !== null || !model || pinned || returnTo) return;
    win.clearTimeout(hoverTimer);
    hoverTimer = win.setTimeout(() => close(), HOVER_MS);
  };

  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || inCard(event)) return;
    const over = isNode(event.target) && source.inEditor(event.target);
    if (over && probe(event.clientX, event.clientY, true)) return;
    if (model) close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!model || inCard(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Tab from the page takes the focus into the open card (its first button).
      event.preventDefault();
      event.stopPropagation();
      enter();
    }
  };

  const onEdit = (event: Event) => {
    if (model && !inCard(event)) close();
  };
  const onScroll = (event: Event) => {
    if (model && !inCard(event) && !returnTo) close();
  };

  const watch = () => {
    const opts = { capture: true, signal, passive: true } as const;
    doc.addEventListener('pointermove', onPointerMove, opts);
    doc.addEventListener('pointerout', onPointerOut, opts);
    doc.addEventListener('click', onClick, opts);
    doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
    doc.addEventListener('compositionstart', onEdit, opts);
    doc.addEventListener('input', onEdit, opts);
    doc.addEventListener('scroll', onScroll, opts);
  };
  watch();
  signal.addEventListener('abort', () => close(), { once: true });

  return {
    watch,
    close: () => close(),
    get open() {
      return model;
    },
  };
}

/** Whether an event's target is a node (of any window: iframe editors have their own Node). */
const isNode = (target: EventTarget | null): target is Node => !!target && typeof (target as Node).nodeType === 'number';

/** The text position under (x, y) in `doc`: caretPositionFromPoint, else caretRangeFromPoint; null if neither says. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null;
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
