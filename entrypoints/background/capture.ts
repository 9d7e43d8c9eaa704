/**
 * 「提取所选文字」 where a draft cannot be annotated in place (canvas suites, pages without an editor, sites not
 * enabled): a context-menu item on selections and a keyboard command. Both open the side panel first — while the
 * click or key press still counts as a user gesture — then read the selection (from the page through scripting,
 * which keeps line breaks; else the menu's `selectionText`), analyse it here, and publish it as the tab's
 * EditorState (kind 'selection', no highlights), which the panel shows and can save as a checklist.
 * 「加入督办台账」 (a second menu item, and editor.addSelection from the side panel's button) adds the selection to the
 * checklist as one item instead: found in the tab's published draft (lib/panel/capture `locateSelection`) it is
 * anchored there, under the draft's key, like any item of that draft; a selection on a page with no draft is its own
 * text. The background writes it (lib/db/add-item.ts) and tells the pages (editor.itemAdded).
 */
import { analyze } from '@/lib/analysis/index';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import type { AddItemInput } from '@/lib/db/add-item';
import { editorChannel } from '@/lib/messaging/editor';
import type { AddedItem } from '@/lib/messaging/editor-protocol';
import { ADD_MENU_ID, CAPTURE_COMMAND, CAPTURE_MENU_ID, capturedState, locateSelection, normaliseCapture, SELECTION_EDITOR_ID } from '@/lib/panel/capture';
import { draftKey, reasonWithoutState } from '@/lib/panel/draft-source';
import type { ItemRecord } from '@/lib/schema/checklist';
import { analyzeOptionsFor } from '@/lib/settings/store';
import { translate } from '@/lib/i18n/index';
import { readSitePolicy, settingsItem, type ExtensionStorage, type SiteStorage } from '@/lib/settings/storage-items';
import { isSiteEnabled } from '@/lib/sites';

interface Event<A extends unknown[]> {
  addListener(cb: (...args: A) => void): void;
}

/** A tab as the menu and command events give it. */
export interface TabLike {
  id?: number;
  url?: string;
  title?: string;
}

/** The browser APIs the capture uses (`browser` in the extension; fakes in tests). */
export interface CaptureBrowser {
  runtime: { onInstalled: Event<[unknown]> };
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
    update?(id: string, props: { title: string }): unknown;
    onClicked: Event<[{ menuItemId: string | number; selectionText?: string; frameId?: number }, TabLike | undefined]>;
  };
  commands: { onCommand: Event<[string, TabLike | undefined]> };
  tabs: { get(tabId: number): Promise<TabLike> };
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames: true } | { tabId: number; frameIds: number[] }; func: () => string }): Promise<{ frameId?: number; result?: unknown }[]>;
  };
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  storage: SiteStorage & Pick<ExtensionStorage, 'onChanged'>;
}

export interface CaptureDeps {
  browser: CaptureBrowser;
  /** The tab's current EditorState, if any (to keep its reason for having no highlights). */
  current(tabId: number): EditorState | null | undefined;
  /** Stores `state` as the tab's EditorState and tells the side panel (editor.stateChanged). */
  publish(state: EditorState): void | Promise<void>;
  now?: () => number;
  /** Adds an item to the checklist (the repository's addItem); absent: 「加入督办台账」 is not offered. */
  addItem?(input: AddItemInput): Promise<ItemRecord>;
  /** Tells the extension's pages (editor.itemAdded); must not throw when nobody listens. */
  broadcast?(message: unknown): void;
  /**
   * Records what 「加入督办台账」 gave — the item, or the sentence of its failure from the context menu — for the
   * side panel (the editor backend's noteAdd: told to the pages and kept for a panel still opening); when absent,
   * an added item is broadcast and a failure only logged.
   */
  outcome?(tabId: number, outcome: { item: AddedItem } | { error: string }): void;
}

/**
 * Injected into the page's frames: the selected text, from a focused textarea or text input (whose selection
 * `getSelection()` does not see) or from the document's selection. Self-contained, as scripting requires.
 */
export function readSelection(): string {
  const el = document.activeElement as HTMLTextAreaElement | HTMLInputElement | null;
  if (el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT')) {
    const { selectionStart: s, selectionEnd: e } = el;
    if (s !== null && e !== null && e > s) return el.value.slice(s, e);
  }
  return String(globalThis.getSelection?.() ?? '');
}

/** The longest selection among the frames' answers, with its frame. */
function longest(results: { frameId?: number; result?: unknown }[]): { text: string; frameId: number } | null {
  let best: { text: string; frameId: number } | null = null;
  for (const r of results) {
    if (typeof r.result === 'string' && r.result.trim() && (!best || r.result.length > best.text.length)) best = { text: r.result, frameId: r.frameId ?? 0 };
  }
  return best;
}

/** Analyses `text` captured in `tab` and publishes it as the tab's EditorState; returns it (null for blank text). */
export async function publishCapture(deps: CaptureDeps, tab: TabLike & { id: number }, frameId: number, raw: string): Promise<EditorState | null> {
  const text = normaliseCapture(raw);
  if (!text.trim()) return null;
  const at = (deps.now ?? Date.now)();
  const url = tab.url ?? '';
  const before = deps.current(tab.id);
  const policy = before ? null : await readSitePolicy(deps.browser.storage);
  const pageReason = before ? (before.canHighlight ? null : before.reason) : reasonWithoutState(url, (origin) => isSiteEnabled(origin, policy!));
  // The reference date and lexicon of the user's settings, as for an editor's draft.
  const analysis = analyze(text, analyzeOptionsFor(await settingsItem.get(deps.browser.storage), at));
  const state = capturedState({ tabId: tab.id, frameId, url, title: tab.title ?? '', text, analysis, pageReason, at });
  await deps.publish(state);
  return state;
}

/** Reads the selection of `tab` (one frame, or all and the longest), or '' when scripting is not allowed there. */
async function scriptedSelection(b: CaptureBrowser, tabId: number, frameId?: number): Promise<{ text: string; frameId: number } | null> {
  try {
    const target = frameId === undefined ? { tabId, allFrames: true as const } : { tabId, frameIds: [frameId] };
    return longest(await b.scripting.executeScript({ target, func: readSelection }));
  } catch {
    // nb. No host access (a site not enabled, a chrome:// page): the menu's selectionText is all there is.
    return null;
  }
}

/** Opens the panel for the tab. Must be called before any await: the gesture does not survive one. */
function openPanel(b: CaptureBrowser, tabId: number): void {
  b.sidePanel?.open({ tabId }).catch((error: unknown) => console.error('luoshi: sidePanel.open failed', error));
}

type MenuInfo = { menuItemId: string | number; selectionText?: string; frameId?: number };

/** Handles a click on the menu item 提取所选文字. */
export async function onMenuClick(deps: CaptureDeps, info: MenuInfo, tab: TabLike | undefined): Promise<EditorState | null> {
  if (info.menuItemId !== CAPTURE_MENU_ID || typeof tab?.id !== 'number') return null;
  openPanel(deps.browser, tab.id);
  return captureMenuSelection(deps, info, { ...tab, id: tab.id });
}

/** Handles a click on the menu item 加入督办台账: the panel opens (inside the gesture) and says what was added. */
export async function onAddMenuClick(deps: CaptureDeps, info: MenuInfo, tab: TabLike | undefined): Promise<AddedItem | null> {
  if (info.menuItemId !== ADD_MENU_ID || typeof tab?.id !== 'number') return null;
  openPanel(deps.browser, tab.id);
  return addFromMenu(deps, { ...tab, id: tab.id }, info.frameId, info.selectionText);
}

/**
 * The menu's 「加入督办台账」 once the panel is opening: `addSelection`, and a failure — nothing selected, the
 * checklist refusing — recorded for the side panel (`outcome`), which the click opened, before it is thrown.
 */
export async function addFromMenu(deps: CaptureDeps, tab: TabLike & { id: number }, frameId?: number, selectionText?: string): Promise<AddedItem> {
  try {
    return await addSelection(deps, tab, frameId, selectionText);
  } catch (error) {
    deps.outcome?.(tab.id, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/**
 * 「加入督办台账」: the selection of `tab` (the frame's, else the longest among its frames, else `selectionText`)
 * added to the checklist as one item. In the tab's draft (the published state, a captured selection included) it is
 * anchored there under the draft's key; else the selection is a draft of its own under the page's key. Throws a
 * sentence when nothing is selected.
 */
export async function addSelection(deps: CaptureDeps, tab: TabLike & { id: number }, frameId?: number, selectionText?: string): Promise<AddedItem> {
  if (!deps.addItem) throw new Error('无法加入督办台账');
  const scripted = await scriptedSelection(deps.browser, tab.id, frameId);
  const state = deps.current(tab.id);
  // A captured selection (the panel's 整段加入督办台账) is itself what was selected, once the page's selection is gone.
  const selected = normaliseCapture(scripted?.text || selectionText || (state?.editorKind === 'selection' ? state.text : ''));
  if (!selected.trim()) throw new Error(translate((await settingsItem.get(deps.browser.storage)).locale, 'addSel.none'));
  const at = state ? locateSelection(state.text, selected) : null;
  const input: AddItemInput =
    state && at
      ? { key: draftKey('page', { url: state.url, editorId: state.editorId, title: state.title }), selection: { text: state.text, ...at }, title: state.analysis.title ?? state.title, url: state.url }
      : (() => {
          const own = locateSelection(selected, selected)!;
          const url = tab.url ?? '';
          return { key: draftKey('page', { url, editorId: SELECTION_EDITOR_ID, title: tab.title ?? '' }), selection: { text: selected, ...own }, title: tab.title || null, url };
        })();
  const item = await deps.addItem(input);
  const added: AddedItem = { id: item.id, text: item.text, documentId: item.documentId };
  if (deps.outcome) deps.outcome(tab.id, { item: added });
  else deps.broadcast?.(editorChannel.envelope('editor.itemAdded', { ...added, tabId: tab.id }));
  return added;
}

/** The menu's capture after the panel is open: the frame's selection through scripting, else the menu's text. */
async function captureMenuSelection(deps: CaptureDeps, info: MenuInfo, tab: TabLike & { id: number }): Promise<EditorState | null> {
  const frameId = info.frameId ?? 0;
  const scripted = await scriptedSelection(deps.browser, tab.id, frameId);
  const text = scripted?.text || info.selectionText || '';
  return publishCapture(deps, tab, frameId, text);
}

/** Handles the keyboard command. */
export async function onCaptureCommand(deps: CaptureDeps, command: string, tab: TabLike | undefined): Promise<EditorState | null> {
  if (command !== CAPTURE_COMMAND || typeof tab?.id !== 'number') return null;
  openPanel(deps.browser, tab.id);
  return captureSelection(deps, { ...tab, id: tab.id });
}

/** Reads the selection of the tab (the longest among its frames) and publishes it; null when nothing is selected. */
export async function captureSelection(deps: CaptureDeps, tab: TabLike & { id: number }): Promise<EditorState | null> {
  const scripted = await scriptedSelection(deps.browser, tab.id);
  if (!scripted) return null;
  return publishCapture(deps, tab, scripted.frameId, scripted.text);
}

/**
 * The name under which the service worker exposes the menu's handler to the e2e suite, as
 * `luoshiCaptureSelection(tabId, selectionText, frameId?)`: Chromium lets no test click a context-menu item.
 */
export const CAPTURE_HOOK = 'luoshiCaptureSelection';
/** The same for 「加入督办台账」 (a failure recorded for the panel, as from the menu): `luoshiAddSelection(tabId, selectionText, frameId?)`. */
export const ADD_HOOK = 'luoshiAddSelection';

/** Registers the menu item (on install and update, titled in the user's language, retitled when it changes) and the listeners. */
export function registerCapture(deps: CaptureDeps): void {
  const b = deps.browser;
  const menus: { id: string; words: 'capture.menu' | 'addSel.menu' }[] = [{ id: CAPTURE_MENU_ID, words: 'capture.menu' }];
  if (deps.addItem) menus.push({ id: ADD_MENU_ID, words: 'addSel.menu' });
  b.runtime.onInstalled.addListener(async () => {
    const locale = (await settingsItem.get(b.storage)).locale;
    for (const menu of menus) {
      try {
        const created = b.contextMenus.create({ id: menu.id, title: translate(locale, menu.words), contexts: ['selection'] });
        // nb. Chromium returns the id, and reports a duplicate (after an update) through lastError / a rejection.
        if (created instanceof Promise) created.catch(() => {});
      } catch (error) {
        console.error('luoshi: contextMenus.create failed', error);
      }
    }
  });
  let locale: string | undefined;
  settingsItem.watch(b.storage, (settings) => {
    if (settings.locale === locale) return;
    locale = settings.locale;
    for (const menu of menus) Promise.resolve(b.contextMenus.update?.(menu.id, { title: translate(settings.locale, menu.words) })).catch(() => {});
  });
  const report = (error: unknown) => console.error('luoshi: capture failed', error);
  b.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_MENU_ID) void onAddMenuClick(deps, info, tab).catch(report);
    else void onMenuClick(deps, info, tab).catch(report);
  });
  b.commands.onCommand.addListener((command, tab) => void onCaptureCommand(deps, command, tab).catch(report));
  // nb. Chromium offers a test no way to click a context-menu item; the e2e suite runs the capture through this hook
  // (the service worker's own global scope: pages and content scripts cannot reach it).
  // The panel is not opened: a test has no user gesture to open it with.
  Object.assign(globalThis, {
    [CAPTURE_HOOK]: async (tabId: number, selectionText?: string, frameId?: number) => {
      const tab = await b.tabs.get(tabId);
      return captureMenuSelection(deps, { menuItemId: CAPTURE_MENU_ID, selectionText, frameId }, { ...tab, id: tabId });
    },
    [ADD_HOOK]: async (tabId: number, selectionText?: string, frameId?: number) => {
      const tab = await b.tabs.get(tabId);
      return addFromMenu(deps, { ...tab, id: tabId }, frameId, selectionText);
    },
  });
}
