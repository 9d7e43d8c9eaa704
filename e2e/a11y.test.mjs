/**
 * Accessibility of the extension's own pages (issue 14) in the real Chromium with the built extension
 * (e2e/launch.mjs): axe-core (a devDependency; its source evaluated in each page, which the pages' CSP allows since
 * it does not come as a <script>) on the side panel with an analysed draft, every dashboard view, the item panel,
 * the print view and the options page, in the light and the dark theme — the system's (prefers-color-scheme) and
 * the settings' (`data-theme`) — and once more in English: zero critical, serious and moderate violations (moderate
 * and minor ones are printed; a table of every page's counts at the end, and e2e/shots/a11y-axe.json). Focus rings
 * are measured (≥ 3:1). Then the keyboard: Enter on a row opens the item panel as a dialog with the focus in it, Tab
 * stays inside, Esc closes it and gives the focus back to the row; 修改 in the side panel moves the focus into the
 * field it opens and back to 修改 after. Screenshots go to e2e/shots/a11y-*.png.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { launchExtension } from './launch.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = path.join(ROOT, 'e2e/shots');
// Another build may be checked (LUOSHI_EXTENSION_DIR, as in e2e/dashboard.test.mjs): an older one, to count what it had.
const extensionDir = process.env.LUOSHI_EXTENSION_DIR ? path.resolve(process.env.LUOSHI_EXTENSION_DIR) : undefined;
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const speech = readFileSync(path.join(ROOT, 'tests/fixtures/drafts/speech.txt'), 'utf8');
const revised = readFileSync(path.join(ROOT, 'tests/fixtures/drafts/speech-revised.txt'), 'utf8');
const report = readFileSync(path.join(ROOT, 'tests/fixtures/drafts/work-report.txt'), 'utf8');

let browser;
let page;
const pageErrors = [];
/** Every page and theme checked: its violations by impact, for the summary printed at the end. */
const results = [];
let revisionsDoc;

const url = (p) => browser.extensionUrl(p);

/** Changes the settings in storage.local (theme 'system' | 'light' | 'dark', locale 'zh-CN' | 'en'), as the options page does. */
async function setSettings(patch) {
  await page.evaluate(async (p) => {
    const { 'luoshi.settings': s = {} } = await chrome.storage.local.get('luoshi.settings');
    await chrome.storage.local.set({ 'luoshi.settings': { ...s, ...p } });
  }, patch);
}
const setTheme = (theme) => setSettings({ theme });

/** Runs axe-core on the page as it is now; resolves with its violations, one line each, grouped by impact. */
async function axe(name, theme) {
  // Let transitions and the live queries settle, so that colours are the final ones.
  await page.waitForTimeout(150);
  const hasAxe = await page.evaluate(() => typeof window.axe === 'object');
  if (!hasAxe) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary.split('\n').slice(1).join(' ').slice(0, 200) })),
    }));
  });
  const by = { critical: [], serious: [], moderate: [], minor: [] };
  for (const v of violations) by[v.impact ?? 'minor'].push(v);
  results.push({ page: name, theme, counts: Object.fromEntries(Object.entries(by).map(([k, list]) => [k, list.reduce((n, v) => n + v.nodes.length, 0)])), violations });
  const lines = (list) => list.flatMap((v) => v.nodes.slice(0, 6).map((n) => `${v.impact} ${v.id} ${n.target} — ${n.summary}`));
  for (const line of lines([...by.moderate, ...by.minor])) console.log(`[${name} · ${theme}] ${line}`);
  return { by, lines };
}

/** Runs axe on the page now and keeps its critical, serious and moderate violations for `assertClean`. */
async function check(found, name, theme) {
  const { by, lines } = await axe(name, theme);
  found.push(...lines([...by.critical, ...by.serious, ...by.moderate]));
}

/** Asserts that the checks of a test found no critical, serious or moderate violation (minor ones are printed only). */
function assertClean(found) {
  assert.deepEqual(found, []);
}

async function shot(name) {
  if (extensionDir) return;
  await page.screenshot({ path: path.join(SHOTS, `a11y-${name}.png`), fullPage: false });
}

/** The dashboard at `hash`, loaded fresh. */
async function dashboard(hash) {
  await page.goto(url(`dashboard.html${hash}`));
  await page.reload();
  await page.locator(hash.startsWith('#print') ? '.print-view' : '.dashboard').waitFor();
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchExtension({ extensionDir, viewport: { width: 1280, height: 900 } });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(url('dashboard.html'));
  // Two drafts, one of them saved twice (a revision that adds, changes and orphans items), and one item in the
  // trash: every view has rows.
  const { analyze } = await tsImport(path.join(ROOT, 'lib/analysis/index.ts'), import.meta.url);
  const save = (key, title, text) =>
    page.evaluate((payload) => chrome.runtime.sendMessage({ channel: 'luoshi.checklist', type: 'saveAnalysis', payload }), {
      key,
      title,
      text,
      analysis: analyze(text, { referenceDate: '2026-03-01' }),
    });
  assert.equal((await save('a11y:report', null, report)).ok, true);
  assert.equal((await save('https://oa.example.gov.cn/speech#editor', '推进会讲话', speech)).ok, true);
  const second = await save('https://oa.example.gov.cn/speech#editor', '推进会讲话', revised);
  assert.equal(second.ok, true, JSON.stringify(second.error));
  revisionsDoc = second.value.documentId;
  const items = await page.evaluate(() => chrome.runtime.sendMessage({ channel: 'luoshi.checklist', type: 'listItems', payload: {} }));
  assert.equal(items.ok, true, JSON.stringify(items.error));
  const deleted = await page.evaluate((itemId) => chrome.runtime.sendMessage({ channel: 'luoshi.checklist', type: 'deleteItem', payload: { itemId } }), items.value.at(-1).id);
  assert.equal(deleted.ok, true, JSON.stringify(deleted.error));
});

after(async () => {
  if (results.length) {
    const table = results.map((r) => `${r.page.padEnd(24)} ${r.theme.padEnd(13)} critical ${r.counts.critical}  serious ${r.counts.serious}  moderate ${r.counts.moderate}  minor ${r.counts.minor}`);
    console.log(`axe-core violations (nodes) per page and theme:\n${table.join('\n')}`);
    writeFileSync(path.join(SHOTS, extensionDir ? 'a11y-axe-other.json' : 'a11y-axe.json'), JSON.stringify(results, null, 2));
  }
  await browser?.close();
});

const THEMES = [
  { name: 'light', scheme: 'light', setting: 'system' },
  { name: 'dark', scheme: 'dark', setting: 'system' },
  // The settings' choice wins over the system's: dark on a light system, light on a dark one.
  { name: 'dark-setting', scheme: 'light', setting: 'dark' },
  { name: 'light-setting', scheme: 'dark', setting: 'light' },
];

const VIEWS = ['all', 'overdue', 'week', 'byOwner', 'charts', 'import', 'analysis', 'orphaned', 'trash'];

/** WCAG contrast of two computed colours (`rgb(r, g, b)` / `rgba(…)`, opaque). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The focused element's outline colour and the backgrounds it sits on (its own, the page's), computed. */
const focusColours = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, className: el.className, outline: style.outlineColor, outlineStyle: style.outlineStyle, width: style.outlineWidth, own: style.backgroundColor, page: getComputedStyle(document.body).backgroundColor };
  });

for (const theme of THEMES) {
  describe(`axe-core, ${theme.name} theme`, () => {
    before(async () => {
      await page.emulateMedia({ colorScheme: theme.scheme, media: 'screen' });
      await setTheme(theme.setting);
    });

    test('side panel with an analysed draft, an action being corrected, focus rings', async () => {
      const found = [];
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(url('sidepanel.html'));
      // No tab with a draft: the paste box; the speech pasted gives the whole analysed draft.
      await page.locator('#draft').fill(speech);
      await page.locator('.draft-panel .outline-tree').first().waitFor();
      await page.locator('.save-bar').waitFor();
      await check(found, 'sidepanel', theme.name);
      // An action's 修改 form open.
      await page.getByRole('button', { name: '修改' }).first().click();
      await check(found, 'sidepanel-edit', theme.name);
      await shot(`sidepanel-${theme.name}`);
      // The focus ring of an entry reached with the keyboard: ≥ 3:1 against the page and the entry's own background.
      // (A key pressed first: a script's focus() then shows the ring as after a Tab.)
      await page.locator('.draft-panel .filter-text').focus();
      await page.keyboard.press('Tab');
      await page.locator('.draft-panel .entry-link').first().focus();
      const ring = await focusColours();
      assert.match(ring.className, /entry-link/, JSON.stringify(ring));
      assert.equal(ring.outlineStyle, 'solid');
      const own = ring.own === 'rgba(0, 0, 0, 0)' ? ring.page : ring.own;
      for (const bg of [ring.page, own]) assert.ok(contrast(ring.outline, bg) >= 3, `focus ring ${ring.outline} on ${bg}: ${contrast(ring.outline, bg).toFixed(2)}:1`);
      console.log(`[sidepanel · ${theme.name}] focus ring ${ring.outline} ${ring.width}: ${contrast(ring.outline, ring.page).toFixed(2)}:1 on the page, ${contrast(ring.outline, own).toFixed(2)}:1 on the entry`);
      if (!extensionDir) await page.screenshot({ path: path.join(SHOTS, `a11y-sidepanel-focus-${theme.name}.png`) });
      await page.setViewportSize({ width: 1280, height: 900 });
      assertClean(found);
    });

    for (const view of VIEWS) {
      test(`dashboard ${view}`, async () => {
        const found = [];
        await dashboard(`#view=${view}`);
        if (['all', 'overdue', 'orphaned', 'trash'].includes(view)) await page.locator('.grid-body .row').first().waitFor();
        if (view === 'byOwner') await page.getByTestId('owners-view').locator('tbody tr').first().waitFor();
        if (view === 'charts') await page.getByTestId('chart-owner').locator('g.bar').first().waitFor();
        if (view === 'analysis') {
          // 文稿分析 with a draft open: the side panel's renderer, read-only.
          await page.getByTestId('analysis-file').setInputFiles({ name: '工作要点.txt', mimeType: 'text/plain', buffer: Buffer.from(report) });
          await page.getByTestId('analysis-tab').locator('.draft-panel').waitFor({ timeout: 20_000 });
        }
        await check(found, `dashboard-${view}`, theme.name);
        if (theme.setting === 'system' && ['all', 'byOwner', 'import', 'charts', 'analysis'].includes(view)) await shot(`dashboard-${view}-${theme.name}`);
        assertClean(found);
      });
    }

    test('dashboard revisions', async () => {
      const found = [];
      await dashboard(`#view=revisions&doc=${revisionsDoc}`);
      await page.getByTestId('revisions-view').locator('article.revision').first().waitFor();
      await check(found, 'dashboard-revisions', theme.name);
      if (theme.setting === 'system') await shot(`dashboard-revisions-${theme.name}`);
      assertClean(found);
    });

    test('item panel open', async () => {
      const found = [];
      await dashboard('#view=overdue');
      await page.locator('.grid-body .row .row-link').first().click();
      await page.getByTestId('item-panel').waitFor();
      await check(found, 'item-panel', theme.name);
      if (theme.setting === 'system') await shot(`item-panel-${theme.name}`);
      assertClean(found);
    });

    test('print view', async () => {
      const found = [];
      await dashboard('#print=*');
      await page.locator('.sheet').first().waitFor();
      await check(found, 'print', theme.name);
      if (theme.setting === 'system') await shot(`print-${theme.name}`);
      assertClean(found);
    });

    test('options page', async () => {
      const found = [];
      await page.goto(url('options.html'));
      await page.getByTestId('options').waitFor();
      await check(found, 'options', theme.name);
      if (theme.setting === 'system' && !extensionDir) await page.screenshot({ path: path.join(SHOTS, `a11y-options-${theme.name}.png`), fullPage: true });
      assertClean(found);
    });
  });
}

describe('axe-core, English UI (dark setting)', () => {
  before(async () => {
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await setSettings({ theme: 'dark', locale: 'en' });
  });
  after(() => setSettings({ theme: 'system', locale: 'zh-CN' }));

  test('side panel, dashboard, item panel, print view and options in English', async () => {
    const found = [];
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(url('sidepanel.html'));
    await page.locator('#draft').fill(speech);
    await page.locator('.draft-panel .outline-tree').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await check(found, 'sidepanel', 'en-dark');
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const view of ['all', 'byOwner', 'import', 'charts']) {
      await dashboard(`#view=${view}`);
      if (view === 'all') await page.locator('.grid-body .row').first().waitFor();
      if (view === 'byOwner') await page.getByTestId('owners-view').locator('tbody tr').first().waitFor();
      if (view === 'charts') await page.getByTestId('chart-owner').locator('g.bar').first().waitFor();
      await check(found, `dashboard-${view}`, 'en-dark');
    }
    await dashboard('#view=overdue');
    await page.locator('.grid-body .row .row-link').first().click();
    await page.getByTestId('item-panel').waitFor();
    await check(found, 'item-panel', 'en-dark');
    await shot('item-panel-en-dark');
    await dashboard('#print=*');
    await page.locator('.sheet').first().waitFor();
    await check(found, 'print', 'en-dark');
    await page.goto(url('options.html'));
    await page.getByTestId('options').waitFor();
    await check(found, 'options', 'en-dark');
    assertClean(found);
  });
});

/** What has the focus: its tag, test id, the item row it is in and whether it is inside the item panel. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? null,
      testId: el?.dataset?.testid ?? null,
      text: (el?.textContent ?? '').trim().slice(0, 40),
      row: el?.closest('[data-item-id]')?.dataset.itemId ?? null,
      inPanel: !!el?.closest('[data-testid=item-panel]'),
      id: el?.id ?? '',
    };
  });

describe('keyboard', () => {
  before(async () => {
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await setTheme('system');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('Enter on a row opens the item panel as a dialog with the focus in it; Tab stays in it; Esc closes it and the focus is back on the row', async () => {
    await dashboard('#view=all');
    const link = page.locator('.grid-body .row .row-link').nth(2);
    const itemId = await link.evaluate((el) => el.closest('[data-item-id]').dataset.itemId);
    await link.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('item-panel');
    await panel.waitFor();
    assert.equal(await panel.getAttribute('role'), 'dialog');
    const title = await panel.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby'))?.textContent);
    assert.ok(title, 'the dialog is labelled by its heading');
    let at = await focused();
    assert.deepEqual([at.tag, at.inPanel], ['H2', true], JSON.stringify(at));
    await shot('item-panel-focus-light');
    // Round the panel: every Tab and Shift+Tab stays inside it, and the loop comes back to where it started.
    const stops = await panel.evaluate((el) => [...el.querySelectorAll('a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)')].filter((x) => x.getClientRects().length).length);
    assert.ok(stops > 5, `the panel has ${stops} controls`);
    // nb. A date input takes a Tab per part (year, month, day): count presses until the first control comes back.
    await page.keyboard.press('Tab');
    const first = await focused();
    assert.ok(first.inPanel && first.testId === 'reveal', `the first Tab reaches 在原文中定位: ${JSON.stringify(first)}`);
    let presses = 0;
    do {
      await page.keyboard.press('Tab');
      presses++;
      at = await focused();
      assert.ok(at.inPanel, `Tab ${presses + 1} left the panel: ${JSON.stringify(at)}`);
    } while (!(at.testId === 'reveal' && at.tag === 'BUTTON') && presses < stops * 4);
    assert.equal(at.testId, 'reveal', `Tab goes round the panel's ${stops} controls`);
    assert.ok(presses >= stops, `${presses} presses for ${stops} controls`);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.ok((await focused()).inPanel, 'Shift+Tab stays in the panel');
    }
    // A keyboard save re-creates the panel around the updated item: the focus stays in the panel.
    await page.getByTestId('item-status-note').focus();
    await page.keyboard.type('键盘操作');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).testId, 'item-status-save');
    await page.keyboard.press('Enter');
    await page.getByTestId('item-message').getByText('已保存').waitFor();
    // (The focus comes back a frame after the save button is disabled or the panel re-created.)
    await page.waitForFunction(() => !!document.activeElement?.closest('[data-testid=item-panel]'), null, { timeout: 2000 }).catch(() => {});
    assert.ok((await focused()).inPanel, `after a save the focus is in the panel: ${JSON.stringify(await focused())}`);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.closest('[data-item-id]')?.dataset.itemId === id, itemId, { timeout: 2000 }).catch(() => {});
    at = await focused();
    assert.deepEqual([at.row, at.tag], [itemId, 'BUTTON'], `Esc gives the focus back to the row: ${JSON.stringify(at)}`);
    await shot('row-focus-light');
    // The close button does the same, and Enter opens it again from there.
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await page.getByRole('button', { name: '关闭' }).focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.closest('[data-item-id]')?.dataset.itemId === id, itemId, { timeout: 2000 }).catch(() => {});
    assert.equal((await focused()).row, itemId);
  });

  test('修改 in the side panel moves the focus into the field and back to 修改 after', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(url('sidepanel.html'));
    await page.locator('#draft').fill(speech);
    const edit = page.locator('.draft-panel .action-list').getByRole('button', { name: '修改' }).nth(1);
    await edit.focus();
    await page.keyboard.press('Enter');
    let at = await focused();
    assert.match(at.id, /^edit-\d+-owners$/, `修改 focuses the owners field: ${JSON.stringify(at)}`);
    await page.keyboard.type('县发展改革局');
    assert.match((await focused()).id, /-owners$/, 'typing keeps the focus');
    await page.keyboard.press('Escape');
    at = await focused();
    assert.deepEqual([at.tag, at.text], ['BUTTON', '修改'], `Esc gives the focus back to 修改: ${JSON.stringify(at)}`);
    // 完成 (Enter on it) too.
    await page.keyboard.press('Enter');
    assert.match((await focused()).id, /-owners$/);
    await page.locator('.action-editor').getByRole('button', { name: '完成' }).focus();
    await page.keyboard.press('Enter');
    at = await focused();
    assert.deepEqual([at.tag, at.text], ['BUTTON', '修改'], `完成 gives the focus back to 修改: ${JSON.stringify(at)}`);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

test('no page errors and nothing left the machine', () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(browser.offsite, []);
});
