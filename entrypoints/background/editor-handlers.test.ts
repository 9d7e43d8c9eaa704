import { describe, expect, it } from 'vitest';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import { registerEditorHandlers, type EditorBrowser } from './editor-handlers';

type Listener = Parameters<EditorBrowser['runtime']['onMessage']['addListener']>[0];

function fakeBrowser(sidePanelWorks: boolean) {
  let listener: Listener | undefined;
  let removed: ((tabId: number) => void) | undefined;
  let updated: ((tabId: number, info: { status?: string; url?: string }) => void) | undefined;
  const created: string[] = [];
  const toTabs: [number, unknown][] = [];
  const broadcasts: unknown[] = [];
  const api: EditorBrowser = {
    runtime: {
      id: 'luoshi',
      getURL: (p) => `chrome-extension://luoshi${p}`,
      sendMessage: async (m) => {
        broadcasts.push(m);
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      onMessage: { addListener: (l) => (listener = l) },
    },
    tabs: {
      create: async ({ url }) => void created.push(url),
      sendMessage: async (tabId, message) => {
        toTabs.push([tabId, message]);
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      onRemoved: { addListener: (l) => (removed = l) },
      onUpdated: { addListener: (l) => (updated = l) },
    },
    sidePanel: { open: async () => (sidePanelWorks ? undefined : Promise.reject(new Error('may only be called in response to a user gesture'))) },
  };
  const backend = registerEditorHandlers(api);
  const send = (type: string, payload: unknown, sender: Parameters<Listener>[1]) =>
    new Promise<unknown>((resolve) => {
      const kept = listener!({ channel: EDITOR_CHANNEL, type, payload }, sender, resolve);
      if (kept === undefined) setTimeout(() => resolve(undefined), 10);
    });
  return { api, backend, send, created, broadcasts, toTabs, removed: () => removed!, updated: () => updated! };
}

describe('registerEditorHandlers', () => {
  it('analyses for a content script, keeps its state, drops it on navigation and close', async () => {
    const b = fakeBrowser(true);
    const sender = { id: 'luoshi', tab: { id: 4 }, frameId: 0 };
    const analysed = (await b.send('editor.analyze', { text: '县发改局要在6月底前完成项目入库。' }, sender)) as { ok: boolean; value: { actions: unknown[] } };
    expect(analysed.ok).toBe(true);
    const publish = { url: 'http://x/', title: 't', editorKind: 'textarea', editorId: 'textarea-1', text: '', analysis: { ...analysed.value }, canHighlight: true, reason: null, at: 1 };
    expect(await b.send('editor.publish', publish, sender)).toEqual({ ok: true, value: null });
    expect(b.broadcasts).toHaveLength(1);
    expect(b.backend.stateOf(4)?.editorId).toBe('textarea-1');
    // Chromium gives no url without the tabs permission, and reports pushState as loading too: every loading drops.
    b.updated()(4, { status: 'loading' });
    expect(b.backend.stateOf(4)).toBeNull();
    expect(b.broadcasts).toHaveLength(2);
    // Once loaded, every frame of the tab is asked to publish again (no receiver is fine).
    b.updated()(4, { status: 'complete' });
    await new Promise((r) => setTimeout(r, 0));
    expect(b.toTabs).toEqual([[4, { channel: EDITOR_CHANNEL, type: 'editor.republish', payload: {} }]]);
    await b.send('editor.publish', publish, sender);
    expect(b.backend.stateOf(4)?.editorId).toBe('textarea-1');
    // A late message from the document being left is not kept.
    b.updated()(4, { status: 'loading' });
    expect(await b.send('editor.publish', publish, { ...sender, documentLifecycle: 'pending_deletion' })).toEqual({ ok: true, value: null });
    expect(b.backend.stateOf(4)).toBeNull();
    await b.send('editor.publish', publish, { ...sender, documentLifecycle: 'active' });
    b.removed()(4);
    expect(b.backend.stateOf(4)).toBeNull();
  });

  it('refuses other extensions and leaves other messages alone', async () => {
    const b = fakeBrowser(true);
    expect(await b.send('editor.getState', { tabId: 1 }, { id: 'other' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens the side panel, or the panel page in a tab when the gesture was lost', async () => {
    expect(await fakeBrowser(true).send('editor.openPanel', {}, { id: 'luoshi', tab: { id: 7 } })).toEqual({ ok: true, value: 'panel' });
    const b = fakeBrowser(false);
    expect(await b.send('editor.openPanel', {}, { id: 'luoshi', tab: { id: 7 } })).toEqual({ ok: true, value: 'tab' });
    expect(b.created).toEqual(['chrome-extension://luoshi/sidepanel.html?tab=7']);
  });
});
