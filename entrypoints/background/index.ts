/**
 * Background service worker: makes the toolbar button open the side panel (Chromium), and answers the checklist's
 * messages (from the extension's own pages only; see checklist-channel.ts) and the editor's (analysis off the
 * page's thread, the per-tab EditorState; editor-channel.ts). The editor content script is registered for the
 * enabled sites only (content-registration.ts); no content script is declared in the manifest. The toolbar button also enables
 * the current site, and the command 在本站启用落实 (Alt+Shift+L) toggles it (site-toggle.ts). 「提取所选文字」 (context
 * menu, Alt+Shift+K) publishes a selection as the tab's EditorState where in-place annotation is impossible, and 「加入督办台账」
 * (context menu, the side panel's button) adds it to the checklist as one item (capture.ts); the highlight card's
 * 不入台账 is written here too (editor.skip), with the repository the checklist channel uses.
 * Reminders: a daily alarm notifies overdue and due-soon items, the badge shows the overdue count (reminders.ts);
 * Alt+Shift+J opens the side panel. The editor's analysis uses the settings' reference date and lexicon. The team
 * ledger syncs with the unit's CouchDB when one is set and the user signed in (sync.ts; the one network door is
 * sync-http.ts).
 */
import { browser, defineBackground } from '#imports';
import { Dexie, liveQuery } from 'dexie';
import { DB_NAME, getDatabase } from '@/lib/db/database';
import { adoptRetiredSettings } from '@/lib/db/migrations/v4-to-v5';
import { preferencesStore } from '@/lib/settings/preferences';
import { SyncEngine } from '@/lib/sync/engine';
import { addSelection, registerCapture, type CaptureDeps } from './capture';
import { listenChecklistChannel } from './checklist-channel';
import { followRegistration, type RegistrationBrowser } from './content-registration';
import { listenEditorChannel } from './editor-channel';
import { registerReminders, type ReminderBrowser } from './reminders';
import { listenRemindersChannel } from './reminders-channel';
import { startSettingsCache } from './settings-cache';
import { followSitePolicy, type PolicyStorage } from './site-policy';
import { setSite, TOGGLE_SITE_COMMAND } from '@/lib/settings/site-toggle';
import { startSync, touchesChangeLog, type SyncBrowser } from './sync';

/** The command that opens the side panel (Chromium; Firefox uses its own _execute_sidebar_action). */
const OPEN_PANEL_COMMAND = 'open-panel';

export default defineBackground(() => {
  // storage.local (settings, enabled sites, reminder log) is for the extension's own contexts only: a content
  // script — code in a page's renderer — can neither read nor write it. This is Chromium's default for
  // storage.session only, so it is set here (Firefox has no setAccessLevel: its content scripts see storage.local).
  const local = browser.storage.local as unknown as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => console.error('luoshi: storage.local.setAccessLevel failed', error));
  void startSettingsCache(browser.storage as unknown as Parameters<typeof startSettingsCache>[0]);
  const sites = followSitePolicy(browser.storage as unknown as PolicyStorage);
  // The editor content script runs only on the sites that are on (content-registration.ts).
  const registration = followRegistration(browser as unknown as RegistrationBrowser, sites.get);
  void registration.sync('none').catch(() => undefined);
  sites.onChange(() => void registration.sync('added').catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void registration.sync('all').catch(() => undefined));
  const storage = browser.storage as unknown as Parameters<typeof preferencesStore>[0];
  // The first run of a version that retired the database's settings table moves a value it alone held (v4-to-v5.ts).
  void adoptRetiredSettings(getDatabase(), storage).catch((error: unknown) => console.error('luoshi: moving the retired settings failed', error));
  const repo = listenChecklistChannel(getDatabase(), browser.runtime, preferencesStore(storage));
  registerReminders(getDatabase(), browser as unknown as ReminderBrowser);
  listenRemindersChannel(getDatabase(), browser as unknown as Parameters<typeof listenRemindersChannel>[1]);
  // The team ledger's sync (sync.ts): status, 立即同步 and sign-in for the pages; runs at start, on its alarm and after
  // local writes (the change log mutating, in any context).
  startSync(browser as unknown as SyncBrowser, {
    engineFor: ({ config, fetch }) => new SyncEngine({ db: getDatabase(), url: config.url!, database: config.database, http: fetch, readOnly: config.readOnly }),
    onLocalWrite: (listener) => Dexie.on('storagemutated', (parts) => {
      if (touchesChangeLog(parts, DB_NAME)) listener();
    }),
  });
  const broadcast = (message: unknown) => {
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const capture: CaptureDeps = {
    browser,
    current: (tabId) => editors.stateOf(tabId),
    // A capture is published as the tab's content script would publish it: validated, kept, announced.
    publish: async ({ tabId, frameId, ...state }) => {
      const result = await editors.handle({ type: 'editor.publish', payload: state }, { tab: { id: tabId }, frameId });
      if (!result.ok) throw new Error(result.error.message);
    },
    addItem: (input) => repo.addItem(input),
    broadcast,
    // What an add gave — the item, or why the menu's add failed — goes to the side panel the click opened.
    outcome: (tabId, outcome) => editors.noteAdd(tabId, outcome),
  };
  // The highlight card's 不入台账 and the side panel's 「加入督办台账」 are written here, by the background.
  const editors = listenEditorChannel(browser, sites, {
    skip: (request) => repo.skipItem(request),
    listSkips: (key) => repo.listSkips(key),
    unskip: (skipId) => repo.unskipItem(skipId),
    addSelection: async (tabId) => addSelection(capture, { ...(await browser.tabs.get(tabId)), id: tabId }),
  });
  // Any change of the 不入台账 marks (the panel, a card, a restore) reaches the pages' highlights: skipped entries are
  // painted muted (the frames ask editor.skipped again).
  liveQuery(() => getDatabase().skips.toCollection().primaryKeys()).subscribe({
    next: () => editors.skipsChanged(),
    error: (error: unknown) => console.error('luoshi: watching the skips failed', error),
  });
  registerCapture(capture);
  // nb. Firefox has no sidePanel API: there WXT declares the page as a sidebar, which the browser's own UI opens.
  // The click opens the panel itself (so that it can also enable the site), both inside the click's gesture.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch((error: unknown) => console.error('luoshi: setPanelBehavior failed', error));
  browser.action?.onClicked.addListener((tab) => {
    if (tab.id !== undefined) browser.sidePanel?.open({ tabId: tab.id }).catch((error: unknown) => console.error('luoshi: sidePanel.open failed', error));
    void setSite(browser, tab.url, 'enable');
  });
  // Firefox (Manifest V2): the toolbar button is a browserAction, and the sidebar opens with sidebarAction.
  const firefox = browser as unknown as { browserAction?: { onClicked: { addListener(l: (tab: { url?: string }) => void): void } }; sidebarAction?: { open(): Promise<void> } };
  if (!browser.action) {
    firefox.browserAction?.onClicked.addListener((tab) => {
      firefox.sidebarAction?.open().catch((error: unknown) => console.error('luoshi: sidebarAction.open failed', error));
      void setSite(browser, tab.url, 'enable');
    });
  }
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SITE_COMMAND) void setSite(browser, tab?.url, 'toggle');
    // nb. Called at once, inside the command's user gesture, as sidePanel.open requires.
    else if (command === OPEN_PANEL_COMMAND && tab?.id !== undefined) browser.sidePanel?.open({ tabId: tab.id }).catch((error: unknown) => console.error('luoshi: sidePanel.open failed', error));
  });
});
