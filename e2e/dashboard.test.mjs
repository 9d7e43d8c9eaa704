/**
 * The dashboard (督办台账), options and reminders in the real Chromium with the built extension (e2e/launch.mjs):
 * import of pasted drafts, of a .docx made here with the `docx` package and of a 600 KB .txt (analysed in the
 * dashboard's worker: animation frames keep coming while it runs), filters and full-text search, status
 * and progress notes that survive a reload, bulk status change, the xlsx export read back with exceljs, json
 * backup → wipe → restore, the reminder handler raising notifications and the badge, the 督办单 print view, and the
 * options page. Screenshots (zh-CN) go to e2e/shots/dashboard-*.png. One browser for the whole file; the tests run
 * in order and build on each other's data.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { launchExtension } from './launch.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = path.join(ROOT, 'e2e/shots');
const extensionDir = process.env.LUOSHI_EXTENSION_DIR ? path.resolve(process.env.LUOSHI_EXTENSION_DIR) : undefined;
const speech = readFileSync(path.join(ROOT, 'tests/fixtures/drafts/speech.txt'), 'utf8');
const report = readFileSync(path.join(ROOT, 'tests/fixtures/drafts/work-report.txt'), 'utf8');

let browser;
let page;
const pageErrors = [];

const url = (p) => browser.extensionUrl(p);
const count = async () => Number((await page.getByTestId('row-count').textContent()).match(/共 (\d+) 项/)[1]);
const shot = (name) => page.screenshot({ path: path.join(SHOTS, `dashboard-${name}.png`) });

/** Waits until the table counts `n` items (writes reach the table through a live query, a moment later). */
async function expectCount(n) {
  await page.waitForFunction((want) => document.querySelector('[data-testid=row-count]')?.textContent.startsWith(`共 ${want} 项`), n, { timeout: 15_000 });
  assert.equal(await count(), n);
}

/** Types a full-text query and waits until its hits have narrowed the table (they arrive a moment later). */
async function search(query) {
  await page.getByTestId('row-count').waitFor();
  const total = await count();
  await page.getByTestId('search').fill(query);
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=row-count]').textContent.match(/共 (\d+) 项/)[1]) < n, total);
  await page.locator('.grid-body .row').first().waitFor();
}

async function open(hash = '') {
  await page.goto(url(`dashboard.html${hash}`));
  await page.reload();
}

async function pasteDraft(title, text) {
  await open('#view=import');
  await page.getByTestId('paste-title').fill(title);
  await page.getByTestId('paste-text').fill(text);
  await page.getByTestId('paste-save').click();
  await page.getByTestId('import-results').getByText(`已保存《`).waitFor();
  return page.getByTestId('import-results').textContent();
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchExtension({ extensionDir, viewport: { width: 1440, height: 900 } });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
});

after(async () => {
  await browser?.close();
});

describe('dashboard', () => {
  test('imports pasted drafts as new checklists', async () => {
    const first = await pasteDraft('', speech);
    assert.match(first, /已保存《在全县重点项目建设“攻坚年”推进会上的讲话》：问题 \d+ 项，落实事项 \d+ 项。/);
    const second = await pasteDraft('', report);
    assert.match(second, /已保存《衡岚市2026年政府工作要点》/);
    await open();
    await page.getByTestId('grid-body').locator('.row').first().waitFor();
    assert.ok((await count()) > 100, 'both drafts are in the table');
    await shot('all');
  });

  test('filters by document, owner, light and due range, and searches the full text', async () => {
    await open();
    const total = await count();
    const docs = await page.getByTestId('filter-document').locator('option').allTextContents();
    await page.getByTestId('filter-document').selectOption({ label: docs.find((d) => d.startsWith('衡岚市')) });
    const inReport = await count();
    assert.ok(inReport > 0 && inReport < total);
    await page.getByTestId('filter-owner').selectOption('市商务局');
    const texts = await page.locator('.grid-body .row .c-owners').allTextContents();
    assert.ok(texts.length > 0 && texts.every((t) => t.includes('市商务局')), texts.join(' | '));
    await page.getByRole('button', { name: '清除筛选' }).click();
    assert.equal(await count(), total);

    await search('用地报批');
    const hits = await page.locator('.grid-body .row .c-text').allTextContents();
    // The words are in one problem's detail (前期工作推进迟缓：…用地报批…) and in one action's text.
    assert.ok(hits.length > 0 && hits.length < 5, hits.join(' | '));
    await shot('search');
    await page.getByTestId('search').fill('');

    await page.getByTestId('filter-light').selectOption('red');
    const red = await count();
    assert.ok(red > 0, 'the fixtures have overdue items');
    assert.equal(await page.locator('.grid-body .row .light-red').count(), Math.min(red, await page.locator('.grid-body .row').count()));
    await page.getByTestId('filter-light').selectOption('');
    await page.getByTestId('filter-due-from').fill('2026-06-01');
    await page.getByTestId('filter-due-to').fill('2026-06-30');
    const june = await count();
    assert.ok(june > 0 && june < total);
    await page.getByTestId('tab-overdue').click();
    assert.ok((await count()) <= red);
  });

  test('a status change and a progress note persist across a reload', async () => {
    await open();
    await search('用地报批');
    const row = page.locator('.grid-body .row').first();
    const itemId = await row.getAttribute('data-item-id');
    await row.locator('.row-link').click();
    await page.getByTestId('item-status').selectOption('in_progress');
    await page.getByTestId('item-status-note').fill('已召开调度会');
    await page.getByTestId('item-status-save').click();
    await page.getByTestId('item-message').getByText('已保存').waitFor();
    await page.getByTestId('note-text').fill('已完成30个项目入库');
    await page.locator('.note-form input[type=number]').fill('30');
    await page.getByTestId('note-add').click();
    await page.getByTestId('item-log').getByText('已完成30个项目入库').waitFor();
    await shot('item');

    await page.goto(url(`dashboard.html#item=${itemId}`));
    await page.reload();
    await page.getByTestId('item-panel').waitFor();
    assert.equal(await page.getByTestId('item-status').inputValue(), 'in_progress');
    const log = await page.getByTestId('item-log').textContent();
    assert.match(log, /状态：未启动 → 推进中。已召开调度会/);
    assert.match(log, /已完成30个项目入库/);
    assert.match(log, /进度 30%/);
  });

  test('a deadline corrected in the item panel gets its day, as in the side panel, and only the deadline is marked', async () => {
    await open();
    await search('用地报批');
    const row = page.locator('.grid-body .row').first();
    const itemId = await row.getAttribute('data-item-id');
    await row.locator('.row-link').click();
    // The words resolve as they are typed (lib/edits, the side panel's model): the day follows them.
    await page.getByTestId('item-deadline').fill('年底前');
    assert.match(await page.getByTestId('item-due').inputValue(), /^\d{4}-12-31$/);
    await page.getByTestId('item-deadline').fill('每月25日前');
    assert.match(await page.getByTestId('item-due').inputValue(), /^\d{4}-\d{2}-25$/);
    await page.getByTestId('item-deadline').fill('年底前');
    const due = await page.getByTestId('item-due').inputValue();
    await page.getByTestId('item-save').click();
    await page.getByTestId('item-message').getByText('已保存').waitFor();

    await page.goto(url(`dashboard.html#item=${itemId}`));
    await page.reload();
    await page.getByTestId('item-panel').waitFor();
    assert.equal(await page.getByTestId('item-deadline').inputValue(), '年底前');
    assert.equal(await page.getByTestId('item-due').inputValue(), due);
    assert.equal(await page.getByTestId('revert-deadline').count(), 1);
    assert.equal(await page.getByTestId('revert-owners').count(), 0);
    // The table shows the day, where it showed the words alone before.
    await search('用地报批');
    await page.locator(`.grid-body .row[data-item-id="${itemId}"] .c-due`).getByText('12月31日').waitFor();
  });

  test('changes the status of many items at once', async () => {
    await open();
    const docs = await page.getByTestId('filter-document').locator('option').allTextContents();
    await page.getByTestId('filter-document').selectOption({ label: docs.find((d) => d.startsWith('衡岚市')) });
    await page.getByTestId('filter-kind').selectOption('problem');
    const n = await count();
    assert.ok(n > 1);
    await page.getByRole('button', { name: '全选当前结果' }).click();
    await page.getByTestId('bulk-status').selectOption('done');
    await page.getByTestId('bulk-apply').click();
    await page.getByTestId('bulk-bar').getByText(`已将 ${n} 项改为「已完成」`).waitFor();
    await page.getByTestId('filter-status').selectOption('done');
    await expectCount(n);
    // One progress note lists the items that went from one status to another: each item's log reads it as its own.
    const last = await page.locator('.grid-body .row').last().getAttribute('data-item-id');
    await page.goto(url(`dashboard.html#item=${last}`));
    await page.reload();
    await page.getByTestId('item-log').getByText('状态：未启动 → 已完成').waitFor();
    assert.equal(await page.getByTestId('item-log').locator('li').count(), 1);
  });

  test('exports the 台账 as xlsx, read back with exceljs', async () => {
    await open('#view=import');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    assert.match(download.suggestedFilename(), /落实事项督办台账\.xlsx$/);
    const file = path.join(os.tmpdir(), `luoshi-e2e-${process.pid}.xlsx`);
    await download.saveAs(file);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('督办台账');
    assert.match(String(ws.getCell(1, 1).value), /^《.+》落实事项督办台账$/);
    assert.deepEqual(ws.getRow(2).values.slice(1, 5), ['序号', '来源位置', '类别', '事项内容']);
    assert.ok(ws.rowCount > 10);
  });

  test('json backup → wipe → restore gives the same checklist back, with the settings and enabled sites', async () => {
    await open();
    const countBefore = await count();
    const storage = (keys) => page.evaluate((k) => chrome.storage.local.get(k), keys);
    await page.evaluate(async () => {
      const { 'luoshi.settings': s = {} } = await chrome.storage.local.get('luoshi.settings');
      await chrome.storage.local.set({
        'luoshi.settings': { ...s, reminders: { ...s.reminders, time: '17:30', warnDays: 6 }, lexicon: { owners: ['县委督查室'], directives: [], boilerplate: [] } },
        'luoshi.enabledSites': ['https://oa.example.gov.cn'],
      });
    });
    const prefsBefore = await storage(['luoshi.settings', 'luoshi.enabledSites']);
    await page.getByTestId('tab-import').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
    const file = path.join(os.tmpdir(), `luoshi-e2e-${process.pid}.json`);
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(backup.format, 'luoshi.checklist-backup');
    assert.equal(backup.version, 4);
    assert.deepEqual(backup.preferences.enabledSites, ['https://oa.example.gov.cn']);
    assert.equal(backup.preferences.settings.reminders.time, '17:30');
    assert.deepEqual(backup.preferences.settings.lexicon.owners, ['县委督查室']);
    assert.equal(backup.settings.warnDays, 6);
    // Changed after the backup: the restore puts the backed-up values back.
    await page.evaluate(() => chrome.storage.local.set({ 'luoshi.settings': {}, 'luoshi.enabledSites': [] }));
    await page.getByTestId('backup-wipe').click();
    await page.getByTestId('backup-message').getByText('已清空').waitFor();
    await page.getByTestId('tab-all').click();
    await expectCount(0);
    await page.getByTestId('tab-import').click();
    await page.getByTestId('backup-import').setInputFiles(file);
    // Checked before anything is asked: the preview says what the file holds, then the restore is confirmed.
    await page.getByTestId('backup-preview').getByText('备份文件已通过检查').waitFor();
    await page.getByTestId('backup-confirm').click();
    await page.getByTestId('backup-message').getByText('已恢复').waitFor();
    assert.match(await page.getByTestId('backup-message').textContent(), /已恢复设置和 1 个启用站点/);
    assert.equal(await page.getByTestId('backup-grant').count(), 1, 'offers to grant the restored site');
    const restored = await storage(['luoshi.settings', 'luoshi.enabledSites']);
    assert.deepEqual(restored['luoshi.enabledSites'], prefsBefore['luoshi.enabledSites']);
    assert.deepEqual(restored['luoshi.settings'].reminders, { ...backup.preferences.settings.reminders, time: '17:30', warnDays: 6 });
    assert.deepEqual(restored['luoshi.settings'].lexicon, prefsBefore['luoshi.settings'].lexicon);
    await page.evaluate(() => chrome.storage.local.set({ 'luoshi.settings': {}, 'luoshi.enabledSites': [] }));
    await page.getByTestId('tab-all').click();
    await expectCount(countBefore);
    await search('用地报批');
    await page.locator('.grid-body .row .row-link').first().click();
    assert.match(await page.getByTestId('item-log').textContent(), /已完成30个项目入库/);
  });

  test('imports a .docx: the expected problems and actions', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const p = (...runs) => new Paragraph({ children: runs });
    const doc = new Document({
      sections: [
        {
          children: [
            p(new TextRun({ text: '在全县安全生产工作会议上的讲话', bold: true })),
            p(new TextRun('同志们：')),
            p(new TextRun('一、存在的问题')),
            p(new TextRun('当前，安全生产还存在三个方面的问题：一是隐患排查不彻底；二是责任落实不到位；三是应急准备不充分。')),
            p(new TextRun('二、下一步工作')),
            p(new TextRun({ text: '一是抓隐患整治。', bold: true }), new TextRun('县应急管理局要在6月底前完成全县危化品企业隐患排查。')),
            p(new TextRun({ text: '二是抓责任落实。', bold: true }), new TextRun('县住建局要在9月底前完成燃气管网改造。')),
          ],
        },
      ],
    });
    const file = path.join(os.tmpdir(), `在全县安全生产工作会议上的讲话-${process.pid}.docx`);
    writeFileSync(file, await Packer.toBuffer(doc));
    await open('#view=import');
    await page.getByTestId('import-files').setInputFiles(file);
    const result = page.getByTestId('import-results');
    await result.getByText('已保存《在全县安全生产工作会议上的讲话》：问题 3 项，落实事项 2 项。').waitFor();
    await shot('import');
    await result.getByRole('button', { name: '查看' }).click();
    await expectCount(5);
    const owners = await page.locator('.grid-body .row .c-owners').allTextContents();
    assert.deepEqual(owners.filter((o) => o !== '—').sort(), ['县住建局', '县应急管理局']);
    const problems = await page.locator('.grid-body .row:has(.tag-problem) .c-text').allTextContents();
    assert.deepEqual(problems, ['隐患排查不彻底', '责任落实不到位', '应急准备不充分']);

    // 文稿分析 shows the same file's analysis (in the page's worker) without saving it.
    await open('#view=analysis');
    await page.getByTestId('analysis-file').setInputFiles(file);
    const tab = page.getByTestId('analysis-tab');
    await tab.getByText('应急准备不充分').first().waitFor();
    await tab.getByText('县应急管理局').first().waitFor();
    assert.equal(await page.getByTestId('analysis-pending').count(), 0);
    // The side panel's renderer, read-only: its sections, no save bar, no corrections.
    assert.deepEqual(await tab.locator('.draft-panel .panel-section h3').allTextContents(), ['提纲', '问题清单', '落实事项']);
    assert.equal(await tab.locator('.save-bar').count(), 0);
    assert.equal(await tab.getByRole('button', { name: '修改' }).count(), 0);
  });

  test('a reminder run raises notifications and sets the overdue badge', async () => {
    await open();
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ channel: 'luoshi.reminders', type: 'run', payload: {} }));
    assert.equal(answer.ok, true, JSON.stringify(answer));
    assert.ok(answer.value.overdue.length > 0);
    const sw = await browser.serviceWorker();
    const ids = Object.keys(await sw.evaluate(() => chrome.notifications.getAll()));
    assert.ok(
      ids.some((id) => id.startsWith('luoshi-reminder-overdue-')),
      ids.join(', '),
    );
    const badge = await sw.evaluate(() => chrome.action.getBadgeText({}));
    assert.equal(badge, String(answer.value.overdue.length));
    // Once a day per item: a second run today notifies nothing new.
    const again = await page.evaluate(() => chrome.runtime.sendMessage({ channel: 'luoshi.reminders', type: 'run', payload: {} }));
    assert.deepEqual([again.value.overdue, again.value.dueSoon], [[], []]);
  });

  test('按责任单位, charts and revisions render', async () => {
    await open('#view=byOwner');
    await page.getByTestId('owners-view').locator('tbody tr').first().waitFor();
    await shot('owners');
    // 「未明确」 lists the items that still need an owner.
    const unstated = page.getByTestId('owners-view').locator('tbody tr', { hasText: '未明确' });
    const n = Number(await unstated.locator('td.num').first().textContent());
    assert.ok(n > 0, 'the drafts have items without an owner');
    await unstated.getByRole('button', { name: '查看事项' }).click();
    await expectCount(n);
    assert.deepEqual([...new Set(await page.locator('.grid-body .row .c-owners').allTextContents())], ['—']);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await open('#view=charts');
    await page.getByTestId('chart-owner').locator('g.bar').first().waitFor();
    assert.ok((await page.getByTestId('chart-owner').locator('g.bar').count()) > 3);
    assert.equal(await page.getByTestId('chart-document').locator('g.bar').count(), 3, 'two pasted drafts and the .docx');
    await shot('charts');
    // The side panel's way of saving: the same key twice, the second time the revised draft (a merge).
    const { analyze } = await tsImport(path.join(ROOT, 'lib/analysis/index.ts'), import.meta.url);
    const save = (text) => page.evaluate((payload) => chrome.runtime.sendMessage({ channel: 'luoshi.checklist', type: 'saveAnalysis', payload }), { key: 'https://oa.example.gov.cn/speech#editor', title: '推进会讲话（修改中）', text, analysis: analyze(text, { referenceDate: '2026-03-01' }) });
    assert.equal((await save(speech)).ok, true);
    const second = await save(readFileSync(path.join(ROOT, 'tests/fixtures/drafts/speech-revised.txt'), 'utf8'));
    assert.equal(second.ok, true, JSON.stringify(second.error));
    await open(`#view=revisions&doc=${second.value.documentId}`);
    const latest = page.getByTestId('revisions-view').locator('article.revision[data-revision="2"]');
    await latest.waitFor();
    const { added, changed, orphaned } = second.value.report;
    assert.ok(added + changed + orphaned > 0);
    if (added) assert.equal(await latest.locator('.rev-added li').count(), added);
    if (changed) assert.equal(await latest.locator('.rev-changed > ul > li').count(), changed);
    if (orphaned) assert.equal(await latest.locator('.rev-orphaned li').count(), orphaned);
    await shot('revisions');
  });

  test('the print view renders one 督办单 per owner', async () => {
    await open('#print=*');
    const sheets = page.locator('.sheet');
    await sheets.first().waitFor();
    assert.ok((await sheets.count()) > 5);
    assert.match(await sheets.first().locator('h1').textContent(), /督办单/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-toolbar').isVisible(), false);
    await shot('print');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    await page.emulateMedia({ media: 'screen' });
    await open('#print=' + encodeURIComponent('县住建局'));
    await page.locator('.sheet').first().waitFor();
    assert.equal(await page.locator('.sheet').count(), 1);
    assert.equal(await page.locator('.sheet').getAttribute('data-owner'), '县住建局');
  });

  test('the options page saves settings that the analysis then uses', async () => {
    await page.goto(url('options.html'));
    await page.getByTestId('options').waitFor();
    await page.getByTestId('lex-owners').fill('小李同学');
    await page.getByTestId('warn-days').fill('5');
    await page.getByTestId('save').click();
    await page.getByTestId('options-message').getByText('设置已保存').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-options.png'), fullPage: true });
    const stored = await page.evaluate(() => chrome.storage.local.get('luoshi.settings'));
    assert.deepEqual(stored['luoshi.settings'].lexicon.owners, ['小李同学']);
    assert.equal(stored['luoshi.settings'].reminders.warnDays, 5);
    const text = await pasteDraft('词表', '同志们：\n小李同学要抓紧落实整改，严格执行。');
    assert.match(text, /落实事项 1 项/);
    await page.getByTestId('import-results').getByRole('button', { name: '查看' }).click();
    assert.equal(await page.locator('.grid-body .row .c-owners').first().textContent(), '小李同学');
  });

  test('a large .txt is analysed off the page thread: frames keep coming, and every item is saved', async () => {
    // A short speech of our own, repeated to about 600 KB: each copy has three problems (一是…三是) and two actions
    // (…要在年底前…), so that the checklist has 5 items per copy.
    const unit = [
      '一、存在的问题',
      '今年以来，全市上下围绕年度目标任务，抓项目、稳增长、惠民生，各项工作取得了积极进展。在肯定成绩的同时，我们也清醒看到，对照年初确定的目标，对照人民群众的期盼，工作中还有不少差距。',
      '上半年，全市地区生产总值同比增长百分之五点八，固定资产投资稳步回升，一批打基础、利长远的重大项目相继开工，城乡面貌持续改善，群众获得感不断增强。',
      '当前，工作中还存在三个方面的问题：一是项目推进不够快；二是责任压得不够实；三是督查考核不够严。',
      '二、下一步工作',
      '下半年时间紧、任务重，做好各项工作意义重大。',
      '市发展改革委要在年底前完成重点项目年度计划调整。',
      '市住建局要在年底前完成老旧小区改造任务。',
      '',
    ].join('\n');
    const copies = Math.round(600_000 / Buffer.byteLength(unit));
    const text = `在全市重点工作推进会上的讲话\n同志们：\n${unit.repeat(copies)}谢谢大家！\n`;
    const file = path.join(os.tmpdir(), `大文件讲话-${process.pid}.txt`);
    writeFileSync(file, text);
    assert.ok(Buffer.byteLength(text) > 590_000);

    await open('#view=import');
    await page.getByTestId('import-files').waitFor({ state: 'attached' });
    // Count animation frames from the page while the import runs, and those while the bar says 正在分析.
    await page.evaluate(() => {
      const frames = { all: 0, analyzing: 0, threads: [], running: true };
      window.luoshiFrames = frames;
      const step = () => {
        if (!frames.running) return;
        frames.all++;
        const bar = document.querySelector('[data-testid=import-progress]');
        if (bar?.dataset.stage === 'analyze') {
          frames.analyzing++;
          if (bar.dataset.thread && !frames.threads.includes(bar.dataset.thread)) frames.threads.push(bar.dataset.thread);
        }
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    await page.getByTestId('import-files').setInputFiles(file);
    const result = page.getByTestId('import-results');
    await result.getByText(`已保存《在全市重点工作推进会上的讲话》：问题 ${3 * copies} 项，落实事项 ${2 * copies} 项。`).waitFor({ timeout: 60_000 });
    const frames = await page.evaluate(() => {
      window.luoshiFrames.running = false;
      return window.luoshiFrames;
    });
    console.log(`frames during the import of ${Buffer.byteLength(text)} bytes: ${frames.all} (${frames.analyzing} while analysing, thread ${frames.threads.join(', ')})`);
    assert.deepEqual(frames.threads, ['worker']);
    assert.ok(frames.all > 10, `frames during the import: ${frames.all}`);
    assert.ok(frames.analyzing > 10, `frames while analysing: ${frames.analyzing}`);
    await result.getByRole('button', { name: '查看' }).click();
    await expectCount(5 * copies);
  });

  const editorPages = path.join(ROOT, 'e2e/pages/editors');
  test('「在原文中定位」 selects the item in the open editor page', { skip: existsSync(path.join(editorPages, 'textarea.html')) ? false : 'editor pages not built (npm run build:e2e-pages)' }, async () => {
    const { startServer } = await import('./server.mjs');
    const server = await startServer({ '/editors/': editorPages });
    const editor = await browser.context.newPage();
    try {
      await browser.enableSites('luoshi.enabledSites', [server.origin]);
      await editor.goto(server.url('/editors/textarea.html'));
      await editor.waitForFunction(() => window.__editorReady === true, null, { timeout: 20_000 });
      // The editor tab's state, as the side panel would read it (the tab's address is hidden without a host permission).
      const state = await page.evaluate(async (origin) => {
        for (let i = 0; i < 100; i++) {
          for (const tab of await chrome.tabs.query({})) {
            const r = await chrome.runtime.sendMessage({ channel: 'luoshi.editor', type: 'editor.getState', payload: { tabId: tab.id } });
            if (r?.ok && r.value?.url.startsWith(origin)) return r.value;
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return null;
      }, server.origin);
      assert.ok(state, 'the textarea page published its EditorState');
      const saved = await page.evaluate(
        (payload) => chrome.runtime.sendMessage({ channel: 'luoshi.checklist', type: 'saveAnalysis', payload }),
        { key: `${state.url.replace(/#.*$/, '')}#${state.editorId}`, url: state.url, site: '127.0.0.1', editor: state.editorKind, title: '定位测试', text: state.text, analysis: state.analysis },
      );
      assert.equal(saved.ok, true, JSON.stringify(saved.error));
      await open();
      await page.getByTestId('filter-document').selectOption({ label: '定位测试' });
      await page.getByTestId('filter-kind').selectOption('action');
      await page.locator('.grid-body .row .row-link').nth(2).click();
      const quote = (await page.getByTestId('item-panel').locator('q').textContent()).replace(/^“|”$/g, '');
      await page.getByTestId('reveal').click();
      await page.getByTestId('item-message').getByText('已在原文中定位').waitFor();
      const selected = await editor.evaluate(() => {
        const t = document.querySelector('textarea');
        return t.value.slice(t.selectionStart, t.selectionEnd);
      });
      assert.equal(selected, quote);
    } finally {
      await editor.close();
      await server.close();
    }
  });

  test('no page errors and nothing left the machine', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(browser.offsite, []);
  });
});
