/**
 * The on-page badge: a `<luoshi-badge>` element at the page's bottom right, appended to the top-level document's
 * `<html>` (outside `<body>` and so outside any editor; an editor frame of the same origin puts it on its page),
 * with its UI in a shadow root: 「问题 3 · 事项 12 · 提示 5」. A person's click asks the background to open the side
 * panel; a click the page's own script makes (`button.click()`, a dispatched event) does nothing (`userClicked`).
 * nb. Custom elements cannot be defined from a content script's isolated world; an undefined element with a valid
 * custom name still takes a shadow root.
 * Several frames of one page may annotate (a top page's textarea, an editor's iframe), and a same-origin frame puts
 * its badge on the top page: the badge names the annotator that placed it (`data-luoshi-owner`), another annotator
 * takes it over by placing its own, and an annotator removes only a badge that is still its own.
 */
import { BADGE_TAG } from '@/lib/editors/contract';

export interface BadgeCounts {
  problems: number;
  actions: number;
  findings: number;
}

/** The badge's label. */
export function badgeLabel(c: BadgeCounts): string {
  return `问题 ${c.problems} · 事项 ${c.actions} · 提示 ${c.findings}`;
}

const CSS = `
:host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483646}
button{font:13px/1.4 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1f2937;background:#fff;
border:1px solid #d0d7de;border-radius:16px;padding:4px 12px;box-shadow:0 2px 8px rgba(0,0,0,.15);cursor:pointer}
button:hover{background:#f3f6fa}
b{color:#b71c1c;font-weight:600;margin-right:4px}
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

const clicks = new WeakMap<Element, () => void>();

/**
 * Whether a click came from the person (the browser's own event, inside a user activation), not from the page's
 * script — which could otherwise open the side panel, or its fallback tab, whenever it liked.
 */
export function userClicked(event: Event, nav: { userActivation?: { isActive: boolean } } = globalThis.navigator): boolean {
  return event.isTrusted === true && (nav?.userActivation?.isActive ?? true);
}

/** The attribute naming the annotator that placed the badge. */
export const BADGE_OWNER_ATTR = 'data-luoshi-owner';

/** Shows or updates `owner`'s badge in `doc`; returns a function that removes it while it is still `owner`'s. */
export function showBadge(doc: Document, counts: BadgeCounts, onClick: () => void, owner = ''): () => void {
  let host = doc.querySelector(BADGE_TAG) as HTMLElement | null;
  if (!host || !host.shadowRoot || (host.getAttribute(BADGE_OWNER_ATTR) ?? '') !== owner) {
    host?.remove();
    host = doc.createElement(BADGE_TAG);
    if (owner) host.setAttribute(BADGE_OWNER_ATTR, owner);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.title = '落实：打开侧边栏';
    shadow.append(style, button);
    const placed = host;
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (userClicked(event)) clicks.get(placed)?.();
    });
    doc.documentElement.append(host);
  }
  clicks.set(host, onClick);
  const button = host.shadowRoot!.querySelector('button')!;
  const mark = doc.createElement('b');
  mark.textContent = '落实';
  button.replaceChildren(mark, doc.createTextNode(badgeLabel(counts)));
  const placed = host;
  return () => {
    if ((placed.getAttribute(BADGE_OWNER_ATTR) ?? '') === owner) placed.remove();
  };
}
