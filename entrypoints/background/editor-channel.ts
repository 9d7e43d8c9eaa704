/**
 * The editor channel's listener in the background (lib/messaging/editor.ts holds the handlers): `analyze`
 * for content scripts, the per-tab EditorState for the side panel, dropped when a tab closes or navigates, and
 * editor.stateChanged broadcast to extension pages ("no receiver" is normal when no panel is open).
 * Navigation: without the "tabs" permission Chromium does not say where a tab went (no `url` in onUpdated), and
 * a same-document navigation (pushState, #hash) reports `loading` too. So every `loading` drops the tab's states,
 * and `complete` asks every frame still there to publish again (editor.republish): a new page's frames publish
 * anyway, the frames of a page that stayed (an SPA route change) come back within milliseconds.
 * Senders (lib/messaging/trust.ts): editor.getState, editor.getFocus, editor.addSelection and editor.getSelection only from the
 * extension's pages; analyze, publish, openPanel, hello, selection, skip (the card's 不入台账, written by `ledger.skip`), skipped and
 * unskip (the card's 取消不入台账) only from content
 * scripts whose own frame is on an enabled site — anything else is refused.
 * Service-worker restarts: Chromium stops an idle worker after 30 s, and the states in memory go with it. Each
 * state is also kept in storage.session (extension contexts only), taken back when the worker starts, before any
 * message is handled; a tab the panel asks about that has no state is asked once to publish again (republish).
 */
import { analyze } from '@/lib/analysis';
import { ChannelError, type OnMessage } from '@/lib/messaging/channel';
import { editorBackend, editorChannel, type EditorBackend, type EditorBackendDeps } from '@/lib/messaging/editor';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { extensionIdentity, FORBIDDEN, isEnabledContentScript, isExtensionPage, type MessageSender } from '@/lib/messaging/trust';
import { badgePlaceOf, withBadgePlace } from '@/lib/settings/badge-places';
import { badgePlacesItem, EDITOR_STATE_KEY_PREFIX, settingsItem, type ExtensionStorage } from '@/lib/settings/storage-items';
import { isSiteEnabled } from '@/lib/sites';
import type { SitePolicySource } from './site-policy';
import { currentLocale, withSettings } from './settings-cache';


/** The part of the browser API used here (a fake in tests). */
export interface EditorBrowser {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: OnMessage;
  };
  tabs: {
    create(options: { url: string; windowId?: number }): Promise<unknown>;
    /** Without `options.frameId`: to every frame of the tab. */
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onRemoved: { addListener(listener: (tabId: number) => void): void };
    onUpdated: { addListener(listener: (tabId: number, info: { status?: string; url?: string }) => void): void };
    /** Every tab (ids only are needed: no "tabs" permission). */
    query?(filter: Record<string, never>): Promise<{ id?: number }[]>;
  };
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  /** Where states outlive the worker (absent: memory only); `local` holds the badges' places. */
  storage?: {
    local?: ExtensionStorage['local'];
    onChanged?: ExtensionStorage['onChanged'];
    session?: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
}

/** Which senders may send which editor message. */
const FROM_PAGES = new Set(['editor.getState', 'editor.getFocus', 'editor.analyze', 'editor.addSelection', 'editor.getSelection', 'editor.getAdded']);
const FROM_CONTENT = new Set(['editor.analyze', 'editor.publish', 'editor.openPanel', 'editor.hello', 'editor.locale', 'editor.skip', 'editor.badge', 'editor.setBadge', 'editor.selection', 'editor.skipped', 'editor.unskip']);

/** Whether a kept value looks like a state (it was validated when published; this only guards against junk). */
const isKeptState = (v: unknown): v is EditorState =>
  typeof v === 'object' && v !== null && typeof (v as EditorState).tabId === 'number' && typeof (v as EditorState).frameId === 'number' && typeof (v as EditorState).text === 'string';

/**
 * Listens for editor messages from this extension's own pages and from content scripts on enabled sites; returns
 * the backend (for tests) once the states kept before a restart are back.
 * `sites` gives the enabled sites as they are now (the background follows storage, site-policy.ts).
 */
export function listenEditorChannel(api: EditorBrowser, sites: SitePolicySource, ledger: Pick<EditorBackendDeps, 'skip' | 'addSelection' | 'listSkips' | 'unskip'> = {}): EditorBackend & { ready: Promise<void> } & { skipsChanged(): void } {
  const self = extensionIdentity(api.runtime);
  const session = api.storage?.session;
  const local = api.storage?.local;
  let badgeWrites: Promise<void> = Promise.resolve();
  const enabled = async (sender: MessageSender) => isEnabledContentScript(sender, self, await sites.get());
  const forbidden = () => new ChannelError(FORBIDDEN.error.code, FORBIDDEN.error.message);
  const backend = editorBackend({
    ...ledger,
    // The reference date and lexicon of the user's settings (settings-cache.ts), under the caller's own options.
    analyze: (text, options) => analyze(text, withSettings(options)),
    locale: currentLocale,
    badge: async (origin) => (local ? badgePlaceOf(await badgePlacesItem.get({ local }), origin) : badgePlaceOf({}, origin)),
    // nb. Read-modify-write, one at a time: two quick changes (drag, then hide) must not undo each other.
    setBadge(origin, patch) {
      if (!local) return Promise.resolve();
      const write = badgeWrites.then(async () => void (await badgePlacesItem.set({ local }, withBadgePlace(await badgePlacesItem.get({ local }), origin, patch))));
      badgeWrites = write.catch(() => undefined);
      return write;
    },
    broadcast: (message) => {
      api.runtime.sendMessage(message).catch(() => undefined);
    },
    /**
     * The badge's editor.openPanel: sidePanel.open must be called before anything is awaited (the click's gesture).
     * The sender was judged by the policy already read (see `allow`); only if the worker just woke and has not read
     * it yet is the panel opened first and the sender judged after — the fallback tab is opened only for an enabled
     * sender.
     */
    openPanel(tabId, windowId, sender) {
      const judged = sites.current() !== null;
      let opening: Promise<void>;
      try {
        opening = api.sidePanel ? api.sidePanel.open({ tabId }) : Promise.reject(new Error('no side panel'));
      } catch (error) {
        opening = Promise.reject(error);
      }
      return opening.then(
        async () => {
          if (!judged && !(await enabled(sender))) throw forbidden();
          return 'panel' as const;
        },
        async () => {
          if (!judged && !(await enabled(sender))) throw forbidden();
          await api.tabs.create({ url: `${api.runtime.getURL('/sidepanel.html')}?tab=${tabId}`, windowId });
          return 'tab' as const;
        },
      );
    },
    persist(key, state) {
      // nb. Over the session quota (10 MB) a state is simply not kept: the tab is asked to republish instead.
      const write = state ? session?.set({ [EDITOR_STATE_KEY_PREFIX + key]: state }) : session?.remove(EDITOR_STATE_KEY_PREFIX + key);
      write?.catch((error: unknown) => console.debug('luoshi: storage.session', error));
    },
  });
  const ready: Promise<void> = session
    ? session.get(null).then(
        (all) => {
          const kept = Object.entries(all).flatMap(([k, v]) => (k.startsWith(EDITOR_STATE_KEY_PREFIX) && isKeptState(v) ? [v] : []));
          backend.restore(kept);
        },
        () => undefined,
      )
    : Promise.resolve();
  /** Tabs asked to republish since this worker started (once each). */
  const asked = new Set<number>();
  const republish = (tabId: number) => api.tabs.sendMessage(tabId, editorChannel.envelope('editor.republish', {})).catch(() => undefined);

  editorChannel.listen(api.runtime.onMessage, {
    allow(type, sender) {
      if (sender.id !== self.id) return false;
      if (typeof type !== 'string') return true; // the handler answers bad_request
      if (isExtensionPage(sender, self)) return FROM_PAGES.has(type);
      if (!FROM_CONTENT.has(type)) return false;
      // nb. openPanel is judged now, by the policy already read, to keep the click's gesture; see openPanel above.
      if (type === 'editor.openPanel') {
        const known = sites.current();
        return known ? isEnabledContentScript(sender, self, known) : true;
      }
      return enabled(sender);
    },
    handle(message, sender) {
      if (message.type === 'editor.openPanel') return backend.handle(message, sender);
      return ready.then(async () => {
        const result = await backend.handle(message, sender);
        if (message.type === 'editor.getState' && result.ok && result.value === null) {
          const tabId = (message.payload as { tabId: number }).tabId;
          if (!asked.has(tabId)) {
            asked.add(tabId);
            void republish(tabId);
          }
        }
        return result;
      });
    },
  });
  /** Sends `message` to every frame of every tab ("no receiver" is normal). */
  const toEveryTab = (message: unknown) =>
    void api.tabs.query?.({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined && tab.id >= 0) api.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }, () => undefined);
  // The enabled sites changed: the states of frames now off are dropped (an open side panel follows at once), and
  // every frame asks again whether it is on (editor.hello), and starts or stops.
  sites.onChange((policy) => {
    void ready.then(() => backend.dropDisabled((origin) => isSiteEnabled(origin, policy)));
    toEveryTab(editorChannel.envelope('editor.recheck', {}));
  });
  // The badges' places or the language changed (the options page, the side panel, another tab's badge): every
  // frame asks again (editor.badge, editor.locale).
  if (api.storage?.onChanged) {
    let locale: string | null = null;
    api.storage.onChanged.addListener((changes, area) => {
      const badges = badgePlacesItem.touchedBy(changes, area);
      let languages = false;
      if (settingsItem.touchedBy(changes, area)) {
        const next = settingsItem.parse((changes[settingsItem.key] as { newValue?: unknown } | undefined)?.newValue).locale;
        const before = locale ?? settingsItem.parse((changes[settingsItem.key] as { oldValue?: unknown } | undefined)?.oldValue).locale;
        languages = next !== before;
        locale = next;
      }
      if (badges || languages) toEveryTab(editorChannel.envelope('editor.pageSettings', {}));
    });
  }
  api.tabs.onRemoved.addListener((tabId) => void ready.then(() => backend.dropTab(tabId)));
  api.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void ready.then(() => backend.dropTab(tabId));
    // nb. "no receiver" is normal: a page where the content script does not run (chrome://, the Web Store).
    else if (info.status === 'complete') void republish(tabId);
  });
  /** The checklist's 不入台账 marks changed (the panel, a card, a restore): every tab's draft frames ask again (editor.skipped). */
  const skipsChanged = () =>
    void ready.then(() => {
      for (const { tabId, key } of backend.draftTabs()) api.tabs.sendMessage(tabId, editorChannel.envelope('editor.skipsChanged', { tabId, key })).catch(() => undefined);
    });
  return Object.assign(backend, { ready, skipsChanged });
}
