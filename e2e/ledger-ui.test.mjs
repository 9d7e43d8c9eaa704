/**
 * Keeping the 督办台账 complete by hand (issue 13), in Debian's Chromium with the built extension (e2e/harness.mjs),
 * on the contenteditable fixture page with the fixture speech:
 *   1. 「加入督办台账」 for a selection in the editor — the side panel's button and the context menu's handler — adds a
 *      manual item anchored to the selected words in the draft;
 *   2. before saving, 不入台账 on one action and 拆分 of another, a correction of a third's owners; the save leaves
 *      the skipped item out, stores two items for the split one and flags the corrected owners; saving again, the
 *      item is still left out, the split still two items, and the report says so;
 *   3. the highlight card's 不入台账 on a problem reaches the open side panel at once;
 *   4. the draft revised in the editor (the corrected task's unit and deadline reworded) and saved again: the hand
 *      edit is kept, the draft's new deadline applied, and the merge report names the draft change not applied;
 *   5. 新增事项 in the dashboard (clock at 2026-12-23): a 每月25日前 item shows its next due day and a blue light.
 * Screenshots: e2e/shots/ledger-ui-*.png. The tests run in order and build on each other's data.
 *   npm run build && npm run build:e2e-pages && node --test e2e/ledger-ui.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { axeProblems } from './axe.mjs';
import { SHOTS, contract, expected, harness, panelText } from './harness.mjs';

const PAGE = 'contenteditable.html';
const SELECTED = '开工率是检验项目工作成效最直接的标尺。';
const MENU_SELECTED = '作风决定成效。';
const SKIPPED = '城北污水处理厂提标改造项目要确保按期完工';
const SPLIT = '对手续正在办理的项目，要实行并联审批、容缺受理，9月底前全部开工建设';
const TASK = '县政务服务中心要在6月底前全面推行';
const CORRECTED = '县政务服务中心（牵头）、县发改局（配合）';
const PROBLEM = expected.problemGroups[0].items[1];

const { documentXmlEntry } = await tsImport('../lib/import/docx.ts', import.meta.url);

let h;
const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `ledger-ui-${name}.png`), fullPage: false });

/** Every row of the extension's LuoshiDB tables named, read raw from an extension page. */
function readDb(tables) {
  return h.control.evaluate(async (names) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('LuoshiDB');
      req.addEventListener('success', () => resolve(req.result));
      req.addEventListener('error', () => reject(req.error));
    });
    const out = {};
    for (const name of names) {
      out[name] = await new Promise((resolve, reject) => {
        const req = db.transaction(name, 'readonly').objectStore(name).getAll();
        req.addEventListener('success', () => resolve(req.result));
        req.addEventListener('error', () => reject(req.error));
      });
    }
    db.close();
    return out;
  }, tables);
}

/** Selects `words` in the editor as a person would (a DOM selection; the editor's content is not touched). */
function selectInEditor(words) {
  return h.editor.evaluate((w) => {
    const editor = document.querySelector('#editor');
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(w);
      if (at < 0) continue;
      editor.focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, words);
}

/** The side panel's entry (an action or problem item) whose text holds `words`. */
const entry = (selector, words) => h.panel.locator(selector).filter({ hasText: words }).first();
const saveButton = () => h.panel.locator('.save-bar button.primary');

/** Clicks 保存/更新 and waits for a new report; returns its text. */
async function save() {
  const shown = await h.panel.locator('.save-report').count();
  const old = shown ? await h.panel.locator('.save-report').innerText() : '';
  await saveButton().click();
  await h.panel.waitForFunction((was) => {
    const r = document.querySelector('.save-report');
    return r && r.textContent !== was;
  }, old, { timeout: 10_000 });
  return h.panel.locator('.save-report').innerText();
}

/** Waits until the background's state of the editor tab has an analysis holding `words`. */
async function stateWith(words) {
  const until = Date.now() + 10_000;
  for (;;) {
    const state = await h.editorState();
    if (state?.analysis && state.text.includes(words)) return state;
    if (Date.now() > until) throw new Error(`no analysed state with 「${words}」`);
    await h.editor.waitForTimeout(150);
  }
}

describe('督办台账 by hand: selection, 不入台账, 拆分, hand edits kept, 每月25日前', () => {
  before(async () => {
    h = await harness();
    await h.enable(true);
    await h.open(PAGE);
    await stateWith(TASK);
    const text = await panelText(h, (t) => t.includes('保存为督办清单') && t.includes(SKIPPED));
    assert.ok(text.includes('保存为督办清单'), `the side panel shows the draft: ${text.slice(0, 200)}`);
  });

  test('「加入督办台账」 adds the editor\'s selection (panel button and context menu), anchored to its words in the draft', async () => {
    // Nothing selected in the editor: the button waits and says why; a selection in the editor enables it.
    const button = h.panel.locator('[data-testid="add-selection"]');
    await h.editor.evaluate(() => getSelection().removeAllRanges());
    await h.panel.waitForFunction(() => document.querySelector('[data-testid="add-selection"]')?.disabled === true, null, { timeout: 5_000 });
    assert.equal(await h.panel.locator('#add-selection-hint').innerText(), '先在编辑器中选中文字');
    await button.scrollIntoViewIfNeeded();
    await shot(h.panel, 'add-selection-none');
    assert.ok(await selectInEditor(SELECTED), 'the words are in the editor');
    await h.panel.waitForFunction(() => document.querySelector('[data-testid="add-selection"]')?.disabled === false, null, { timeout: 5_000 });
    assert.equal(await h.panel.locator('#add-selection-hint').count(), 0);
    await shot(h.panel, 'add-selection-selected');
    // A selection outside the editor does not count.
    await h.editor.evaluate(() => {
      const outside = [...document.body.querySelectorAll('h1, p, header, label')].find((el) => !el.closest('#editor') && el.textContent.trim());
      const range = document.createRange();
      range.selectNodeContents(outside);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await h.panel.waitForFunction(() => document.querySelector('[data-testid="add-selection"]')?.disabled === true, null, { timeout: 5_000 });
    assert.ok(await selectInEditor(SELECTED));
    await h.panel.waitForFunction(() => document.querySelector('[data-testid="add-selection"]')?.disabled === false, null, { timeout: 5_000 });
    await button.click();
    await h.panel.locator('.added-item').waitFor({ timeout: 10_000 });
    assert.match(await h.panel.locator('.added-item').innerText(), /已加入督办台账：「开工率是检验项目工作成效最直接的标尺」。/);

    assert.ok(await selectInEditor(MENU_SELECTED));
    const sw = await h.browser.serviceWorker();
    const added = await sw.evaluate(([tabId, words]) => globalThis.luoshiAddSelection(tabId, words), [h.editorTabId, MENU_SELECTED]);
    assert.equal(added.text, MENU_SELECTED);
    await h.panel.waitForFunction((w) => document.querySelector('.added-item')?.textContent.includes(w), MENU_SELECTED.replace(/。$/, ''), { timeout: 5_000 });

    const state = await h.editorState();
    const { items, documents } = await readDb(['items', 'documents']);
    const manual = items.filter((i) => i.origin === 'manual');
    assert.deepEqual(manual.map((i) => i.text).sort(), [MENU_SELECTED, SELECTED].sort());
    for (const i of manual) {
      assert.equal(state.text.slice(i.anchor.start, i.anchor.start + i.anchor.exact.length), i.text, 'anchored at its place in the draft');
      assert.equal(i.pinned, 1);
    }
    assert.equal(documents.length, 1, 'both joined the draft\'s own checklist');
    assert.equal(documents[0].text, state.text);
    assert.ok(documents[0].key.endsWith(`#${state.editorId}`), `the draft's key: ${documents[0].key}`);
    await h.editor.evaluate(() => getSelection().removeAllRanges());

    // The context menu's add with nothing selected: the side panel (which the menu's click opens) says why.
    await assert.rejects(sw.evaluate((tabId) => globalThis.luoshiAddSelection(tabId, ''), h.editorTabId), /请先在编辑器中选中要加入的文字/);
    const failed = h.panel.locator('[data-testid="add-selection-error"]');
    await failed.waitFor({ timeout: 5_000 });
    assert.equal(await failed.innerText(), '加入失败：请先在编辑器中选中要加入的文字。');
    await failed.scrollIntoViewIfNeeded();
    await shot(h.panel, 'add-menu-failed');
    // A panel that opens only after the add failed (the click's panel still loading) is told too.
    const late = await h.context.newPage();
    await late.setViewportSize({ width: 440, height: 700 });
    await late.goto(h.browser.extensionUrl(`sidepanel.html?tab=${h.editorTabId}`));
    await late.locator('[data-testid="add-selection-error"]').waitFor({ timeout: 5_000 });
    assert.equal(await late.locator('[data-testid="add-selection-error"]').innerText(), '加入失败：请先在编辑器中选中要加入的文字。');
    await late.close();
    await h.editor.bringToFront();
  });

  test('不入台账 and 拆分 before saving: the save leaves the item out and stores the parts; saving again keeps both', async () => {
    const skipped = entry('.action-item', SKIPPED);
    await skipped.locator('button.skip-button').click();
    await h.panel.waitForFunction((w) => [...document.querySelectorAll('.action-item.skipped')].some((li) => li.textContent.includes(w)), SKIPPED, { timeout: 5_000 });
    assert.match(await h.panel.locator('.pending-choices').innerText(), /保存时：1 条不入台账/);
    // 撤销 takes it back, and it is marked again.
    await entry('.action-item.skipped', SKIPPED).getByRole('button', { name: '撤销' }).click();
    await h.panel.waitForFunction((w) => ![...document.querySelectorAll('.action-item.skipped')].some((li) => li.textContent.includes(w)), SKIPPED, { timeout: 5_000 });
    await entry('.action-item', SKIPPED).locator('button.skip-button').click();
    await entry('.action-item.skipped', SKIPPED).waitFor({ timeout: 5_000 });

    await entry('.action-item', SPLIT).locator('button.split-button').click();
    await h.panel.locator('.split-point').filter({ hasText: '9月底前' }).click();
    await h.panel.locator('.action-item.split-part').nth(1).waitFor();
    assert.deepEqual(
      await h.panel.locator('.action-item.split-part .action-text').evaluateAll((els) => els.map((el) => [...el.childNodes].filter((n) => !n.classList?.contains('ordinal')).map((n) => n.textContent).join('').trim())),
      ['对手续正在办理的项目，要实行并联审批、容缺受理，', '9月底前全部开工建设'],
    );

    const task = entry('.action-item', TASK);
    await task.getByRole('button', { name: '修改' }).click();
    await task.locator('input').first().fill(CORRECTED);
    await task.getByRole('button', { name: '完成' }).click();

    // The panel closed and opened again before the first save: the split and the correction are still there
    // (storage.session by draft key), and so is the skip (the checklist's).
    await h.panel.reload();
    await h.panel.locator('.action-item.split-part').nth(1).waitFor({ timeout: 10_000 });
    assert.equal(await h.panel.locator('.action-item.split-part').count(), 2, 'the split survived closing the panel');
    await entry('.action-item.skipped', SKIPPED).waitFor({ timeout: 5_000 });
    assert.match(await h.panel.locator('.pending-choices').innerText(), /1 条不入台账.*1 条拆分/);
    await entry('.action-item', TASK).locator('.edited-mark').waitFor({ timeout: 5_000 });
    assert.match(await entry('.action-item', TASK).innerText(), /县政务服务中心（牵头）、县发改局（配合）/, 'the correction survived closing the panel');
    await entry('.action-item.skipped', SKIPPED).scrollIntoViewIfNeeded();
    await h.panel.evaluate(() => scrollBy(0, -120));
    await shot(h.panel, 'panel-skipped');
    await h.panel.locator('.action-item.split-part').first().scrollIntoViewIfNeeded();
    await h.panel.evaluate(() => scrollBy(0, -120));
    await shot(h.panel, 'panel-split');

    assert.deepEqual(await axeProblems(h.panel), [], 'the panel with skipped, split and corrected entries passes axe-core');
    const first = await save();
    assert.match(first, /1 条标为不入台账，未列入。/);
    let { items } = await readDb(['items']);
    const live = items.filter((i) => !i.orphaned && i.deletedAt === null);
    assert.ok(!live.some((i) => i.text.includes(SKIPPED)), 'the skipped action is not in the checklist');
    assert.ok(live.some((i) => i.text === '对手续正在办理的项目，要实行并联审批、容缺受理，'), 'the first part is an item');
    assert.ok(live.some((i) => i.text === '9月底前全部开工建设'), 'the second part is an item');
    const saved = live.find((i) => i.text.startsWith(TASK));
    assert.deepEqual(saved.owners, ['县政务服务中心', '县发改局']);
    assert.deepEqual(saved.lead, ['县政务服务中心']);
    assert.deepEqual([...saved.edited].sort(), ['coop', 'lead', 'owners'], 'only the corrected owners are hand edits, not the deadline');
    assert.equal(live.filter((i) => i.origin === 'manual').length, 2, 'the items added by hand are kept');

    const second = await save();
    assert.match(second, /1 条标为不入台账，未列入。/);
    assert.match(second, /修改稿中已无 0 条/);
    assert.match(second, /责任单位保留人工修改/);
    ({ items } = await readDb(['items']));
    assert.equal(items.filter((i) => i.text.includes(SKIPPED)).length, 0, 'still left out');
    assert.equal(items.filter((i) => !i.orphaned && (i.text === '9月底前全部开工建设' || i.text === '对手续正在办理的项目，要实行并联审批、容缺受理，')).length, 2, 'still split');
    assert.equal(await entry('.action-item.skipped', SKIPPED).count(), 1, 'the panel still shows it left out');
  });

  test("the highlight card's 不入台账 marks a problem, and the side panel shows it at once; the page paints skipped items muted, their card can take it back", async () => {
    // The action skipped in the side panel before saving is painted as skipped, no longer as an action.
    const painted = (name, words) => h.editor.evaluate(([n, w]) => [...(CSS.highlights.get(n) ?? [])].some((r) => r.toString().includes(w)), [name, words]);
    await h.editor.waitForFunction(([n, w]) => [...(CSS.highlights.get(n) ?? [])].some((r) => r.toString().includes(w)), [contract.HIGHLIGHT.skipped, SKIPPED], { timeout: 5_000 });
    assert.equal(await painted(contract.HIGHLIGHT.action, SKIPPED), false, 'a skipped task is not painted as a task');
    /** The point of the painted range of `name` holding `text`, scrolled into view. */
    const pointOf = (name, text) =>
      h.editor.evaluate(([n, t]) => {
        const ranges = [...(CSS.highlights.get(n) ?? [])];
        const range = ranges.find((r) => r.toString() === t) ?? ranges.find((r) => r.toString().includes(t));
        if (!range) return null;
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const box = [...range.getClientRects()].find((r) => r.width > 4);
        return box && { x: box.left + Math.min(box.width / 2, 30), y: box.top + box.height / 2 };
      }, [name, text]);
    const p = await pointOf(contract.HIGHLIGHT.problem, PROBLEM);
    assert.ok(p, 'the problem is painted');
    await h.editor.mouse.click(p.x, p.y);
    const card = h.editor.locator('luoshi-card').locator('.card');
    await card.waitFor({ timeout: 3_000 });
    await card.locator('button.skip').click();
    await card.locator('.status').filter({ hasText: '已设为不入台账' }).waitFor({ timeout: 5_000 });
    await shot(h.editor, 'card-skipped');
    // The page repaints it muted at once (the background tells the frame the checklist's marks changed).
    await h.editor.waitForFunction(([n, w]) => [...(CSS.highlights.get(n) ?? [])].some((r) => r.toString().includes(w.slice(0, 6))), [contract.HIGHLIGHT.skipped, PROBLEM], { timeout: 5_000 });
    assert.equal(await painted(contract.HIGHLIGHT.problem, PROBLEM.slice(0, 6)), false, 'no longer painted as a problem');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    // Its card says so and offers 取消不入台账; taking it back paints it as a problem again and the panel follows.
    const q = await pointOf(contract.HIGHLIGHT.skipped, PROBLEM.slice(0, 6));
    await h.editor.mouse.click(q.x, q.y);
    await card.waitFor({ timeout: 3_000 });
    assert.equal(await card.locator('.status.note').innerText(), '已设为不入台账');
    assert.equal(await card.locator('button.skip').count(), 0);
    await shot(h.editor, 'card-skipped-undo');
    await card.locator('button.unskip').click();
    await card.locator('.status').filter({ hasText: '已取消不入台账' }).waitFor({ timeout: 5_000 });
    await h.editor.waitForFunction(([n, w]) => [...(CSS.highlights.get(n) ?? [])].some((r) => r.toString().includes(w.slice(0, 6))), [contract.HIGHLIGHT.problem, PROBLEM], { timeout: 5_000 });
    await h.panel.waitForFunction((w) => ![...document.querySelectorAll('.problem-items > li.skipped')].some((li) => li.textContent.includes(w.slice(0, 6))), PROBLEM, { timeout: 5_000 });
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    // Marked again from its card, for the save below.
    const r = await pointOf(contract.HIGHLIGHT.problem, PROBLEM);
    await h.editor.mouse.click(r.x, r.y);
    await card.waitFor({ timeout: 3_000 });
    await card.locator('button.skip').click();
    await card.locator('.status').filter({ hasText: '已设为不入台账' }).waitFor({ timeout: 5_000 });
    await h.editor.mouse.move(5, 5);
    await h.editor.waitForFunction(([n, w]) => [...(CSS.highlights.get(n) ?? [])].some((r2) => r2.toString().includes(w.slice(0, 6))), [contract.HIGHLIGHT.skipped, PROBLEM], { timeout: 5_000 });
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    await shot(h.editor, 'page-skipped-muted');
    await h.panel.waitForFunction((w) => [...document.querySelectorAll('.problem-items > li.skipped')].some((li) => li.textContent.includes(w.slice(0, 6))), PROBLEM, { timeout: 5_000 });
    const report = await save();
    assert.match(report, /2 条标为不入台账，未列入。/);
    const { items, skips } = await readDb(['items', 'skips']);
    assert.equal(skips.length, 2);
    const problem = items.find((i) => i.kind === 'problem' && (PROBLEM.includes(i.text) || i.text.includes(PROBLEM.slice(0, 6))));
    assert.ok(problem, `the problem 「${PROBLEM}」 was saved: ${JSON.stringify(items.filter((i) => i.kind === 'problem').map((i) => i.text))}`);
    assert.equal(problem.orphaned, 1, 'the problem saved before is orphaned like any the draft lost, not deleted');
  });

  test('a revised draft saved again keeps the hand edit, applies the new deadline, and the report says so', async () => {
    const mutationsBefore = (await h.editor.evaluate(() => window.__editorMutations())).length;
    // The drafter rewords the task in the editor: another unit, another deadline.
    await h.editor.evaluate(() => {
      const editor = document.querySelector('#editor');
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.data.includes('县政务服务中心要在6月底前')) node.data = node.data.replace('县政务服务中心要在6月底前', '县行政服务中心要在7月底前');
      }
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    assert.ok((await h.editor.evaluate(() => window.__editorMutations())).length > mutationsBefore, 'the page changed its own text');
    await stateWith('县行政服务中心要在7月底前');
    await h.panel.waitForFunction(() => document.body.innerText.includes('县行政服务中心要在7月底前'), null, { timeout: 10_000 });
    const report = await save();
    const { revisions } = await readDb(['revisions']);
    assert.match(report, /因人工修改未采用/, `${report}\n${JSON.stringify(revisions.map((r) => r.report))}\n${JSON.stringify((await readDb(['items'])).items.filter((i) => i.text.includes('全面推行')))}`);
    assert.match(report, /2 条标为不入台账，未列入。/);
    await h.panel.evaluate(() => scrollTo(0, 0));
    await shot(h.panel, 'panel-report');
    const { items } = await readDb(['items']);
    const task = items.find((i) => !i.orphaned && i.text.includes('要在7月底前全面推行'));
    assert.ok(task, 'the reworded task is the same item');
    assert.deepEqual(task.owners, ['县政务服务中心', '县发改局'], 'the hand edit is kept');
    assert.equal(task.deadline.text, '7月底前', "the draft's new deadline is applied");
    assert.equal(task.draft.owners.join('、'), '县行政服务中心', "the draft's own owners are kept beside it");
    assert.equal(items.filter((i) => i.text.includes(SKIPPED)).length, 0, 'the skipped item is still left out');
  });

  test('新增事项 in the dashboard: a 每月25日前 item shows its next due day and its light', async () => {
    const page = await h.context.newPage();
    try {
      // nb. page.clock is the context's: pages opened from now on (this file's) run at this time too.
      await page.clock.install({ time: new Date('2026-12-23T09:00:00') });
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(h.browser.extensionUrl('dashboard.html'));
      await page.getByTestId('add-item-open').click();
      const form = page.getByTestId('add-item');
      await form.waitFor();
      await page.getByTestId('add-submit').click();
      assert.match(await page.getByTestId('add-problems').innerText(), /请填写事项内容。/);
      assert.deepEqual(await axeProblems(page), [], 'the form with its problems passes axe-core');
      await page.getByTestId('add-text').fill('各项目单位报送项目进展情况');
      await page.getByTestId('add-owners').fill('县重点项目服务中心（牵头）、各项目单位');
      await page.getByTestId('add-deadline').fill('每月25日前');
      assert.equal(await page.getByTestId('add-resolved').innerText(), '周期事项，下次到期：2026年12月25日');
      await page.getByTestId('add-status').selectOption('in_progress');
      await page.getByTestId('add-note').fill('11月进展已报送');
      await shot(page, 'dashboard-add');
      await page.getByTestId('add-submit').click();
      await page.getByTestId('item-panel').waitFor();
      // The table is virtualised: find the new row by searching for it.
      await page.getByTestId('search').fill('各项目单位报送');
      const row = page.locator('.row').filter({ hasText: '各项目单位报送项目进展情况' });
      await row.waitFor();
      assert.equal(await row.locator('.light-blue').count(), 1, 'a blue light: due within the warning days');
      assert.match(await row.locator('.c-due').innerText(), /2026年12月25日/);
      assert.match(await page.getByTestId('item-panel').innerText(), /2026年12月25日/);
      await shot(page, 'dashboard-added');
      const { items } = await readDb(['items']);
      const item = items.find((i) => i.text === '各项目单位报送项目进展情况');
      assert.deepEqual(item.deadline.recurrence, { unit: 'month', day: 25 });
      assert.equal(item.status, 'in_progress');
    } finally {
      await page.close();
    }
  });

  test('in English: the side panel\'s choices and the 新增事项 form with its problems', async () => {
    // The dashboard page of the test before was the active tab: the editor's is again.
    await h.editor.bringToFront();
    await h.panel.getByRole('button', { name: 'English', exact: true }).click();
    const english = await panelText(h, (t) => t.includes('Update checklist'), 5_000);
    assert.ok(english.includes('Update checklist'), english.slice(0, 600));
    const split = h.panel.locator('.action-item.split-part').first();
    assert.match(await split.innerText(), /split 1\/2/);
    assert.match(await h.panel.locator('.pending-choices').innerText(), /On saving: 2 items left out, 1 item split\./);
    assert.equal(await h.panel.locator('#add-selection-hint').innerText(), 'Select text in the editor first');
    await split.scrollIntoViewIfNeeded();
    await h.panel.evaluate(() => scrollBy(0, -160));
    await shot(h.panel, 'panel-en');
    const page = await h.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(h.browser.extensionUrl('dashboard.html'));
      await page.getByTestId('add-item-open').click();
      await page.getByTestId('add-deadline').fill('等通知');
      await page.getByTestId('add-status').selectOption('closed');
      await page.getByTestId('add-submit').click();
      const problems = await page.getByTestId('add-problems').innerText();
      assert.match(problems, /Enter the item\./);
      assert.match(problems, /The deadline “等通知” cannot be read/);
      assert.match(problems, /A closed item needs its evidence in the progress note\./);
      await shot(page, 'dashboard-add-en');
    } finally {
      await page.close();
      await h.editor.bringToFront();
      await h.panel.getByRole('button', { name: '中文', exact: true }).click();
    }
  });

  test('反馈时限 in working days: the options rule with its hint, and the printed 督办单 and the Word notice give the day', async () => {
    const page = await h.context.newPage();
    try {
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(h.browser.extensionUrl('options.html'));
      await page.getByTestId('supervision-fieldset').waitFor();
      await page.getByTestId('sv-feedback-workdays').check();
      assert.equal(await page.getByTestId('sv-workdays').inputValue(), '5', 'five working days unless changed');
      assert.match(await page.getByTestId('sv-workdays-note').innerText(), /只跳过周六、周日.*法定节假日和调休上班日/);
      await page.getByTestId('sv-workdays').fill('0');
      await page.getByTestId('save').click();
      await page.getByTestId('options-message').getByText('请先改正督办单设置中标出的问题').waitFor();
      await page.getByTestId('sv-workdays').fill('5');
      await page.getByTestId('save').click();
      await page.getByTestId('options-message').getByText('设置已保存').waitFor();
      await page.locator('.sv-feedback').screenshot({ path: path.join(SHOTS, 'ledger-ui-feedback-workdays.png') });
      const stored = await page.evaluate(() => chrome.storage.local.get('luoshi.settings'));
      assert.deepEqual(stored['luoshi.settings'].supervision.feedback, { mode: 'workdays', days: 7, workdays: 5, day: 25 });

      // The page's today (the context's clock), five working days on: weekends skipped.
      const today = await page.evaluate(() => {
        const d = new Date();
        return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
      });
      const due = new Date(Date.UTC(today[0], today[1] - 1, today[2]));
      for (let left = 5; left > 0; ) {
        due.setUTCDate(due.getUTCDate() + 1);
        if (due.getUTCDay() !== 0 && due.getUTCDay() !== 6) left--;
      }
      const dueText = `${due.getUTCFullYear()}年${due.getUTCMonth() + 1}月${due.getUTCDate()}日`;
      await page.goto(h.browser.extensionUrl('dashboard.html#print=*'));
      await page.locator('.sheet').first().waitFor();
      assert.equal(await page.getByTestId('sheet-feedback').first().textContent(), `反馈时限：收到通知后5个工作日内（${dueText}前）`);
      await page.getByTestId('sheet-feedback').first().scrollIntoViewIfNeeded();
      await shot(page, 'print-feedback-workdays');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx-one').first().click()]);
      const zipped = documentXmlEntry(new Uint8Array(readFileSync(await file.path())));
      const xml = (zipped.method === 8 ? inflateRawSync(zipped.data) : Buffer.from(zipped.data)).toString('utf8');
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      assert.ok(text.includes(`请于收到本通知后5个工作日内（${dueText}前）将办理情况书面反馈`), 'the Word notice says when');
      assert.ok(text.includes(`反馈时限：收到通知后5个工作日内（${dueText}前）`));
    } finally {
      await page.close();
    }
  });

  test('no page errors', () => {
    assert.deepEqual(h.panelErrors, []);
  });
});
