/**
 * After the extension is reloaded (or updated, or removed), its old content script stays in the pages it ran in,
 * with its runtime gone. It must not leave its highlights and badge frozen on the draft: within a second it sees
 * that its runtime is gone and clears them (entrypoints/editor.content/frame.ts). Its own browser, since a reload
 * closes every extension page the shared harness relies on.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { launchExtension } from './launch.mjs';
import { startServer } from './server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

test('an orphaned content script clears its highlights and badge after the extension is reloaded', async () => {
  const server = await startServer({ '/editors/': path.join(ROOT, 'e2e/pages/editors') });
  const browser = await launchExtension();
  try {
    await browser.enableSites('luoshi.enabledSites', [server.origin]);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url('/editors/contenteditable.html'));
    await page.locator('luoshi-badge').waitFor({ state: 'attached', timeout: 15_000 });
    const highlights = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    const badges = () => page.evaluate(() => document.querySelectorAll('luoshi-badge').length);
    const until = Date.now() + 15_000;
    while ((await highlights()) === 0 && Date.now() < until) await page.waitForTimeout(100);
    assert.ok((await highlights()) > 0, 'the draft is highlighted');

    // The content script's world, to look into after the reload.
    const cdp = await browser.context.newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => context.origin.startsWith(`chrome-extension://${browser.extensionId}`) && worlds.push(context.id));
    await cdp.send('Runtime.enable');
    await page.waitForTimeout(300);
    assert.equal(worlds.length, 1, 'one extension world in the page');

    const sw = await browser.serviceWorker();
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => {});
    const cleared = Date.now() + 5_000;
    while (((await highlights()) > 0 || (await badges()) > 0) && Date.now() < cleared) await page.waitForTimeout(100);
    const orphan = await cdp.send('Runtime.evaluate', { expression: 'String(globalThis.chrome?.runtime?.id)', contextId: worlds[0] });
    assert.equal(orphan.result.value, 'undefined', 'the old script’s runtime is gone');
    assert.equal(await highlights(), 0, 'no frozen highlight is left on the draft');
    assert.equal(await badges(), 0, 'no frozen badge is left on the page');
    await cdp.detach().catch(() => {});
  } finally {
    await browser.close();
    await server.close();
  }
});
