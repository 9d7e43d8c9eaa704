/**
 * Layout in the page and in the extension's pages (issue 14), in Debian's Chromium with the built extension
 * (e2e/harness.mjs), on the contenteditable fixture:
 *   1. the badge is docked where it is dropped (and moved to a corner with the arrow keys), and its dock survives a
 *      reload (remembered per site by the background);
 *   2. at 200% zoom (a 1280×900 window: 640×450 CSS px at device scale 2) the badge fits, and moves off the caret's
 *      line when the caret is put on the line under it, and back once the caret has left;
 *   3. × hides it on the site, it stays hidden after a reload, and the side panel's switch shows it again at once;
 *   4. the side panel follows the site being turned off (no draft, no save button) and on again (the draft is back);
 *   5. the dashboard at 200% zoom (720 CSS px wide) has one row of tabs and no horizontally clipped column; in
 *      English at 1440 px its tab bar fits without scrolling; the badge speaks English with the settings;
 *   throughout, the editor's DOM and data are unchanged (the contract suite's check).
 * Screenshots: e2e/shots/layout-*.png (badge at 200% zoom, dashboard at 200% zoom, English dashboard, dark side
 * panel and dashboard).
 *   npm run build && npm run build:e2e-pages && node --test e2e/layout.test.mjs
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, contract, harness, panelText, storageItems } from './harness.mjs';
import { missingSpans, waitForHighlights } from './editor-contract.mjs';

const PAGE = 'contenteditable.html';
const SPEC = { page: PAGE, host: '#editor' };
const BADGE = contract.BADGE_TAG;
const shot = (name) => path.join(SHOTS, `layout-${name}.png`);

describe('layout', () => {
  let h;
  let without;
  let origin;
  let sw;

  const badge = () => h.editor.locator(BADGE).locator('.badge');
  const badgeBox = () => h.editor.evaluate((tag) => {
    const el = document.querySelector(tag);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height, avoiding: el.hasAttribute('data-avoiding'), vw: document.documentElement.clientWidth, vh: innerHeight };
  }, BADGE);
  const places = async () => (await h.browser.serviceWorker()).evaluate((k) => chrome.storage.local.get(k).then((r) => r[k] ?? {}), storageItems.badgePlacesItem.key);
  const waitFor = async (what, check, timeout = 10_000) => {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const untouched = async (when) => {
    assert.deepEqual(await h.editor.evaluate(() => window.__editorMutations()), [], `the editor DOM is untouched ${when}`);
    assert.equal(await h.editor.evaluate(() => window.__editorContent()), without, `the editor's data is as without the extension ${when}`);
  };
  /** Opens the fixture on the enabled site and waits for its highlights (and its badge unless `badge` is false). */
  const openAnnotated = async ({ badge: withBadge = true } = {}) => {
    await h.open(PAGE);
    const snap = await waitForHighlights(h.editor.mainFrame(), SPEC, (s) => missingSpans(s).length === 0);
    assert.deepEqual(missingSpans(snap), [], 'the draft is highlighted');
    if (withBadge) await badge().waitFor({ timeout: 10_000 });
  };
  /** Emulates a zoom: the page's CSS viewport `width`×`height` at `scale` device pixels per CSS pixel. */
  const zoom = async (page, width, height, scale) => {
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false });
    const reset = async () => {
      await cdp.send('Emulation.clearDeviceMetricsOverride').catch(() => {});
      await cdp.detach().catch(() => {});
    };
    // nb. Playwright's own screenshot puts its viewport back: the zoomed page is captured through the same session.
    reset.screenshot = async (file) => {
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(file, Buffer.from(data, 'base64'));
    };
    return reset;
  };
  const setSettings = async (patch) => {
    const worker = await h.browser.serviceWorker();
    await worker.evaluate(async ([k, p]) => {
      const now = (await chrome.storage.local.get(k))[k] ?? {};
      await chrome.storage.local.set({ [k]: { ...now, ...p } });
    }, [storageItems.settingsItem.key, patch]);
  };

  before(async () => {
    h = await harness();
    await h.enable(false);
    await h.open(PAGE);
    await h.editor.waitForTimeout(500);
    without = await h.editor.evaluate(() => window.__editorContent());
    await h.enable(true);
    origin = h.server.origin;
    sw = await h.browser.serviceWorker();
    await sw.evaluate((k) => chrome.storage.local.remove(k), storageItems.badgePlacesItem.key);
    await openAnnotated();
  });

  after(async () => {
    await setSettings({ locale: 'zh-CN', theme: 'system' }).catch(() => {});
  });

  test('the badge is docked where it is dropped, moved to a corner with the arrow keys, and stays docked after a reload', async () => {
    const start = await badgeBox();
    assert.ok(start.right <= start.vw - 8 && start.bottom <= start.vh - 8, `at the bottom right: ${JSON.stringify(start)}`);
    const grip = await h.editor.locator(BADGE).locator('button.grip').boundingBox();
    await h.editor.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await h.editor.mouse.down();
    await h.editor.mouse.move(300, 400, { steps: 6 });
    await h.editor.mouse.move(20, 300, { steps: 6 });
    await h.editor.mouse.up();
    const dropped = await badgeBox();
    assert.ok(Math.abs(dropped.left - 12) <= 1, `docked at the left edge: ${JSON.stringify(dropped)}`);
    const stored = await waitFor('the dock to be stored', async () => (await places())[origin]?.dock);
    assert.equal(stored.edge, 'left');
    assert.equal((await places())[origin].hidden, false);
    assert.equal(h.context.pages().length, 3, 'the drop opened nothing (no side panel fallback tab)');

    await openAnnotated();
    const reloaded = await badgeBox();
    assert.ok(Math.abs(reloaded.left - dropped.left) <= 1 && Math.abs(reloaded.top - dropped.top) <= 2, `the same place after a reload: ${JSON.stringify(reloaded)} vs ${JSON.stringify(dropped)}`);

    // The keyboard: the grip takes the arrow keys, each to the corner on that side.
    await h.editor.locator(BADGE).locator('button.grip').focus();
    await h.editor.keyboard.press('ArrowDown');
    await h.editor.keyboard.press('ArrowRight');
    const corner = await badgeBox();
    assert.ok(corner.vw - corner.right <= 13 && corner.vh - corner.bottom <= 13, `back at the bottom right: ${JSON.stringify(corner)}`);
    await waitFor('the corner to be stored', async () => {
      const d = (await places())[origin]?.dock;
      return d?.edge === 'bottom' && d.along === 1;
    });
    await untouched('after dragging the badge');
  });

  test('at 200% zoom the badge fits and moves off the caret line, and back when the caret leaves', async () => {
    const reset = await zoom(h.editor, 640, 450, 2);
    try {
      await h.editor.waitForTimeout(300);
      const docked = await badgeBox();
      assert.equal(docked.vw, 640);
      assert.ok(docked.left >= 0 && docked.right <= 640 && docked.bottom <= 450, `inside the viewport: ${JSON.stringify(docked)}`);
      assert.equal(docked.avoiding, false);
      // Put the caret on the editor's line that runs under the badge (clicking left of the badge, on that line).
      const editor = await h.editor.locator('#editor').boundingBox();
      const y = (docked.top + docked.bottom) / 2;
      assert.ok(editor.y < y && editor.y + editor.height > y && editor.x + editor.width > docked.left, `the editor runs under the badge: ${JSON.stringify(editor)}`);
      await h.editor.mouse.click(editor.x + 40, y);
      const line = await waitFor('the badge to move off the caret line', async () => {
        const b = await badgeBox();
        if (!b.avoiding) return null;
        return h.editor.evaluate(() => {
          const s = getSelection();
          const r = document.createRange();
          r.setStart(s.focusNode, s.focusOffset);
          const rect = r.getClientRects()[0] ?? s.focusNode.parentElement.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom };
        });
      });
      const moved = await badgeBox();
      assert.ok(moved.bottom <= line.top || moved.top >= line.bottom, `the badge ${JSON.stringify(moved)} is off the caret line ${JSON.stringify(line)}`);
      assert.ok(moved.top >= 0 && moved.bottom <= 450, 'still inside the viewport');
      await reset.screenshot(shot('badge-zoom200'));
      // The caret goes to the draft's start: the badge goes back to its dock.
      await h.editor.keyboard.press('Control+Home');
      await waitFor('the badge to go back', async () => !(await badgeBox()).avoiding);
      const back = await badgeBox();
      assert.ok(Math.abs(back.top - docked.top) <= 1, `back at its dock: ${JSON.stringify(back)}`);
      // At a phone-narrow width the counts lose their words, and it still fits.
      await reset();
      const narrow = await zoom(h.editor, 360, 640, 2);
      await h.editor.waitForTimeout(300);
      const small = await badgeBox();
      assert.ok(small.left >= 0 && small.right <= 360, `fits at 360 px: ${JSON.stringify(small)}`);
      assert.equal(await h.editor.locator(BADGE).locator('.full').isVisible(), false, 'the long label is folded away');
      await narrow();
    } finally {
      await reset();
    }
    await untouched('after moving the caret');
  });

  test('× hides the badge on the site, it stays hidden after a reload, and the side panel shows it again', async () => {
    await h.editor.locator(BADGE).locator('button.hide').click();
    assert.equal(await h.editor.evaluate((tag) => document.querySelectorAll(tag).length, BADGE), 0, 'the badge is gone');
    await waitFor('hidden to be stored', async () => (await places())[origin]?.hidden === true);
    await openAnnotated({ badge: false });
    await h.editor.waitForTimeout(1_500);
    assert.equal(await h.editor.evaluate((tag) => document.querySelectorAll(tag).length, BADGE), 0, 'still hidden after a reload');
    // The side panel's switch for this site shows it again, without a reload of the page.
    const toggle = h.panel.getByTestId('page-badge');
    await toggle.waitFor({ timeout: 10_000 });
    assert.equal(await toggle.isChecked(), false, 'the side panel says it is hidden here');
    await toggle.check();
    await badge().waitFor({ timeout: 5_000 });
    assert.equal((await places())[origin]?.hidden ?? false, false);
    await untouched('after hiding and showing the badge');
  });

  test('the side panel follows the site being turned off and on at once', async () => {
    let text = await panelText(h, (t) => t.includes('保存为督办清单') || t.includes('更新清单'));
    assert.match(text, /保存为督办清单|更新清单/, 'the panel shows the draft with its save button');
    const t0 = Date.now();
    await h.enable(false);
    text = await panelText(h, (t) => !/保存为督办清单|更新清单/.test(t) && t.includes('尚未在此网站启用落实'));
    const offMs = Date.now() - t0;
    assert.doesNotMatch(text, /保存为督办清单|更新清单/, 'no save button once the site is off');
    assert.match(text, /尚未在此网站启用落实/, 'the panel says why');
    assert.equal(await h.panel.getByRole('button', { name: /保存为督办清单|更新清单/ }).count(), 0);
    const t1 = Date.now();
    await h.enable(true);
    text = await panelText(h, (t) => /保存为督办清单|更新清单/.test(t), 15_000);
    const onMs = Date.now() - t1;
    assert.match(text, /保存为督办清单|更新清单/, 'the draft is back once the site is on');
    console.log(`# side panel followed: off in ${offMs} ms, on again in ${onMs} ms (from the storage write)`);
    await untouched('after turning the site off and on');
  });

  test('the dashboard at 200% zoom: one row of tabs, no clipped column; English at 1440 px: the tab bar fits', async () => {
    // Rows to show: the fixture's draft, saved from the side panel.
    await h.panel.getByRole('button', { name: /保存为督办清单|更新清单/ }).click();
    await panelText(h, (t) => /已保存为督办清单|已更新清单/.test(t));
    const page = await h.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const reset = await zoom(page, 720, 450, 2);
      await page.goto(h.browser.extensionUrl('dashboard.html'));
      await page.locator('.grid-body .row').first().waitFor({ timeout: 10_000 });
      const layout = () =>
        page.evaluate(() => {
          const tabs = [...document.querySelectorAll('.tabs .tab')].map((el) => el.getBoundingClientRect());
          const bar = document.querySelector('.tabs');
          const grid = document.querySelector('.grid').getBoundingClientRect();
          const cells = (sel) =>
            [...document.querySelectorAll(sel)].map((el) => {
              const r = el.getBoundingClientRect();
              return { name: el.className, left: r.left, right: r.right, width: r.width, clipped: el.scrollWidth > el.clientWidth + 1 };
            });
          return {
            rows: new Set(tabs.map((r) => Math.round(r.top))).size,
            barScrolls: bar.scrollWidth > bar.clientWidth + 1,
            page: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
            grid: { left: grid.left, right: grid.right },
            head: cells('.grid-head .cell'),
            first: cells('.grid-body .row:first-child .cell'),
            vw: document.documentElement.clientWidth,
          };
        });
      let l = await layout();
      assert.equal(l.vw, 720);
      assert.equal(l.rows, 1, 'the tabs are one row');
      assert.equal(l.page, false, 'the page does not scroll sideways');
      for (const c of [...l.head, ...l.first]) {
        assert.ok(c.left >= l.grid.left - 1 && c.right <= l.grid.right + 1, `${c.name} lies inside the table (${c.left}–${c.right} in ${l.grid.left}–${l.grid.right})`);
        assert.ok(c.width >= 24, `${c.name} has room (${c.width} px)`);
      }
      for (const c of l.head) assert.equal(c.clipped, false, `the header ${c.name} is not cut off`);
      await reset.screenshot(shot('dashboard-zoom200'));
      // A view whose tab is past the bar's right end: its tab is scrolled into sight.
      await page.goto(h.browser.extensionUrl('dashboard.html#view=trash'));
      await page.locator('.tabs .tab.active').waitFor();
      const seen = await page.evaluate(() => {
        const bar = document.querySelector('.tabs').getBoundingClientRect();
        const tab = document.querySelector('.tabs .tab.active').getBoundingClientRect();
        return { bar: [bar.left, bar.right], tab: [tab.left, tab.right], scrolled: document.querySelector('.tabs').scrollLeft };
      });
      assert.ok(seen.scrolled > 0 && seen.tab[0] >= seen.bar[0] - 1 && seen.tab[1] <= seen.bar[1] + 1, `the 回收站 tab is in sight: ${JSON.stringify(seen)}`);
      await reset();

      await setSettings({ locale: 'en' });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(h.browser.extensionUrl('dashboard.html'));
      await page.locator('.grid-body .row').first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: shot('dashboard-en') });
      l = await layout();
      assert.match(await page.locator('.tabs').innerText(), /[A-Za-z]{3}/, 'the tabs are in English');
      assert.equal(l.rows, 1, 'the English tabs are one row at 1440 px');
      assert.equal(l.barScrolls, false, 'and fit without scrolling');
      for (const c of l.head) assert.equal(c.clipped, false, `the English header ${c.name} is not cut off`);
      // The badge follows the language without a reload.
      await h.editor.locator(BADGE).locator('.full').filter({ hasText: /problems?/ }).waitFor({ timeout: 5_000 });

      await setSettings({ theme: 'dark', locale: 'zh-CN' });
      await page.reload();
      await page.locator('.grid-body .row').first().waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await page.screenshot({ path: shot('dashboard-dark') });
      // The side panel follows the active tab: the editor's again, its draft in the dark theme.
      await h.editor.bringToFront();
      await h.panel.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await panelText(h, (t) => t.includes('更新清单'));
      await h.panel.screenshot({ path: shot('panel-dark') });
    } finally {
      await page.close();
      await setSettings({ locale: 'zh-CN', theme: 'system' });
    }
    assert.deepEqual(errors, [], 'no page errors in the dashboard');
    await untouched('at the end');
  });

  test('on a textarea (its mirror) and an iframe editor too, the badge moves off the caret line at 200% zoom', async () => {
    for (const spec of [{ page: 'textarea.html', host: '#editor', overlay: true }, { page: 'iframe-body.html', host: 'body', frame: '#ueditor_0' }]) {
      await h.enable(false);
      await h.open(spec.page);
      await h.editor.waitForTimeout(300);
      const original = await h.editor.evaluate(() => window.__editorContent());
      await h.enable(true);
      await h.open(spec.page);
      await badge().waitFor({ timeout: 15_000 });
      const reset = await zoom(h.editor, 640, 450, 2);
      try {
        await h.editor.waitForTimeout(300);
        const docked = await badgeBox();
        const box = await h.editor.locator(spec.frame ?? spec.host).boundingBox();
        const y = (docked.top + docked.bottom) / 2;
        assert.ok(box.y < y && box.y + box.height > y, `${spec.page}: the editor runs under the badge`);
        await h.editor.mouse.click(box.x + 40, y);
        await waitFor(`${spec.page}: the badge to move off the caret line`, async () => (await badgeBox()).avoiding);
        const moved = await badgeBox();
        // The clicked line (give or take half a line) is clear of the badge.
        assert.ok(moved.bottom <= y - 8 || moved.top >= y + 8, `${spec.page}: the badge ${JSON.stringify(moved)} is off the line at ${y}`);
        await reset.screenshot(shot(`badge-zoom200-${spec.page.replace('.html', '')}`));
        await h.editor.keyboard.press('Control+Home');
        await waitFor(`${spec.page}: the badge to go back`, async () => !(await badgeBox()).avoiding);
      } finally {
        await reset();
      }
      assert.deepEqual(await h.editor.evaluate(() => window.__editorMutations()), [], `${spec.page}: the editor DOM is untouched`);
      assert.equal(await h.editor.evaluate(() => window.__editorContent()), original, `${spec.page}: the editor's data is unchanged`);
    }
  });

  test('no page errors', () => {
    assert.deepEqual(h.pageErrors, []);
    assert.deepEqual(h.panelErrors, []);
    assert.deepEqual(h.browser.offsite, [], 'nothing left the machine');
  });
});
