import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import type { MessageSender } from '@/lib/messaging/trust';
import type { SitePolicy } from '@/lib/sites';
import { EDITOR_STATE_KEY_PREFIX as STATE_KEY_PREFIX } from '@/lib/settings/storage-items';
import { listenEditorChannel, type EditorBrowser } from './editor-channel';
import type { SitePolicySource } from './site-policy';

type Listener = Parameters<EditorBrowser['runtime']['onMessage']['addListener']>[0];

const ENABLED = 'https://oa.example.gov.cn';
const policy: SitePolicy = { enabled: [ENABLED], forceOn: [], forceOff: [] };

/** A content script's sender in tab `tab`, frame `frameId`, of `origin`. */
const content = (tab = 4, frameId = 0, origin = ENABLED): MessageSender => ({ id: 'luoshi', url: `${origin}/doc/1`, origin, tab: { id: tab, url: `${ENABLED}/doc/1` }, frameId });
const page = (path = 'sidepanel.html'): MessageSender => ({ id: 'luoshi', url: `chrome-extension://luoshi/${path}` });

function sitesSource(known: SitePolicy | null = policy) {
  let current = known;
  const listeners: ((p: SitePolicy) => void)[] = [];
  const source: SitePolicySource = { current: () => current, get: async () => current ?? policy, onChange: (l) => void listeners.push(l) };
  return { source, change: (p: SitePolicy) => ((current = p), listeners.forEach((l) => l(p))) };
}

function fakeBrowser(sidePanelWorks: boolean, { kept = {} as Record<string, unknown>, known = policy as SitePolicy | null } = {}) {
  let listener: Listener | undefined;
  let removed: ((tabId: number) => void) | undefined;
  let updated: ((tabId: number, info: { status?: string; url?: string }) => void) | undefined;
  const created: string[] = [];
  const opened: number[] = [];
  const toTabs: [number, unknown][] = [];
  const broadcasts: unknown[] = [];
  const session = new Map(Object.entries(kept));
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
      query: async () => [{ id: 4 }, { id: 5 }],
    },
    sidePanel: {
      open: async ({ tabId }) => {
        if (!sidePanelWorks) throw new Error('may only be called in response to a user gesture');
        opened.push(tabId);
      },
    },
    storage: {
      session: {
        get: async () => Object.fromEntries(session),
        set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
        remove: async (keys) => void [keys].flat().forEach((k) => session.delete(k)),
      },
    },
  };
  const sites = sitesSource(known);
  const backend = listenEditorChannel(api, sites.source);
  const send = (type: string, payload: unknown, sender: MessageSender) =>
    new Promise<unknown>((resolve) => {
      const open = listener!({ channel: EDITOR_CHANNEL, type, payload }, sender, resolve);
      if (open === undefined) setTimeout(() => resolve(undefined), 10);
    });
  return { api, backend, send, created, opened, broadcasts, toTabs, session, sites, removed: () => removed!, updated: () => updated! };
}

const text = '县发改局要在6月底前完成项目入库。';
const publish = { url: `${ENABLED}/doc/1`, title: 't', editorKind: 'textarea', editorId: 'textarea-1', text, analysis: analyze(text), canHighlight: true, reason: null, at: 1 };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('listenEditorChannel', () => {
  it('analyses for a content script, keeps its state, drops it on navigation and close', async () => {
    const b = fakeBrowser(true);
    const sender = content();
    const analysed = (await b.send('editor.analyze', { text }, sender)) as { ok: boolean; value: { actions: unknown[] } };
    expect(analysed.ok).toBe(true);
    expect(await b.send('editor.publish', publish, sender)).toEqual({ ok: true, value: null });
    expect(b.broadcasts).toHaveLength(1);
    expect(b.backend.stateOf(4)?.editorId).toBe('textarea-1');
    // Chromium gives no url without the tabs permission, and reports pushState as loading too: every loading drops.
    b.updated()(4, { status: 'loading' });
    await tick();
    expect(b.backend.stateOf(4)).toBeNull();
    expect(b.broadcasts).toHaveLength(2);
    // Once loaded, every frame of the tab is asked to publish again (no receiver is fine).
    b.updated()(4, { status: 'complete' });
    await tick();
    expect(b.toTabs).toEqual([[4, { channel: EDITOR_CHANNEL, type: 'editor.republish', payload: {} }]]);
    await b.send('editor.publish', publish, sender);
    expect(b.backend.stateOf(4)?.editorId).toBe('textarea-1');
    // A late message from the document being left is not kept.
    b.updated()(4, { status: 'loading' });
    await tick();
    expect(await b.send('editor.publish', publish, { ...sender, documentLifecycle: 'pending_deletion' })).toEqual({ ok: true, value: null });
    expect(b.backend.stateOf(4)).toBeNull();
    await b.send('editor.publish', publish, { ...sender, documentLifecycle: 'active' });
    b.removed()(4);
    await tick();
    expect(b.backend.stateOf(4)).toBeNull();
  });

  it('answers the side panel’s editor.getState, and only an extension page’s', async () => {
    const b = fakeBrowser(true);
    await b.send('editor.publish', publish, content());
    expect(await b.send('editor.getState', { tabId: 4 }, page())).toMatchObject({ ok: true, value: { tabId: 4, text } });
    expect(await b.send('editor.getState', { tabId: 4 }, page('sidepanel.html?tab=4'))).toMatchObject({ ok: true, value: { tabId: 4 } });
    expect(await b.send('editor.getState', { tabId: 4 }, content())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses content scripts of sites that are not enabled, foreign iframes, pages publishing, and other extensions', async () => {
    const b = fakeBrowser(true);
    const foreign = content(4, 0, 'https://news.example.com');
    const foreignIframe = content(4, 7, 'https://ads.example.net'); // on the enabled page, another origin
    const refused: [string, unknown, MessageSender][] = [
      ['editor.analyze', { text }, foreign],
      ['editor.publish', publish, foreign],
      ['editor.openPanel', {}, foreign],
      ['editor.hello', {}, foreign],
      ['editor.getState', { tabId: 4 }, foreign],
      ['editor.publish', publish, foreignIframe],
      ['editor.hello', {}, foreignIframe],
      ['editor.publish', publish, page()],
      ['editor.openPanel', {}, page()],
      ['editor.hello', {}, { ...content(), id: 'other' }],
      ['editor.getState', { tabId: 4 }, { id: 'other', url: 'chrome-extension://other/x.html' }],
    ];
    for (const [type, payload, sender] of refused) expect(await b.send(type, payload, sender), `${type} from ${JSON.stringify(sender)}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(b.backend.stateOf(4)).toBeNull();
    expect(b.opened).toEqual([]);
    expect(b.created).toEqual([]);
    // The enabled page's own frame, and an about:blank editor frame of the same origin, are heard.
    expect(await b.send('editor.hello', {}, content())).toEqual({ ok: true, value: true });
    expect(await b.send('editor.hello', {}, { id: 'luoshi', url: 'about:blank', origin: ENABLED, tab: { id: 4 }, frameId: 2 })).toEqual({ ok: true, value: true });
    // An iframe of an enabled origin on a page that is not enabled counts by its own origin.
    expect(await b.send('editor.hello', {}, { ...content(6, 3), tab: { id: 6, url: 'https://news.example.com/' } })).toEqual({ ok: true, value: true });
  });

  it('keeps the states in storage.session and takes them back after a service-worker restart', async () => {
    const b = fakeBrowser(true);
    await b.send('editor.publish', publish, content());
    await b.send('editor.publish', { ...publish, editorId: 'quill-2', editorKind: 'quill' }, content(5, 2));
    await tick();
    expect([...b.session.keys()].sort()).toEqual([`${STATE_KEY_PREFIX}4:0`, `${STATE_KEY_PREFIX}5:2`]);
    // The worker stops; a new one starts from the same session storage.
    const restarted = fakeBrowser(true, { kept: Object.fromEntries(b.session) });
    expect(await restarted.send('editor.getState', { tabId: 4 }, page())).toMatchObject({ ok: true, value: { tabId: 4, frameId: 0, text, editorId: 'textarea-1' } });
    expect(restarted.backend.stateOf(5)?.editorId).toBe('quill-2');
    expect(restarted.toTabs).toEqual([]);
    // A closed tab's kept state goes too.
    restarted.removed()(5);
    await tick();
    await tick();
    expect([...restarted.session.keys()]).toEqual([`${STATE_KEY_PREFIX}4:0`]);
  });

  it('asks a tab without a state to publish again, once per worker', async () => {
    const b = fakeBrowser(true);
    expect(await b.send('editor.getState', { tabId: 9 }, page())).toEqual({ ok: true, value: null });
    expect(await b.send('editor.getState', { tabId: 9 }, page())).toEqual({ ok: true, value: null });
    expect(b.toTabs).toEqual([[9, { channel: EDITOR_CHANNEL, type: 'editor.republish', payload: {} }]]);
  });

  it('opens the side panel, or the panel page in a tab when the gesture was lost', async () => {
    expect(await fakeBrowser(true).send('editor.openPanel', {}, content(7))).toEqual({ ok: true, value: 'panel' });
    const b = fakeBrowser(false);
    expect(await b.send('editor.openPanel', {}, content(7))).toEqual({ ok: true, value: 'tab' });
    expect(b.created).toEqual(['chrome-extension://luoshi/sidepanel.html?tab=7']);
  });

  it('just woken, before the sites are read: opens the panel in the gesture, but no fallback tab for a site not enabled', async () => {
    const woken = fakeBrowser(true, { known: null });
    expect(await woken.send('editor.openPanel', {}, content(7))).toEqual({ ok: true, value: 'panel' });
    expect(woken.opened).toEqual([7]);
    const noGesture = fakeBrowser(false, { known: null });
    expect(await noGesture.send('editor.openPanel', {}, content(8, 0, 'https://news.example.com'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(noGesture.created).toEqual([]);
    // The panel opened in the gesture, but the sender turns out not to be enabled: refused all the same.
    const late = fakeBrowser(true, { known: null });
    expect(await late.send('editor.openPanel', {}, content(9, 0, 'https://news.example.com'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('calls sidePanel.open inside the message event, before anything is awaited', () => {
    for (const known of [policy, null]) {
      const b = fakeBrowser(true, { known });
      void b.send('editor.openPanel', {}, content(7));
      expect(b.opened).toEqual([7]);
    }
  });

  it('answers malformed payloads and unknown types from an enabled content script with bad_request, keeping nothing', async () => {
    const b = fakeBrowser(true);
    const malformed: [string, unknown][] = [
      ['editor.publish', { ...publish, editorKind: 'word' }],
      ['editor.publish', { ...publish, text: 'x'.repeat(3_000_001) }],
      ['editor.publish', { ...publish, analysis: { schema: 'other' } }],
      ['editor.analyze', { text: 42 }],
      ['editor.analyze', { text, options: { referenceDate: 'tomorrow' } }],
      ['editor.hello', { extra: true }],
      ['editor.openPanel', null],
    ];
    for (const [type, payload] of malformed) expect(await b.send(type, payload, content())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    for (const type of [42, null]) expect(await b.send(type as never, {}, content())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(b.backend.stateOf(4)).toBeNull();
    expect(b.broadcasts).toEqual([]);
    expect(b.opened).toEqual([]);
  });

  it('tells every tab to ask again when the enabled sites change', async () => {
    const b = fakeBrowser(true);
    b.sites.change({ enabled: [], forceOn: [], forceOff: [] });
    await tick();
    await tick();
    expect(b.toTabs).toEqual([
      [4, { channel: EDITOR_CHANNEL, type: 'editor.recheck', payload: {} }],
      [5, { channel: EDITOR_CHANNEL, type: 'editor.recheck', payload: {} }],
    ]);
  });
});
