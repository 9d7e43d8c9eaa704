/**
 * 「在原文中定位」: opening the source draft at an item. When a tab shows the document's page, its content script is
 * sent editor.reveal (lib/messaging/editor-protocol.ts) for the item's span — found again in the page's current
 * text through the item's anchor, since the draft may have changed since it was saved; otherwise the page is
 * opened. The browser is injected (a fake in tests).
 */
import { matchQuote } from '../anchoring/match-quote';
import { editorChannel } from '../messaging/editor';
import type { EditorState } from '../messaging/editor-protocol';
import { routeOf } from '../panel/draft-source';
import { isHttpUrl, type DocumentRecord, type ItemRecord } from '../schema/checklist';

/**
 * A URL without an in-page anchor, for comparing pages; a hash route (`#/doc/edit?id=101`) is kept, since on a
 * hash-routed OA page it names the document.
 */
export function pageOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at) + routeOf(url);
}

/** The editor id in a document key made by the side panel (`<page><route>#<editorId>`), or null. */
export function editorIdOf(doc: Pick<DocumentRecord, 'key' | 'url'>): string | null {
  if (!doc.url) return null;
  const page = pageOf(doc.url);
  return doc.key.startsWith(`${page}#`) ? doc.key.slice(page.length + 1) || null : null;
}

/** The item's span in `text` (the page's current draft), or in the saved text when `text` is null. */
export function spanIn(item: Pick<ItemRecord, 'anchor'>, text: string | null): { start: number; end: number } | null {
  if (text === null) return { start: item.anchor.start, end: item.anchor.start + item.anchor.exact.length };
  const m = matchQuote(text, item.anchor, { hint: item.anchor.start });
  return m ? { start: m.start, end: m.end } : null;
}

/** The part of the browser used. */
export interface RevealBrowser {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; windowId?: number }[]>;
    update(id: number, p: { active: boolean }): Promise<unknown>;
    create(p: { url: string }): Promise<unknown>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  windows?: { update(id: number, p: { focused: boolean }): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export type RevealOutcome = 'revealed' | 'focused' | 'opened' | 'no-url';

/**
 * Shows the item in its draft: revealed in an open tab of the page (`revealed`), or that tab brought forward when
 * the page has no editor state or the span is gone (`focused`), or the page opened in a new tab (`opened`).
 */
export async function openAtItem(browser: RevealBrowser, doc: Pick<DocumentRecord, 'key' | 'url'>, item: Pick<ItemRecord, 'anchor'>): Promise<RevealOutcome> {
  // nb. Only http(s) pages are ever opened (the record schema allows no other link; this guards older rows too).
  if (!doc.url || !isHttpUrl(doc.url)) return 'no-url';
  const page = pageOf(doc.url);
  const background = editorChannel.sender((message) => browser.runtime.sendMessage(message));
  // nb. No answer, a refusal or a state in another shape: the tab is only brought forward.
  const getState = (tabId: number): Promise<EditorState | null> => background['editor.getState']({ tabId }).catch(() => null);
  const tabs = (await browser.tabs.query({})).filter((t) => typeof t.id === 'number');
  let tab = tabs.find((t) => t.url !== undefined && pageOf(t.url) === page);
  let state: EditorState | null = null;
  // A tab whose address the browser hides (no host permission: a site enabled by policy) is known by the URL its
  // content script published.
  for (const t of tab ? [] : tabs.filter((x) => !x.url)) {
    const s = await getState(t.id!);
    if (s && pageOf(s.url) === page) {
      tab = t;
      state = s;
      break;
    }
  }
  if (!tab) {
    await browser.tabs.create({ url: doc.url });
    return 'opened';
  }
  const tabId = tab.id!;
  await browser.tabs.update(tabId, { active: true });
  if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
  state ??= await getState(tabId);
  const editorId = state?.editorId ?? editorIdOf(doc);
  const span = spanIn(item, state?.text ?? null);
  if (!editorId || !span) return 'focused';
  try {
    await editorChannel.sender((message) => browser.tabs.sendMessage(tabId, message, state ? { frameId: state.frameId } : undefined))['editor.reveal']({ editorId, ...span });
    return 'revealed';
  } catch {
    return 'focused';
  }
}
