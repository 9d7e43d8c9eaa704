/**
 * The on-page badge: a `<luoshi-badge>` element appended to the top-level document's `<html>` (outside `<body>` and
 * so outside any editor; an editor frame of the same origin puts it on its page), with its UI in a shadow root:
 * 「⠿ 落实 问题 3 · 事项 12 · 提示 5 ×」 (in the settings' language). A person's click asks the background to open
 * the side panel; a click the page's own script makes (`button.click()`, a dispatched event) does nothing
 * (`userClicked`).
 * Where it sits: docked to an edge of the viewport, at a place along it (lib/settings/badge-places.ts), the bottom
 * right until the person drags it (it snaps to the nearest edge, and to a corner near one) or moves it with the
 * arrow keys on its grip; the dock is remembered per site by the background (editor.setBadge). × hides it on the
 * site (shown again from the side panel or the options page). It never covers the caret's line: when the line the
 * caret is on (the editor's width, the caret's height) meets the badge, the badge moves to the other half of the
 * viewport, or just above or below the line (`avoidLine`), and goes back once the caret has left. At narrow widths
 * the counts lose their words (the full label stays the title).
 * nb. Custom elements cannot be defined from a content script's isolated world; an undefined element with a valid
 * custom name still takes a shadow root.
 * Several frames of one page may annotate (a top page's textarea, an editor's iframe), and a same-origin frame puts
 * its badge on the top page: the badge names the annotator that placed it (`data-luoshi-owner`), another annotator
 * takes it over by placing its own, and an annotator removes only a badge that is still its own.
 */
import { BADGE_TAG } from '@/lib/editors/contract';
import { cardTranslator } from '@/lib/i18n/card';
import type { Locale } from '@/lib/i18n/format';
import { DEFAULT_BADGE_DOCK, type BadgeDock } from '@/lib/settings/badge-places';

export interface BadgeCounts {
  problems: number;
  actions: number;
  findings: number;
}

/** The badge's label in `locale` (zh-CN by default). */
export function badgeLabel(c: BadgeCounts, locale: Locale = 'zh-CN'): string {
  return cardTranslator(locale)('badge.counts', { problems: c.problems, actions: c.actions, findings: c.findings });
}

/** A box in a viewport (CSS px). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The width and height of a viewport or of the badge. */
export interface Size {
  width: number;
  height: number;
}

/** The gap between the badge and the viewport's edge. */
export const BADGE_MARGIN = 12;
/** The space kept between the badge and the caret's line. */
const LINE_GAP = 4;
/** Within this share of an edge's ends, a dropped badge snaps to the corner. */
const CORNER_SNAP = 0.08;
/** A press that moves farther than this (px) is a drag, not a click. */
const DRAG_THRESHOLD = 5;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** The top-left corner of a badge of `size` docked at `dock` in a viewport of `view`. */
export function dockedPosition(dock: BadgeDock, size: Size, view: Size, margin = BADGE_MARGIN): { x: number; y: number } {
  const spanX = view.width - size.width - 2 * margin;
  const spanY = view.height - size.height - 2 * margin;
  const alongX = margin + dock.along * Math.max(0, spanX);
  const alongY = margin + dock.along * Math.max(0, spanY);
  const right = Math.max(0, view.width - size.width - margin);
  const bottom = Math.max(0, view.height - size.height - margin);
  switch (dock.edge) {
    case 'top':
      return { x: alongX, y: Math.min(margin, bottom) };
    case 'bottom':
      return { x: alongX, y: bottom };
    case 'left':
      return { x: Math.min(margin, right), y: alongY };
    case 'right':
      return { x: right, y: alongY };
  }
}

/** The dock of a badge dropped with its top-left corner at (x, y): the nearest edge, the place along it (corners snap). */
export function dockAt(x: number, y: number, size: Size, view: Size, margin = BADGE_MARGIN): BadgeDock {
  const cx = x + size.width / 2;
  const cy = y + size.height / 2;
  const distances: [BadgeDock['edge'], number][] = [
    ['left', cx],
    ['right', view.width - cx],
    ['top', cy],
    ['bottom', view.height - cy],
  ];
  const edge = distances.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  const horizontal = edge === 'top' || edge === 'bottom';
  const span = horizontal ? view.width - size.width - 2 * margin : view.height - size.height - 2 * margin;
  let along = span > 0 ? clamp(((horizontal ? x : y) - margin) / span, 0, 1) : 1;
  if (along < CORNER_SNAP) along = 0;
  else if (along > 1 - CORNER_SNAP) along = 1;
  return { edge, along: Math.round(along * 1000) / 1000 };
}

/**
 * Where a badge at `at` goes so as not to cover `line` (the caret's line, or null): where it is when they do not
 * meet; else mirrored to the other half of the viewport, else just above the line, else just below it.
 */
export function avoidLine(at: { x: number; y: number }, size: Size, view: Size, line: Box | null, margin = BADGE_MARGIN): { x: number; y: number } {
  if (!line) return at;
  const meets = (y: number) => at.x < line.right && at.x + size.width > line.left && y < line.bottom + LINE_GAP && y + size.height > line.top - LINE_GAP;
  if (!meets(at.y)) return at;
  const lowest = Math.max(0, view.height - size.height - margin);
  const mirrored = clamp(view.height - size.height - at.y, margin, lowest);
  if (!meets(mirrored)) return { x: at.x, y: mirrored };
  const above = line.top - LINE_GAP - size.height - 1;
  if (above >= 0) return { x: at.x, y: above };
  const below = line.bottom + LINE_GAP + 1;
  if (below + size.height <= view.height) return { x: at.x, y: below };
  return at;
}

/** The dock an arrow key moves a badge at `dock` to: the corner on that side, keeping the other direction. */
export function dockForKey(key: string, dock: BadgeDock): BadgeDock | null {
  const vertical = dock.edge === 'left' || dock.edge === 'right';
  const right = vertical ? dock.edge === 'right' : dock.along >= 0.5;
  const bottom = vertical ? dock.along >= 0.5 : dock.edge === 'bottom';
  const corner = (r: boolean, b: boolean): BadgeDock => ({ edge: b ? 'bottom' : 'top', along: r ? 1 : 0 });
  if (key === 'ArrowLeft') return corner(false, bottom);
  if (key === 'ArrowRight') return corner(true, bottom);
  if (key === 'ArrowUp') return corner(right, false);
  if (key === 'ArrowDown') return corner(right, true);
  return null;
}

const CSS = `
:host{all:initial;position:fixed;left:0;top:0;z-index:2147483646;max-width:calc(100vw - ${2 * BADGE_MARGIN}px)}
.badge{display:flex;align-items:stretch;font:13px/1.4 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1f2937;
background:#fff;border:1px solid #d0d7de;border-radius:16px;box-shadow:0 2px 8px rgba(0,0,0,.15);overflow:hidden;touch-action:none;user-select:none}
.badge.dragging{cursor:grabbing;box-shadow:0 4px 14px rgba(0,0,0,.25)}
button{font:inherit;color:inherit;background:none;border:0;margin:0;cursor:pointer;white-space:nowrap}
button:hover{background:#f3f6fa}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:-2px}
.grip{padding:4px 2px 4px 8px;cursor:grab;color:#57606a;letter-spacing:-2px}
.open{padding:4px 6px;min-width:0;overflow:hidden;text-overflow:ellipsis}
.hide{padding:4px 10px 4px 6px;color:#57606a}
b{color:#b71c1c;font-weight:600}
.short{display:none}
@media (max-width:520px){.full{display:none}.short{display:inline}}
@media (prefers-color-scheme:dark){.badge{color:#e6edf3;background:#161b22;border-color:#3d444d;box-shadow:0 2px 8px rgba(0,0,0,.5)}
button:hover{background:#21262d}button:focus-visible{outline-color:#58a6ff}.grip,.hide{color:#9198a1}b{color:#ff7b72}}
`;

/** The document the badge goes into: the top page's when reachable (same-origin frames), else the frame's own. */
export function badgeDocument(win: Window): Document {
  try {
    if (win.top && win.top !== win && win.top.document) return win.top.document;
  } catch {
    // A cross-origin top page: the badge stays in the frame.
  }
  return win.document;
}

/**
 * Whether a click came from the person (the browser's own event, inside a user activation), not from the page's
 * script — which could otherwise open the side panel, or its fallback tab, whenever it liked.
 */
export function userClicked(event: Event, nav: { userActivation?: { isActive: boolean } } = globalThis.navigator): boolean {
  return event.isTrusted === true && (nav?.userActivation?.isActive ?? true);
}

/** The attribute naming the annotator that placed the badge. */
export const BADGE_OWNER_ATTR = 'data-luoshi-owner';

export interface BadgeOptions {
  /** The annotator placing it (see above). */
  owner?: string;
  /** The language of its words (zh-CN by default). */
  locale?: Locale;
  /** Where it is docked (the bottom right when null or not given). */
  dock?: BadgeDock | null;
  /** The person clicked it: open the side panel. */
  onOpen(): void;
  /** The person docked it somewhere else (dragged, or moved with the arrow keys). */
  onDock?(dock: BadgeDock): void;
  /** The person hid it on this site (×); the badge is already gone. */
  onHide?(): void;
  /** The caret's line in the badge document's viewport, or null when there is no caret in the editor. */
  caretLine?(): Box | null;
}

export interface BadgeHandle {
  /** Places it again: after the caret moved, the page scrolled or the window changed size. */
  place(): void;
  /** Removes it while it is still this owner's. */
  remove(): void;
}

/** What a placed badge keeps: its current options, and the dock it was last put at. */
interface Placed {
  options: BadgeOptions;
  dock: BadgeDock;
  dragging: boolean;
  controller: AbortController;
}
const placed = new WeakMap<Element, Placed>();

/** Shows or updates `options.owner`'s badge in `doc`. */
export function showBadge(doc: Document, counts: BadgeCounts, options: BadgeOptions): BadgeHandle {
  const owner = options.owner ?? '';
  let host = doc.querySelector(BADGE_TAG) as HTMLElement | null;
  if (!host || !host.shadowRoot || !placed.has(host) || (host.getAttribute(BADGE_OWNER_ATTR) ?? '') !== owner) {
    if (host) placed.get(host)?.controller.abort();
    host?.remove();
    host = build(doc, owner);
  }
  const state = placed.get(host)!;
  state.options = options;
  if (!state.dragging) state.dock = options.dock ?? DEFAULT_BADGE_DOCK;
  render(host, counts, options.locale ?? 'zh-CN');
  const self = host;
  const handle: BadgeHandle = {
    place: () => {
      if (self.isConnected && !state.dragging) position(self, state);
    },
    remove: () => {
      if ((self.getAttribute(BADGE_OWNER_ATTR) ?? '') !== owner) return;
      state.controller.abort();
      self.remove();
    },
  };
  handle.place();
  return handle;
}

/** Creates the badge element, its shadow UI and its listeners. */
function build(doc: Document, owner: string): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  if (owner) host.setAttribute(BADGE_OWNER_ATTR, owner);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'badge';
  const grip = doc.createElement('button');
  grip.type = 'button';
  grip.className = 'grip';
  grip.textContent = '⠿';
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.className = 'hide';
  hide.textContent = '×';
  box.append(grip, open, hide);
  shadow.append(style, box);
  const controller = new AbortController();
  const state: Placed = { options: { onOpen: () => undefined }, dock: DEFAULT_BADGE_DOCK, dragging: false, controller };
  placed.set(host, state);
  const signal = controller.signal;
  const view = doc.defaultView;

  // A press that moves is a drag (the badge follows, and is docked where it is dropped); one that does not is a click.
  // nb. The move and the release are followed on the whole window during a press (not by pointer capture, which
  // would send the click to the badge's box instead of the button pressed).
  let press: { id: number; dx: number; dy: number; x: number; y: number; moved: boolean; stop: AbortController } | null = null;
  let swallowClick = false;
  const onMove = (event: PointerEvent) => {
    if (!press || !event.isTrusted || event.pointerId !== press.id) return;
    if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD) return;
    press.moved = true;
    state.dragging = true;
    box.classList.add('dragging');
    event.preventDefault();
    const size = sizeOf(host);
    const vp = viewportOf(doc);
    host.style.left = `${clamp(event.clientX - press.dx, 0, vp.width - size.width)}px`;
    host.style.top = `${clamp(event.clientY - press.dy, 0, vp.height - size.height)}px`;
  };
  const onUp = (event: PointerEvent) => {
    if (!press || !event.isTrusted || event.pointerId !== press.id) return;
    const { moved, stop } = press;
    press = null;
    stop.abort();
    state.dragging = false;
    box.classList.remove('dragging');
    if (!moved || event.type === 'pointercancel') {
      if (moved) position(host, state);
      return;
    }
    swallowClick = true;
    const r = host.getBoundingClientRect();
    state.dock = dockAt(r.left, r.top, sizeOf(host), viewportOf(doc));
    position(host, state);
    state.options.onDock?.(state.dock);
  };
  box.addEventListener('pointerdown', (event) => {
    if (!event.isTrusted || event.button !== 0 || !view || (event.target as Element | null)?.closest?.('.hide')) return;
    press?.stop.abort();
    const r = host.getBoundingClientRect();
    const stop = new AbortController();
    press = { id: event.pointerId, dx: event.clientX - r.left, dy: event.clientY - r.top, x: event.clientX, y: event.clientY, moved: false, stop };
    swallowClick = false;
    const opts = { capture: true, signal: AbortSignal.any([signal, stop.signal]) };
    view.addEventListener('pointermove', onMove, opts);
    view.addEventListener('pointerup', onUp, opts);
    view.addEventListener('pointercancel', onUp, opts);
  }, { signal });

  open.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (swallowClick) {
      swallowClick = false;
      return;
    }
    if (userClicked(event)) state.options.onOpen();
  }, { signal });
  grip.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    swallowClick = false;
  }, { signal });
  grip.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const next = dockForKey(event.key, state.dock);
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    state.dock = next;
    position(host, state);
    state.options.onDock?.(next);
  }, { signal });
  hide.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (!userClicked(event)) return;
    controller.abort();
    host.remove();
    state.options.onHide?.();
  }, { signal });
  view?.addEventListener('resize', () => position(host, state), { signal, passive: true });
  doc.documentElement.append(host);
  return host;
}

/** Writes the counts and the words of `locale` into the badge. */
function render(host: HTMLElement, counts: BadgeCounts, locale: Locale): void {
  const t = cardTranslator(locale);
  const doc = host.ownerDocument;
  const shadow = host.shadowRoot!;
  const label = badgeLabel(counts, locale);
  const open = shadow.querySelector('.open') as HTMLButtonElement;
  const mark = doc.createElement('b');
  mark.textContent = t('badge.brand');
  const full = doc.createElement('span');
  full.className = 'full';
  full.textContent = label;
  const short = doc.createElement('span');
  short.className = 'short';
  short.textContent = `${counts.problems} · ${counts.actions} · ${counts.findings}`;
  // Its name is what it shows (落实 问题 3 · 事项 12 · 提示 5, or the counts alone on a narrow page), so that the words
  // a person sees are the words a screen reader or voice control names it by (WCAG 2.5.3); what a click does, with
  // the full counts, is its description (title).
  open.replaceChildren(mark, ' ', full, short);
  open.removeAttribute('aria-label');
  open.title = `${t('badge.open')} — ${label}`;
  const grip = shadow.querySelector('.grip') as HTMLButtonElement;
  grip.title = t('badge.move');
  grip.setAttribute('aria-label', t('badge.move'));
  const hide = shadow.querySelector('.hide') as HTMLButtonElement;
  hide.title = t('badge.hide');
  hide.setAttribute('aria-label', t('badge.hide'));
  host.setAttribute('lang', locale);
}

/** The badge's size now. */
function sizeOf(host: HTMLElement): Size {
  const r = host.getBoundingClientRect();
  return { width: r.width, height: r.height };
}

/** The size of the layout viewport of `doc` (without scroll bars). */
function viewportOf(doc: Document): Size {
  const root = doc.documentElement;
  const view = doc.defaultView;
  return { width: root.clientWidth || view?.innerWidth || 0, height: view?.innerHeight || root.clientHeight || 0 };
}

/** Puts the badge at its dock, out of the caret line's way. */
function position(host: HTMLElement, state: Placed): void {
  const doc = host.ownerDocument;
  const size = sizeOf(host);
  const view = viewportOf(doc);
  const docked = dockedPosition(state.dock, size, view);
  const at = avoidLine(docked, size, view, state.options.caretLine?.() ?? null);
  host.style.left = `${Math.round(at.x)}px`;
  host.style.top = `${Math.round(at.y)}px`;
  host.toggleAttribute('data-avoiding', at.y !== docked.y);
}
