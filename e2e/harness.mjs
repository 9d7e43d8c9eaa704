/**
 * One browser for the whole e2e run (node:test runs every spec of e2e/editors.test.mjs in one process): the static
 * server, Chromium with the built extension, and three tabs reused by every spec —
 *   editor   the fixture page under test (active, so that the side panel shows it),
 *   panel    chrome-extension://<id>/sidepanel.html in a background tab of the same window (its "active tab of
 *            the current window" is the editor tab),
 *   control  an extension page the tests use to talk to the background (editor.getState, IndexedDB reads).
 * `harness()` starts it all on first use; an `after` hook closes it. A second server (`other`, another port and so
 * another origin) serves the same pages from a site that is never enabled.
 */
import { after } from 'node:test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { startServer } from './server.mjs';
import { launchExtension } from './launch.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SHOTS = path.join(ROOT, 'e2e/shots');

/** The editor contract (lib/editors/contract.ts), imported as the content script imports it. */
export const contract = await tsImport(path.join(ROOT, 'lib/editors/contract.ts'), import.meta.url);
/** The storage items (lib/settings/storage-items.ts): every storage key, defined once. */
export const storageItems = await tsImport(path.join(ROOT, 'lib/settings/storage-items.ts'), import.meta.url);
/** What the analysis of the fixture speech must find (tests/fixtures/drafts/speech.expected.json). */
export const expected = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/drafts/speech.expected.json'), 'utf8'));

let starting;
let state;

/**
 * UEditor's server stub (its `serverUrl`): the editor asks `?action=config` for its upload settings when it starts;
 * every other action (uploads, image lists) is refused, as nothing of a fixture page is stored.
 */
export function ueditorServer(url) {
  const json = (value) => {
    const callback = url.searchParams.get('callback');
    const body = JSON.stringify(value);
    return /^[\w.$]+$/.test(callback ?? '') ? { type: 'text/javascript; charset=utf-8', body: `${callback}(${body})` } : { type: 'application/json; charset=utf-8', body };
  };
  if (url.searchParams.get('action') === 'config') return json({ imageActionName: 'uploadimage', imageFieldName: 'upfile', imageMaxSize: 0, imageAllowFiles: [], imageUrlPrefix: '' });
  return { status: 403, ...json({ state: '测试服务器不接收上传' }) };
}

/** The side panel's text once `ready(text)` holds (or after `timeout` ms, for the assertion to report). */
export async function panelText(h, ready, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const text = await h.panel.evaluate(() => document.body.innerText).catch(() => '');
    if (ready(text) || Date.now() > until) return text;
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function harness() {
  starting ??= start();
  return starting;
}

after(async () => {
  if (!starting) return;
  const h = await starting.catch(() => null);
  await h?.close();
});

async function start() {
  const t0 = Date.now();
  mkdirSync(SHOTS, { recursive: true });
  const pages = path.join(ROOT, 'e2e/pages/editors');
  if (!existsSync(path.join(pages, 'textarea.html'))) throw new Error(`no fixture pages in ${pages}: run npm run build:e2e-pages`);
  const server = await startServer({
    '/editors/': pages,
    '/vendor/tinymce/': path.join(ROOT, 'node_modules/tinymce'),
    '/vendor/ckeditor4/': path.join(ROOT, 'node_modules/ckeditor4'),
    '/vendor/kindeditor/': path.join(ROOT, 'node_modules/kindeditor'),
    '/vendor/ueditor/': path.join(ROOT, 'node_modules/ueditor/example/public/ueditor'),
    '/ueditor-server/': ueditorServer,
  });
  const other = await startServer({ '/editors/': pages });
  const browser = await launchExtension();
  const { context } = browser;
  context.setDefaultTimeout(10_000);
  const pageErrors = [];
  const panelErrors = [];
  const editor = context.pages()[0] ?? (await context.newPage());
  editor.on('pageerror', (e) => pageErrors.push(`${editor.url()}: ${e.message}`));
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 440, height: 1000 });
  panel.on('pageerror', (e) => panelErrors.push(e.message));
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  const control = await context.newPage();
  await control.goto(browser.extensionUrl('dashboard.html'));
  await editor.bringToFront();
  const editorTabId = await control.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab.id;
  });
  state = { sites: [] };
  const h = {
    server,
    other,
    browser,
    context,
    extensionId: browser.extensionId,
    editor,
    panel,
    control,
    editorTabId,
    pageErrors,
    panelErrors,
    startedInMs: Date.now() - t0,
    /** Sets the enabled sites (storage.local[enabledSitesItem.key]) from the service worker; skips a no-op write. */
    async enable(on) {
      const sites = on ? [server.origin] : [];
      if (JSON.stringify(sites) === JSON.stringify(state.sites)) return;
      const stored = await browser.enableSites(storageItems.enabledSitesItem.key, sites);
      if (JSON.stringify(stored) !== JSON.stringify(sites)) throw new Error(`storage.local[${storageItems.enabledSitesItem.key}] is ${JSON.stringify(stored)}`);
      state.sites = sites;
    },
    /** Loads a fixture page into the editor tab and waits for `window.__editorReady`. */
    async open(page) {
      await editor.bringToFront();
      await editor.goto(server.url(`/editors/${page}`));
      await editor.waitForFunction(() => window.__editorReady === true || !!window.__editorError, null, { timeout: 20_000 });
      const error = await editor.evaluate(() => window.__editorError);
      if (error) throw new Error(`fixture page ${page} failed: ${error}`);
    },
    /** Sends an editor-protocol message to the background from the control page; resolves with the Result. */
    sendToBackground(type, payload) {
      return control.evaluate(([channel, t, p]) => chrome.runtime.sendMessage({ channel, type: t, payload: p }), [contract.EDITOR_CHANNEL, type, payload]);
    },
    /** Sends an editor-protocol message to the editor tab's content script (one frame) from the service worker. */
    async sendToTab(type, payload, frameId = 0) {
      const sw = await browser.serviceWorker();
      return sw.evaluate(([tabId, channel, t, p, f]) => chrome.tabs.sendMessage(tabId, { channel, type: t, payload: p }, { frameId: f }), [
        editorTabId,
        contract.EDITOR_CHANNEL,
        type,
        payload,
        frameId,
      ]);
    },
    /** The background's EditorState of the editor tab (editor.getState), or null. */
    async editorState() {
      const result = await h.sendToBackground('editor.getState', { tabId: editorTabId });
      if (!result) return null;
      if (!result.ok) throw new Error(`editor.getState failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    /** The checklist as stored in IndexedDB (LuoshiDB, read raw from an extension page), or null if there is none. */
    readChecklistDb() {
      return control.evaluate(async () => {
        const dbs = await indexedDB.databases();
        if (!dbs.some((d) => d.name === 'LuoshiDB')) return null;
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('LuoshiDB');
          req.addEventListener('success', () => resolve(req.result));
          req.addEventListener('error', () => reject(req.error));
        });
        const all = (store) =>
          new Promise((resolve, reject) => {
            const req = db.transaction(store, 'readonly').objectStore(store).getAll();
            req.addEventListener('success', () => resolve(req.result));
            req.addEventListener('error', () => reject(req.error));
          });
        const names = [...db.objectStoreNames];
        const documents = names.includes('documents') ? await all('documents') : [];
        const items = names.includes('items') ? await all('items') : [];
        db.close();
        return {
          documents: documents.map((d) => ({ id: d.id, key: d.key, url: d.url, title: d.title, revision: d.revision, text: d.text })),
          items: items.map((i) => ({ id: i.id, documentId: i.documentId, kind: i.kind, text: i.text, owners: i.owners, orphaned: i.orphaned ?? null })),
        };
      });
    },
    async close() {
      await browser.close();
      await server.close();
      await other.close();
    },
  };
  return h;
}
