/**
 * The real-browser e2e run: Debian's Chromium with the built extension, one browser for everything (e2e/harness.mjs).
 * The editor contract suite runs against each fixture editor (e2e/editors/*.spec.mjs), then the capture fallbacks;
 * around them, the network watch proves it can see a request leave, and finally that none did.
 *   npm run test:e2e        (builds the extension and the fixture pages first)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { harness } from './harness.mjs';
import { todo } from './todo.mjs';

test('the network watch sees requests that leave 127.0.0.1, from a page and from the service worker', async (t) => {
  const h = await harness();
  t.diagnostic(`Chromium with extension ${h.extensionId} and the test server ${h.server.origin} ready in ${h.startedInMs} ms`);
  const pageCanary = 'http://page-canary.luoshi.invalid/';
  const workerCanary = 'http://worker-canary.luoshi.invalid/';
  await h.open('no-editor.html');
  await h.editor.evaluate((u) => fetch(u).catch(() => null), pageCanary);
  const sw = await h.browser.serviceWorker();
  await sw.evaluate((u) => fetch(u).catch(() => null), workerCanary);
  const until = Date.now() + 5_000;
  while (!(h.browser.offsite.includes(pageCanary) && h.browser.offsite.includes(workerCanary)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  assert.ok(h.browser.offsite.includes(pageCanary), 'a page request was seen');
  assert.ok(h.browser.offsite.includes(workerCanary), 'a service worker request was seen');
  h.browser.offsite.splice(0, h.browser.offsite.length, ...h.browser.offsite.filter((u) => u !== pageCanary && u !== workerCanary));
});

await import('./editors/textarea.spec.mjs');
await import('./editors/contenteditable.spec.mjs');
await import('./editors/iframe-body.spec.mjs');
await import('./editors/tinymce.spec.mjs');
await import('./editors/ckeditor5.spec.mjs');
await import('./editors/quill.spec.mjs');
await import('./editors/tiptap.spec.mjs');
await import('./editors/lexical.spec.mjs');
await import('./editors/wangeditor.spec.mjs');
await import('./editors/ckeditor4-classic.spec.mjs');
await import('./editors/ckeditor4-inline.spec.mjs');
await import('./editors/ckeditor4-divarea.spec.mjs');
await import('./editors/ueditor.spec.mjs');
await import('./editors/kindeditor.spec.mjs');
await import('./editors/editorjs.spec.mjs');
await import('./editors/binding.spec.mjs');
await import('./editors/capture.spec.mjs');
await import('./editors/draft-identity.spec.mjs');
await import('./editors/badge.spec.mjs');
await import('./editors/trust.spec.mjs');

test('no request left 127.0.0.1 from any page, frame or extension context', async () => {
  const h = await harness();
  assert.deepEqual(h.browser.offsite, []);
});

test('no uncaught error on the fixture pages', async () => {
  const h = await harness();
  assert.deepEqual(h.pageErrors, []);
});

test('no uncaught error in the side panel', { todo: todo('panel', 'panel: errors') }, async () => {
  const h = await harness();
  assert.deepEqual(h.panelErrors, []);
});
