/**
 * The side panel's link to the browser: which tab is active, that tab's EditorState (asked of the background with
 * editor.getState and checked with zod), when to ask again (tab switch, navigation, editor.stateChanged), and
 * editor.reveal sent straight to the tab's frame. Everything received is validated here, at the boundary.
 */
import { browser } from '#imports';
import { RequestError } from '@/lib/messaging/channel';
import { editorChannel } from '@/lib/messaging/editor';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { policyTouchedBy, readSitePolicy, type ExtensionStorage } from '@/lib/settings/storage-items';
import { isSiteEnabled } from '@/lib/sites';

export interface ActiveTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The tab the page was opened for, when it is not the side panel but a tab (`sidepanel.html?tab=12`: the badge's
 * fallback without a user gesture, and the e2e tests), or null.
 */
export function pinnedTabId(search: string = globalThis.location?.search ?? ''): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** The tab whose draft the panel shows: the pinned tab, else the active tab of the panel's window; null if none. */
export async function activeTab(pinned: number | null = pinnedTabId()): Promise<ActiveTab | null> {
  const tab = pinned === null ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(pinned).catch(() => undefined);
  if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/** The latest EditorState of `tabId` (checked by the channel), or null when the tab published none or nobody answers yet. */
export async function fetchEditorState(tabId: number): Promise<EditorState | null> {
  const background = editorChannel.sender((message) => browser.runtime.sendMessage(message));
  return background['editor.getState']({ tabId }).catch((error: unknown) => {
    if (error instanceof RequestError && error.code === 'no_response') return null;
    throw error;
  });
}

/** The entry a highlight card of `tabId` last asked the panel to show, while fresh (checked by the channel), or null. */
export async function getEntryFocus(tabId: number): Promise<{ start: number; end: number; frameId: number; seq: number } | null> {
  const background = editorChannel.sender((message) => browser.runtime.sendMessage(message));
  return background['editor.getFocus']({ tabId }).catch(() => null);
}

/** Calls `take` when the background says the tab `currentTabId()` has an entry waiting (editor.focusChanged). */
export function watchEntryFocus(currentTabId: () => number | null, take: () => void): () => void {
  const onMessage = (message: unknown) => {
    const m = editorChannel.read(message);
    if (m?.type === 'editor.focusChanged' && m.payload.tabId === currentTabId()) take();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/** Asks the content script in the state's tab and frame to select and scroll to `span`. */
export async function revealInEditor(state: Pick<EditorState, 'tabId' | 'frameId' | 'editorId'>, span: { start: number; end: number }): Promise<void> {
  const toFrame = editorChannel.sender((message) => browser.tabs.sendMessage(state.tabId, message, { frameId: state.frameId }));
  await toFrame['editor.reveal']({ editorId: state.editorId, start: span.start, end: span.end });
}

/** Whether Luoshi is enabled on a site, by the user's list and the office policy (lib/sites.ts). */
export async function siteEnabledTest(): Promise<(origin: string) => boolean> {
  const policy = await readSitePolicy(browser.storage);
  return (origin) => isSiteEnabled(origin, policy);
}

/** Why the panel should look again: the active tab changed, navigated, published a new state, or the sites changed. */
export type RefreshCause = 'activated' | 'updated' | 'state' | 'sites';

/**
 * Calls `refresh` whenever the panel's draft may have changed: another tab became active, the shown tab finished
 * loading or changed its URL, the background announced a new state for it (editor.stateChanged, validated), or the
 * enabled sites changed (a site turned off shows why at once; the background drops its states too, and a site
 * turned on publishes its draft a moment later). Returns the function that stops listening.
 */
export function watchActiveDraft(currentTabId: () => number | null, refresh: (cause: RefreshCause) => void, pinned: number | null = pinnedTabId()): () => void {
  // A page pinned to one tab does not follow the active tab.
  const onActivated = () => pinned === null && refresh('activated');
  const onUpdated = (tabId: number, info: { status?: string; url?: string }) => {
    if (tabId === currentTabId() && (info.status === 'complete' || info.url !== undefined)) refresh('updated');
  };
  const onMessage = (message: unknown) => {
    const m = editorChannel.read(message);
    if (m?.type === 'editor.stateChanged' && m.payload.tabId === currentTabId()) refresh('state');
    // nb. Never answer: the panel only listens, and answering would take the reply away from the background.
    return undefined;
  };
  const storage = browser.storage as unknown as Required<Pick<ExtensionStorage, 'onChanged'>>;
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (policyTouchedBy(changes, area)) refresh('sites');
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  storage.onChanged.addListener(onStorage);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
    storage.onChanged.removeListener?.(onStorage);
  };
}
