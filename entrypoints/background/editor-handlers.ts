/**
 * Registers the editor protocol in the background (lib/messaging/editor-handlers.ts holds the logic): `analyze`
 * for content scripts, the per-tab EditorState for the side panel, dropped when a tab closes or navigates, and
 * editor.stateChanged broadcast to extension pages ("no receiver" is normal when no panel is open).
 * Navigation: without the "tabs" permission Chromium does not say where a tab went (no `url` in onUpdated), and
 * a same-document navigation (pushState, #hash) reports `loading` too. So every `loading` drops the tab's states,
 * and `complete` asks every frame still there to publish again (editor.republish): a new page's frames publish
 * anyway, the frames of a page that stayed (an SPA route change) come back within milliseconds.
 */
import { analyze } from '@/lib/analysis';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import { editorBackend, isEditorMessage, type EditorBackend, type EditorSender } from '@/lib/messaging/editor-handlers';
import { withSettings } from './settings-cache';

/** The part of the browser API used here (a fake in tests). */
export interface EditorBrowser {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: EditorSender & { id?: string }, sendResponse: (response: unknown) => void) => true | undefined): void };
  };
  tabs: {
    create(options: { url: string; windowId?: number }): Promise<unknown>;
    /** Without `options.frameId`: to every frame of the tab. */
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onRemoved: { addListener(listener: (tabId: number) => void): void };
    onUpdated: { addListener(listener: (tabId: number, info: { status?: string; url?: string }) => void): void };
  };
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
}

/** Listens for editor messages from this extension's own scripts and pages; returns the backend (for tests). */
export function registerEditorHandlers(api: EditorBrowser): EditorBackend {
  const backend = editorBackend({
    // The reference date and lexicon of the user's settings (settings-cache.ts), under the caller's own options.
    analyze: (text, options) => analyze(text, withSettings(options)),
    broadcast: (message) => {
      api.runtime.sendMessage(message).catch(() => undefined);
    },
    openPanel(tabId, windowId) {
      // nb. sidePanel.open needs the user gesture of the badge click: it must be called before anything is awaited.
      let opening: Promise<void>;
      try {
        opening = api.sidePanel ? api.sidePanel.open({ tabId }) : Promise.reject(new Error('no side panel'));
      } catch (error) {
        opening = Promise.reject(error);
      }
      return opening.then(
        () => 'panel' as const,
        async () => {
          await api.tabs.create({ url: `${api.runtime.getURL('/sidepanel.html')}?tab=${tabId}`, windowId });
          return 'tab' as const;
        },
      );
    },
  });
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isEditorMessage(message)) return undefined;
    if (sender.id !== api.runtime.id) {
      sendResponse({ ok: false, error: { code: 'forbidden', message: '只接受本扩展的消息' } });
      return undefined;
    }
    Promise.resolve(backend.handle(message, sender)).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: String(error) } }));
    return true;
  });
  api.tabs.onRemoved.addListener((tabId) => backend.dropTab(tabId));
  api.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') backend.dropTab(tabId);
    // nb. "no receiver" is normal: a page where the content script does not run (chrome://, the Web Store).
    else if (info.status === 'complete') api.tabs.sendMessage(tabId, { channel: EDITOR_CHANNEL, type: 'editor.republish', payload: {} }).catch(() => undefined);
  });
  return backend;
}
