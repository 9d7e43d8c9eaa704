/**
 * Least privilege and trusted senders, in the real browser (issue 10):
 *   - the built manifest declares no content script and no host permission; the editor script is registered for
 *     the enabled sites only, so a page of a site that is not enabled gets no script and no message — and an
 *     enabled page gets the script but no message either (no script-started postMessage);
 *   - an iframe of another origin on an enabled page is not taken as the page's draft;
 *   - after the service worker is stopped, the side panel still shows the tab's draft;
 *   - the hostile-message suite: code in a content-script world (what a compromised renderer can run) on a site
 *     that is not enabled sends every checklist, reminder and editor message and touches extension storage; the
 *     same from an enabled page's content-script world for the checklist, reminder, state and storage kinds.
 *     Nothing is accepted, and the checklist and the enabled sites are unchanged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { contract, expected, harness, panelText } from '../harness.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const QUIET_MS = 2_000;
const SITE_DISABLED = '尚未在此网站启用落实';

/** Records, from before any script of the page runs, every message posted to the window. */
function recordMessages() {
  window.luoshiSeenMessages = [];
  window.addEventListener('message', (e) => window.luoshiSeenMessages.push(typeof e.data === 'object' ? JSON.stringify(e.data) : String(e.data)), true);
}

/** The extension's script worlds in a page (its main frame and same-process frames), from CDP's execution contexts. */
async function extensionWorlds(h, page) {
  const cdp = await h.context.newCDPSession(page);
  const contexts = [];
  try {
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    await cdp.detach().catch(() => {});
  }
  // nb. Playwright's own utility world is isolated too, with the page's origin: the extension's has its origin.
  return contexts.filter((c) => c.origin?.startsWith(`chrome-extension://${h.extensionId}`)).map((c) => `${c.auxData?.frameId ?? ''} ${c.origin} ${c.name}`);
}

/** The id of the tab showing `url` (the extension sees the address of 127.0.0.1 pages: it holds that host). */
async function tabIdOf(h, url) {
  return h.control.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

/** Runs `messages` and the storage probes from the extension's content-script world in every frame of `tabId`. */
async function sendFromContentWorld(h, tabId, messages) {
  const sw = await h.browser.serviceWorker();
  return sw.evaluate(
    async ([id, list]) => {
      const results = await chrome.scripting.executeScript({
        target: { tabId: id },
        args: [list],
        // nb. Runs in the ISOLATED world: the world of the extension's content scripts.
        func: async (msgs) => {
          const out = [];
          for (const m of msgs) {
            try {
              const r = await chrome.runtime.sendMessage(m);
              out.push({ what: `${m.channel} ${m.type}`, accepted: r?.ok === true, answer: r === undefined ? 'no answer' : r.ok ? 'ok' : r.error.code });
            } catch (error) {
              out.push({ what: `${m.channel} ${m.type}`, accepted: false, answer: String(error) });
            }
          }
          const probes = [
            ['storage.local.get', () => chrome.storage.local.get(null)],
            ['storage.local.set', () => chrome.storage.local.set({ 'luoshi.enabledSites': ['https://evil.example'] })],
            ['storage.session.get', () => chrome.storage.session.get(null)],
          ];
          for (const [what, op] of probes) {
            try {
              await op();
              out.push({ what, accepted: true, answer: 'ok' });
            } catch (error) {
              out.push({ what, accepted: false, answer: String(error) });
            }
          }
          return out;
        },
      });
      return results[0].result;
    },
    [tabId, messages],
  );
}

const checklistKinds = (documentId, itemId) => [
  ['listDocuments', {}],
  ['listItems', {}],
  ['listItems', { documentId }],
  ['listNotes', { itemId }],
  ['setStatus', { itemId, status: 'closed', note: '已办结' }],
  ['addNote', { itemId, text: '进展' }],
  ['editItem', { itemId, edit: { text: '被改写的事项' } }],
  ['revertEdit', { itemId, field: 'text' }],
  ['deleteItem', { itemId }],
  ['restoreItem', { itemId }],
  ['saveAnalysis', { key: 'https://evil.example/doc', title: '垃圾', url: 'https://evil.example/doc', site: 'evil.example', editor: 'textarea', text: 'x', analysis: {} }],
].map(([type, payload]) => ({ channel: 'luoshi.checklist', type, payload }));

describe('least privilege and trusted senders', () => {
  test('the built manifest declares no content script and no host permission', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    assert.equal(manifest.content_scripts, undefined, 'no content_scripts');
    assert.equal(manifest.host_permissions, undefined, 'no host_permissions');
    assert.deepEqual(manifest.optional_host_permissions, ['<all_urls>'], 'sites are asked for one by one');
    assert.equal(manifest.web_accessible_resources, undefined, 'no page can load an extension file');
  });

  test('the editor script is registered for the enabled sites only', async () => {
    const h = await harness();
    const registered = async () => (await h.browser.serviceWorker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ js: s.js, matches: s.matches, allFrames: s.allFrames })));
    await h.enable(false);
    assert.deepEqual(await registered(), []);
    await h.enable(true);
    assert.deepEqual(await registered(), [{ js: ['editor-frame.js'], matches: [`${h.server.origin}/*`], allFrames: true }]);
  });

  test('turning the site on and off reaches its open page without a reload', async () => {
    const h = await harness();
    await h.enable(false);
    await h.open('textarea.html');
    const badges = () => h.editor.evaluate((tag) => document.querySelectorAll(tag).length, contract.BADGE_TAG);
    await h.editor.waitForTimeout(QUIET_MS);
    assert.equal(await badges(), 0);
    await h.enable(true);
    await h.editor.locator(contract.BADGE_TAG).waitFor({ state: 'attached', timeout: 15_000 });
    assert.equal(await badges(), 1, 'the open page is annotated once the site is on');
    await h.enable(false);
    const until = Date.now() + 10_000;
    while ((await badges()) > 0 && Date.now() < until) await h.editor.waitForTimeout(100);
    assert.equal(await badges(), 0, 'and cleared once it is off');
    assert.equal(await h.editor.evaluate(() => [...CSS.highlights.values()].reduce((n, x) => n + x.size, 0)), 0, 'no highlight is left');
  });

  test('a page of a site that is not enabled receives no script and no message; an enabled one no message', async () => {
    const h = await harness();
    await h.enable(true);
    const page = await h.context.newPage();
    try {
      await page.addInitScript(recordMessages);
      const off = h.other.url('/editors/textarea.html');
      await page.goto(off);
      await page.waitForFunction(() => window.__editorReady === true, null, { timeout: 20_000 });
      await page.waitForTimeout(QUIET_MS);
      assert.deepEqual(await extensionWorlds(h, page), [], 'no extension script world in the page of a site that is not enabled');
      assert.deepEqual(await page.evaluate(() => window.luoshiSeenMessages), [], 'no message was posted to it');
      assert.equal(await page.evaluate((tag) => document.querySelectorAll(tag).length, contract.BADGE_TAG), 0, 'no badge');
      const offTab = await tabIdOf(h, off);
      assert.equal((await h.sendToBackground('editor.getState', { tabId: offTab })).value, null, 'no draft published for it');

      // The same page on the enabled site: the script is there (it annotates), and still no message is posted.
      await page.goto(h.server.url('/editors/textarea.html'));
      await page.waitForFunction(() => window.__editorReady === true, null, { timeout: 20_000 });
      await page.locator(contract.BADGE_TAG).waitFor({ state: 'attached', timeout: 15_000 });
      assert.ok((await extensionWorlds(h, page)).length >= 1, 'the extension script runs on the enabled site');
      assert.deepEqual(await page.evaluate(() => window.luoshiSeenMessages), [], 'no script-started message, nor any other');
    } finally {
      await page.close();
      await h.editor.bringToFront();
    }
  });

  test('an iframe of another origin on an enabled page is not taken as the draft', async () => {
    const h = await harness();
    await h.enable(true);
    await h.open('no-editor.html');
    const src = h.other.url('/editors/textarea.html');
    await h.editor.evaluate((u) => {
      const f = document.createElement('iframe');
      f.src = u;
      f.style.cssText = 'width:900px;height:600px';
      document.body.append(f);
    }, src);
    const frame = await (await h.editor.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(() => window.__editorReady === true, null, { timeout: 20_000 });
    await h.editor.waitForTimeout(QUIET_MS);
    const state = await h.editorState();
    assert.ok(!state || (!state.text.includes(expected.title) && state.editorKind !== 'textarea'), `the tab's state is not the iframe's draft: ${state?.editorKind} ${state?.text.slice(0, 40)}`);
    assert.equal(await frame.evaluate(() => (globalThis.CSS?.highlights?.size ?? 0)), 0, 'nothing is drawn in the foreign iframe');
    await h.panel.reload();
    const text = await panelText(h, (t) => t.length > 0 && !t.includes('加载'), 5_000);
    assert.ok(!text.includes(expected.title), 'the side panel does not show the iframe’s draft');
  });

  test('after the service worker is stopped, the side panel still shows the draft', async () => {
    const h = await harness();
    await h.enable(true);
    await h.open('textarea.html');
    const until = Date.now() + 15_000;
    while (!(await h.editorState())?.canHighlight && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    assert.ok((await h.editorState())?.canHighlight, 'the draft was published');
    await h.panel.reload();
    assert.ok((await panelText(h, (t) => t.includes(expected.title))).includes(expected.title), 'the panel shows it before');

    const before = await h.browser.serviceWorker();
    await before.evaluate(() => (globalThis.luoshiBeforeStop = true));
    const closed = new Promise((resolve) => before.once('close', () => resolve(true)));
    const cdp = await h.context.newCDPSession(h.control);
    try {
      const stopped = new Promise((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`) && v.runningStatus === 'stopped')) resolve(true);
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      assert.equal(await Promise.race([stopped, new Promise((r) => setTimeout(() => r(false), 10_000))]), true, 'the service worker stopped');
    } finally {
      await cdp.detach().catch(() => {});
    }
    // Playwright forgets the stopped worker a little later; until then it would hand it out.
    await Promise.race([closed, new Promise((r) => setTimeout(r, 15_000))]);

    await h.panel.reload();
    const text = await panelText(h, (t) => t.includes(expected.title));
    const after = await h.browser.serviceWorker();
    assert.equal(await after.evaluate(() => globalThis.luoshiBeforeStop ?? null), null, 'a new service worker answers');
    assert.ok(text.includes(expected.title), `the panel shows the draft after the restart: ${text.slice(0, 200)}`);
    assert.ok(!text.includes(SITE_DISABLED), 'and does not say the site is not enabled');
    const state = await h.editorState();
    assert.equal(state?.canHighlight, true);
    assert.ok(state.text.includes(expected.title));
  });

  test('hostile messages from content-script worlds: 0 accepted, nothing changed', async () => {
    const h = await harness();
    await h.enable(true);
    // A checklist to go after, saved from the panel's side as the person would.
    await h.open('textarea.html');
    const until = Date.now() + 15_000;
    while (!(await h.editorState())?.canHighlight && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    const state = await h.editorState();
    const saved = await h.control.evaluate(
      (s) =>
        chrome.runtime.sendMessage({
          channel: 'luoshi.checklist',
          type: 'saveAnalysis',
          payload: { key: `${s.url}#hostile-suite`, title: s.analysis.title ?? s.title, url: s.url, site: new URL(s.url).host, editor: s.editorKind, text: s.text, analysis: s.analysis },
        }),
      state,
    );
    assert.ok(saved?.ok, `saved: ${JSON.stringify(saved?.error)}`);
    const db = await h.readChecklistDb();
    const documentId = saved.value.documentId;
    const itemId = db.items.find((i) => i.documentId === documentId).id;
    const sitesBefore = await (await h.browser.serviceWorker()).evaluate(() => chrome.storage.local.get(null));

    const otherPage = await h.context.newPage();
    try {
      const off = h.other.url('/editors/no-editor.html');
      await otherPage.goto(off);
      const offTab = await tabIdOf(h, off);
      const publish = { url: off, title: '伪造', editorKind: 'textarea', editorId: 'forged', text: state.text, analysis: state.analysis, canHighlight: true, reason: null, at: Date.now() };
      const fromOff = await sendFromContentWorld(h, offTab, [
        ...checklistKinds(documentId, itemId),
        { channel: 'luoshi.reminders', type: 'run' },
        ...[
          ['editor.getState', { tabId: h.editorTabId }],
          ['editor.analyze', { text: state.text }],
          ['editor.publish', publish],
          ['editor.hello', {}],
          ['editor.openPanel', {}],
        ].map(([type, payload]) => ({ channel: contract.EDITOR_CHANNEL, type, payload })),
      ]);
      const fromEnabled = await sendFromContentWorld(h, h.editorTabId, [
        ...checklistKinds(documentId, itemId),
        { channel: 'luoshi.reminders', type: 'run' },
        { channel: contract.EDITOR_CHANNEL, type: 'editor.getState', payload: { tabId: offTab } },
      ]);
      const all = [...fromOff.map((r) => ({ ...r, from: 'site not enabled' })), ...fromEnabled.map((r) => ({ ...r, from: 'enabled site' }))];
      const accepted = all.filter((r) => r.accepted);
      assert.equal(all.length, 17 + 3 + 13 + 3, 'every hostile message and probe ran');
      assert.deepEqual(accepted, [], `${accepted.length} of ${all.length} accepted`);
      for (const r of all.filter((x) => !x.what.startsWith('storage'))) assert.equal(r.answer, 'forbidden', `${r.what} from the ${r.from}: refused as forbidden`);
      assert.equal((await h.sendToBackground('editor.getState', { tabId: offTab })).value, null, 'no forged draft for the tab');
      assert.equal(h.context.pages().filter((p) => p.url().includes('sidepanel.html?tab=')).length, 0, 'no panel tab was opened');
    } finally {
      await otherPage.close();
      await h.editor.bringToFront();
    }
    assert.deepEqual(await h.readChecklistDb(), db, 'the checklist is unchanged');
    assert.deepEqual(await (await h.browser.serviceWorker()).evaluate(() => chrome.storage.local.get(null)), sitesBefore, 'extension storage is unchanged');
  });
});
